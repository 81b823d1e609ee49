package dev.faultline.io.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.faultline.io.importer.ComposeFiles.Service;
import dev.faultline.io.importer.TopologyDraft.Evidence;
import dev.faultline.io.importer.TopologyDraft.NodeDraft;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlScalar;
import dev.faultline.io.yaml.YamlList;
import dev.faultline.model.Kind;
import dev.faultline.io.yaml.YamlNode;

/**
 * Docker Compose files to a topology. Services become nodes (kind guessed from the image), {@code deploy.replicas}
 * the replica count, services publishing a host port the entrypoints, and dependencies come from environment values
 * and commands that name another service (as host, {@code host:port}, URL or connection string) and from
 * {@code depends_on}, which only orders start-up and so alone gives a soft dependency. See {@link TopologyDraft} for
 * how evidence sets how hard a dependency is.
 */
public final class ComposeImporter implements Importer {
    /** A URL to the Docker host rather than to a service name: {@code scheme://[localhost]:PORT}. */
    private static final Pattern PUBLISHED_ADDRESS = Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.-]*://(localhost|127\\.0\\.0\\.1|host\\.docker\\.internal|):(\\d+)");

    private final KindGuesser kinds = new KindGuesser();
    private final AddressFinder addresses = new AddressFinder();

    @Override
    public ImportResult importFiles(List<Path> given) throws ImportException {
        if (given.isEmpty()) throw new ImportException(null, "no Compose file given");
        List<Path> inputs = InputFiles.forCompose(given);
        ComposeFiles files = new ComposeFiles();
        Map<String, Service> services = files.read(inputs);
        TopologyDraft draft = new TopologyDraft("Docker Compose");
        draft.name(files.projectName != null ? files.projectName : projectName(inputs.get(0)));
        Map<String, NodeDraft> byHost = new LinkedHashMap<>();
        for (Service s : services.values()) addNode(draft, s, byHost);
        Map<String, NodeDraft> byPublishedPort = new LinkedHashMap<>();
        for (Service s : services.values()) {
            for (String port : publishedPorts(s.definition())) byPublishedPort.putIfAbsent(port, draft.existing(s.name()));
        }
        for (Service s : services.values()) addDependencies(draft, s, byHost);
        browserFacingReferences(draft, services.values(), byPublishedPort);
        draft.guessStoresByName();
        for (Service s : services.values()) decideEntrypoint(draft, s);
        files.notes().forEach(draft::inferred);
        files.unknowns().forEach(draft::unknown);
        for (String value : files.tooDeeplyNested()) {
            draft.warning("a ${...} default nested more than " + Interpolator.MAX_NESTING + " levels deep was not"
                    + " interpolated, so any service address in it is not seen: " + value);
        }
        if (!files.unsetVariables().isEmpty()) {
            draft.unknown("not set in .env, so read as empty (the shell environment is not read): "
                    + String.join(", ", files.unsetVariables().stream().map(v -> "${" + v + "}").toList()));
        }
        if (!files.passedThrough().isEmpty()) {
            draft.unknown("passed through from the shell with no value in .env, so any address in them is not seen: "
                    + String.join(", ", files.passedThrough()));
        }
        if (draft.nodes().stream().noneMatch(n -> n.entrypoint)) {
            draft.unknown("no service publishes a fixed host port (other than datastores and tooling): Faultline treats"
                    + " every node nothing depends on as an entrypoint");
        }
        files.filesRead().forEach(draft::alsoRead);
        return draft.build(inputs);
    }

    private static String projectName(Path first) {
        Path dir = first.toAbsolutePath().getParent();
        return dir == null || dir.getFileName() == null ? "compose" : dir.getFileName().toString();
    }

    private void addNode(TopologyDraft draft, Service s, Map<String, NodeDraft> byHost) throws ImportException {
        YamlMap def = s.definition();
        NodeDraft node = draft.node(s.name());
        String image = def.text("image").orElse(null);
        if (image != null && !image.isBlank()) node.tags.put("image", image);
        else if (def.get("build").isPresent()) node.notes.add("built from source (no image name to guess a kind from)");
        kinds.guess(image, s.name()).ifPresent(g -> draft.applyGuess(node, g));
        node.replicas = replicas(draft, s, node);
        List<String> profiles = def.get("profiles").map(YamlNode::textsOf).orElse(List.of());
        if (!profiles.isEmpty()) {
            node.tags.put("compose-profiles", String.join(",", profiles));
            String note = "runs only with profile(s) " + String.join(", ", profiles);
            node.notes.add(note);
            draft.inferred(node.id + ": " + note);
        }
        byHost.put(s.name().toLowerCase(Locale.ROOT), node);
        def.text("hostname").ifPresent(h -> byHost.putIfAbsent(h.toLowerCase(Locale.ROOT), node));
        def.text("container_name").ifPresent(h -> byHost.putIfAbsent(h.toLowerCase(Locale.ROOT), node));
        def.map("networks").ifPresent(networks -> networks.asMap().values().forEach(n -> {
            if (n instanceof YamlMap m) {
                m.get("aliases").map(YamlNode::textsOf).orElse(List.of())
                        .forEach(a -> byHost.putIfAbsent(a.toLowerCase(Locale.ROOT), node));
            }
        }));
    }

    /** {@code links: ["db:database"]} lets the linking service reach {@code db} as {@code database}. */
    private static Map<String, NodeDraft> linkAliases(TopologyDraft draft, YamlMap def) {
        Map<String, NodeDraft> aliases = new LinkedHashMap<>();
        for (String link : def.get("links").map(YamlNode::textsOf).orElse(List.of())) {
            String[] parts = link.split(":", 2);
            NodeDraft target = draft.existing(parts[0]);
            if (target != null && parts.length == 2) aliases.put(parts[1].toLowerCase(Locale.ROOT), target);
        }
        return aliases;
    }

    private static int replicas(TopologyDraft draft, Service s, NodeDraft node) throws ImportException {
        YamlMap def = s.definition();
        Optional<YamlNode> value = def.path("deploy", "replicas").or(() -> def.get("scale"));
        if (def.textAt("deploy", "mode").filter("global"::equals).isPresent()) {
            draft.unknown(node.id + ": deploy.mode global runs one instance per cluster node; the count is unknown (1 assumed)");
            return 1;
        }
        if (value.isEmpty()) return 1;
        YamlNode v = value.get();
        String text = YamlNode.textOf(v).orElse("");
        int n;
        try {
            n = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new ImportException(s.file(), v.line(), v.column(), "replicas of '" + s.name() + "' must be a whole number, not '" + text + "'");
        }
        if (n < 1) {
            draft.warning(node.id + ": replicas " + n + " means the service is not started; imported with 1");
            return 1;
        }
        draft.inferred(node.id + ": " + n + " replicas (deploy.replicas)");
        return n;
    }

    private void addDependencies(TopologyDraft draft, Service s, Map<String, NodeDraft> allHosts) {
        NodeDraft self = draft.existing(s.name());
        YamlMap def = s.definition();
        Map<String, NodeDraft> byHost = new LinkedHashMap<>(allHosts);
        linkAliases(draft, def).forEach(byHost::putIfAbsent);
        def.map("environment").ifPresent(env -> env.asMap().forEach((key, v) -> {
            String value = YamlNode.textOf(v).orElse(null);
            if (value == null) {
                return; // passed through from the shell, with no value in .env: reported as unknown
            }
            if (key.toUpperCase(Locale.ROOT).endsWith("NAME")) return; // OTEL_SERVICE_NAME=cart names, not calls
            boolean healthKey = key.endsWith("HC") || key.toLowerCase(Locale.ROOT).contains("healthcheck");
            referencesIn(draft, self, value, byHost, healthKey, "environment " + key);
        }));
        for (AddressFinder.Address a : addresses.findInCommand(commandWords(def))) {
            NodeDraft to = byHost.get(a.host());
            if (to != null && to != self) draft.depend(self, to, Evidence.CONFIG, "command names '" + a.host() + "'");
        }
        def.map("depends_on").ifPresent(deps -> deps.asMap().forEach((target, v) -> {
            NodeDraft to = draft.existing(target);
            if (to == null) {
                draft.unknown(self.id + ": depends_on names '" + target + "', which is not a service in these files");
                return;
            }
            String condition = v instanceof YamlMap m ? m.text("condition").orElse("service_started") : "service_started";
            draft.depend(self, to, Evidence.START_ORDER, "depends_on (" + condition + ")");
        }));
        def.get("links").map(YamlNode::textsOf).orElse(List.of()).forEach(link -> {
            NodeDraft to = draft.existing(link.split(":", 2)[0]);
            if (to != null) draft.depend(self, to, Evidence.START_ORDER, "links");
        });
    }

    /**
     * URLs that reach another service through its host-published port ({@code http://${EXTERNAL_DNS}:5105},
     * {@code http://localhost:5105}) are addresses for browsers, OAuth redirects and the like: which service the
     * caller itself talks to server-side cannot be told, so they are reported, not made dependencies.
     */
    private static void browserFacingReferences(TopologyDraft draft, Collection<Service> services,
                                                Map<String, NodeDraft> byPublishedPort) {
        Map<String, List<String>> callersByTarget = new LinkedHashMap<>();
        for (Service s : services) {
            NodeDraft self = draft.existing(s.name());
            s.definition().map("environment").ifPresent(env -> env.asMap().forEach((key, v) -> {
                Matcher m = PUBLISHED_ADDRESS.matcher(YamlNode.textOf(v).orElse(""));
                while (m.find()) {
                    NodeDraft target = byPublishedPort.get(m.group(2));
                    if (target == null || target == self) continue;
                    List<String> callers = callersByTarget.computeIfAbsent(target.id + "' through its published port "
                            + m.group(2), k -> new ArrayList<>());
                    String caller = self.id + " (" + key + ")";
                    if (!callers.contains(caller)) callers.add(caller);
                }
            }));
        }
        callersByTarget.forEach((target, callers) -> draft.unknown("browser-facing URLs reach '" + target + " from "
                + String.join(", ", callers) + ": whether these services call it themselves cannot be told, so no"
                + " dependency was made"));
    }

    /** The words of {@code command}, in string or list form: {@code -h edge-router} names a service. */
    private static List<String> commandWords(YamlMap def) {
        List<String> words = new ArrayList<>();
        def.get("command").ifPresent(c -> {
            if (c instanceof YamlScalar s && s.value() != null) words.addAll(List.of(s.value().split("\\s+")));
            if (c instanceof YamlList seq) words.addAll(YamlNode.textsOf(seq));
        });
        return words;
    }

    private void referencesIn(TopologyDraft draft, NodeDraft self, String value, Map<String, NodeDraft> byHost,
                              boolean healthKey, String where) {
        for (AddressFinder.Address a : addresses.find(value)) {
            NodeDraft to = byHost.get(a.host());
            if (to == null) {
                reportUnknownHost(draft, self, value, a.host(), where);
                continue;
            }
            if (to == self) continue;
            boolean health = healthKey || a.healthCheckPath();
            // Values may hold credentials (connection strings): notes name the key and the host, never the value.
            draft.depend(self, to, health ? Evidence.HEALTH_CHECK : Evidence.CONFIG,
                    where + " names '" + a.host() + "'" + (health ? " (health check)" : ""));
        }
    }

    private static void reportUnknownHost(TopologyDraft draft, NodeDraft self, String value, String host, String where) {
        if (!value.contains("://") || host.equals("localhost") || !host.matches(".*[a-z].*")) return;
        draft.unknown(self.id + ": " + where + " points at '" + host + "', which is not a service in these files"
                + " (an external system?)");
    }

    private void decideEntrypoint(TopologyDraft draft, Service s) {
        NodeDraft node = draft.existing(s.name());
        List<String> published = publishedPorts(s.definition());
        if (published.isEmpty()) return;
        String ports = String.join(", ", published);
        String why;
        if (node.role != KindGuesser.Role.NONE) {
            why = "publishes port(s) " + ports + ", but is " + node.role.id() + " tooling: not an entrypoint";
        } else if (node.kind.isStateful()) {
            why = "publishes port(s) " + ports + " (developer access?), but is a " + node.kind.id() + ": not an entrypoint";
        } else if (node.kind != Kind.GATEWAY && draft.isCalledByConfig(node)) {
            why = "publishes port(s) " + ports + ", but other services call it: not marked as an entrypoint";
        } else {
            node.entrypoint = true;
            why = "entrypoint: publishes host port(s) " + ports;
            node.notes.add(why);
            draft.inferred(node.id + ": " + why);
            return;
        }
        node.notes.add("guessed: " + why);
        draft.guessed(node.id + ": " + why);
    }

    /**
     * Host ports a service publishes. {@code "8080"} alone publishes to a random host port, which no user is
     * given, so only a fixed host port ({@code "80:80"}, {@code published: 80}) counts.
     */
    static List<String> publishedPorts(YamlMap def) {
        List<String> result = new ArrayList<>();
        for (YamlNode p : def.list("ports").map(YamlList::items).orElse(List.of())) {
            if (p instanceof YamlMap m) {
                m.text("published").filter(t -> !t.isBlank()).ifPresent(result::add);
                continue;
            }
            String text = YamlNode.textOf(p).orElse("").trim();
            if (text.isEmpty()) continue;
            String spec = text.split("/", 2)[0];
            if (spec.startsWith("[")) spec = spec.substring(spec.indexOf(']') + 1); // [::1]:80:80
            String[] parts = spec.split(":");
            if (parts.length >= 2 && !parts[parts.length - 2].isBlank()) result.add(parts[parts.length - 2]);
        }
        return result;
    }
}
