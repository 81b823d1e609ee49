package dev.faultline.io.v1;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.faultline.model.CallOrder;
import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.FlowSource;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/**
 * Writes a topology as format-version-1 YAML a person can read and edit: sections in the order of the format
 * contract, defaults left out (except {@code kind} and {@code replicas}, which reviewers look for), strings quoted
 * only when YAML would otherwise read them as something else, and comments from {@link TopologyNotes}. The same
 * input always gives the same text. Derived flows are not written (loading the file derives them again).
 */
public final class TopologyWriter {
    /** Plain scalars that YAML 1.1 or 1.2 would read as booleans or null. */
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)y|n|yes|no|true|false|on|off|null|~|\\.nan|\\.inf|-\\.inf|\\+\\.inf|=|<<");
    private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./:()@+ -]*");

    public String write(Topology topology) {
        return write(topology, TopologyNotes.NONE);
    }

    public String write(Topology topology, TopologyNotes notes) {
        StringBuilder out = new StringBuilder();
        for (String line : notes.header()) comment(out, "", line);
        if (!notes.header().isEmpty()) out.append('\n');
        out.append("faultline: 1\n");
        out.append("name: ").append(scalar(topology.name())).append('\n');
        topology.description().ifPresent(d -> out.append("description: ").append(scalar(d)).append('\n'));
        writeTeams(out, topology.teams());
        writeZones(out, topology.zones());
        writeNodes(out, topology.nodes(), notes);
        writeDependencies(out, topology.dependencies(), notes);
        if (topology.flowSource() == FlowSource.DECLARED) writeFlows(out, topology.flows());
        return out.toString();
    }

    private void writeTeams(StringBuilder out, List<Team> teams) {
        if (teams.isEmpty()) return;
        out.append("\nteams:\n");
        for (Team t : teams) {
            out.append("  - id: ").append(scalar(t.id())).append('\n');
            if (!t.name().equals(t.id())) out.append("    name: ").append(scalar(t.name())).append('\n');
            if (t.membersDeclared()) out.append("    members: ").append(list(t.members())).append('\n');
        }
    }

    private void writeZones(StringBuilder out, List<Zone> zones) {
        if (zones.isEmpty()) return;
        out.append("\nzones:\n");
        for (Zone z : zones) {
            out.append("  - id: ").append(scalar(z.id())).append('\n');
            if (z.region() != null) out.append("    region: ").append(scalar(z.region())).append('\n');
            if (z.availability() != null) out.append("    availability: ").append(number(z.availability())).append('\n');
            if (z.jurisdiction() != null) out.append("    jurisdiction: ").append(scalar(z.jurisdiction())).append('\n');
        }
    }

    private void writeNodes(StringBuilder out, List<Node> nodes, TopologyNotes notes) {
        out.append("\nnodes:\n");
        for (Node n : nodes) {
            for (String line : notes.forNode(n.id())) comment(out, "  ", line);
            out.append("  - id: ").append(scalar(n.id())).append('\n');
            String in = "    ";
            if (!n.name().equals(n.id())) out.append(in).append("name: ").append(scalar(n.name())).append('\n');
            if (n.description() != null) out.append(in).append("description: ").append(scalar(n.description())).append('\n');
            out.append(in).append("kind: ").append(n.kind().id()).append('\n');
            if (n.team() != null) out.append(in).append("team: ").append(scalar(n.team())).append('\n');
            out.append(in).append("replicas: ").append(n.replicas()).append('\n');
            if (n.minHealthy() != 1) out.append(in).append("minHealthy: ").append(n.minHealthy()).append('\n');
            if (!n.zones().isEmpty()) out.append(in).append("zones: ").append(list(n.zones())).append('\n');
            if (n.entrypoint()) out.append(in).append("entrypoint: true\n");
            if (n.slo() != null) out.append(in).append("slo: ").append(number(n.slo())).append('\n');
            if (n.availability() != null) out.append(in).append("availability: ").append(number(n.availability())).append('\n');
            key(out, in, "latencyMs", n.latencyMs());
            key(out, in, "p99Ms", n.p99Ms());
            if (n.callOrder() != CallOrder.PARALLEL) out.append(in).append("callOrder: ").append(n.callOrder().id()).append('\n');
            key(out, in, "capacityRps", n.capacityRps());
            key(out, in, "monthlyCost", n.monthlyCost());
            key(out, in, "latencyBudgetMs", n.latencyBudgetMs());
            key(out, in, "rps", n.rps());
            if (!n.data().isEmpty()) out.append(in).append("data: ").append(list(n.data())).append('\n');
            if (!n.residency().isEmpty()) out.append(in).append("residency: ").append(list(n.residency())).append('\n');
            if (n.jurisdiction() != null) out.append(in).append("jurisdiction: ").append(scalar(n.jurisdiction())).append('\n');
            if (!n.observability().isEmpty()) out.append(in).append("observability: ").append(list(n.observability())).append('\n');
            if (!n.tags().isEmpty()) writeTags(out, n.tags());
        }
    }

    private void writeTags(StringBuilder out, Map<String, Object> tags) {
        out.append("    tags:\n");
        for (Map.Entry<String, Object> e : new TreeMap<>(tags).entrySet()) {
            Object v = e.getValue();
            String value = v instanceof Number num ? number(num) : scalar(String.valueOf(v));
            out.append("      ").append(scalar(e.getKey())).append(": ").append(value).append('\n');
        }
    }

    private void writeDependencies(StringBuilder out, List<Dependency> dependencies, TopologyNotes notes) {
        if (dependencies.isEmpty()) return;
        out.append("\ndependencies:\n");
        for (Dependency d : dependencies) {
            for (String line : notes.forDependency(d.from(), d.to())) comment(out, "  ", line);
            out.append("  - from: ").append(scalar(d.from())).append('\n');
            String in = "    ";
            out.append(in).append("to: ").append(scalar(d.to())).append('\n');
            if (d.description() != null) out.append(in).append("description: ").append(scalar(d.description())).append('\n');
            if (d.mode() != Mode.SYNC) out.append(in).append("mode: ").append(d.mode().id()).append('\n');
            if (!d.required()) out.append(in).append("required: false\n");
            if (!d.fallback().isEmpty()) out.append(in).append("fallback: ").append(list(d.fallback())).append('\n');
            key(out, in, "timeoutMs", d.timeoutMs());
            if (d.circuitBreaker() != null) out.append(in).append("circuitBreaker: ").append(d.circuitBreaker()).append('\n');
            if (d.retries() != null) out.append(in).append("retries: ").append(d.retries()).append('\n');
            key(out, in, "calls", d.calls());
        }
    }

    private void writeFlows(StringBuilder out, List<Flow> flows) {
        out.append("\nflows:\n");
        for (Flow f : flows) {
            out.append("  - id: ").append(scalar(f.id())).append('\n');
            if (!f.name().equals(f.id())) out.append("    name: ").append(scalar(f.name())).append('\n');
            out.append("    entry: ").append(scalar(f.entry())).append('\n');
            if (!f.via().isEmpty()) out.append("    via: ").append(list(f.via())).append('\n');
            if (f.slo() != null) out.append("    slo: ").append(number(f.slo())).append('\n');
            key(out, "    ", "latencyBudgetMs", f.latencyBudgetMs());
            key(out, "    ", "rps", f.rps());
        }
    }

    /** Comment lines longer than this are wrapped at spaces, so files stay readable in an editor and in diffs. */
    private static final int COMMENT_WIDTH = 116;

    private static void comment(StringBuilder out, String indent, String text) {
        for (String line : text.split("\\R", -1)) {
            String clean = line.replaceAll("\\p{Cntrl}", " ");
            if (clean.isEmpty()) {
                out.append(indent).append("#\n");
                continue;
            }
            // A wrapped list item continues under its text, not under its dash.
            String continuation = clean.startsWith("- ") ? "  " : "";
            int width = Math.max(40, COMMENT_WIDTH - indent.length());
            String rest = clean;
            String prefix = "";
            while (prefix.length() + rest.length() > width) {
                int cut = rest.lastIndexOf(' ', width - prefix.length());
                if (cut <= 0) break;
                out.append(indent).append("# ").append(prefix).append(rest, 0, cut).append('\n');
                rest = rest.substring(cut + 1);
                prefix = continuation;
            }
            out.append(indent).append("# ").append(prefix).append(rest).append('\n');
        }
    }

    private static String list(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) b.append(", ");
            b.append(flowScalar(items.get(i)));
        }
        return b.append(']').toString();
    }

    /** Inside {@code [...]} commas and brackets end a plain scalar, so such items are quoted too. */
    private static String flowScalar(String s) {
        return s.contains(",") || s.contains("[") || s.contains("]") || s.contains("{") || s.contains("}")
                ? quoted(s) : scalar(s);
    }

    /** A string as a YAML scalar: plain when that reads back as the same string, double-quoted otherwise. */
    static String scalar(String s) {
        boolean plain = PLAIN_SAFE.matcher(s).matches() && !RESERVED.matcher(s).matches() && !s.endsWith(" ")
                && !s.endsWith(":") && !s.contains(": ") && !s.contains(" #") && !s.startsWith("<<");
        return plain ? s : quoted(s);
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** An optional amount (ms, rps, cost): whole values without a fraction, as a user would write them. */
    private static void key(StringBuilder out, String indent, String key, Double value) {
        if (value == null) return;
        String text = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString(value.longValue())
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        out.append(indent).append(key).append(": ").append(text).append('\n');
    }

    private static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) return Long.toString((long) d) + ".0";
            return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
