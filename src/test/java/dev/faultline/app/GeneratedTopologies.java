package dev.faultline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/**
 * Layered service topologies of any size for scale tests: 3% entry gateways, services, and datastores at the
 * bottom; about 1.5 dependencies per node pointing downwards; a team per ~15 nodes; three zones in one region.
 * Deterministic for a seed.
 */
public final class GeneratedTopologies {
    private GeneratedTopologies() {
    }

    public static Topology layered(int n, long seed) {
        Random rnd = new Random(seed);
        int teams = Math.max(1, n / 15);
        List<Team> teamList = new ArrayList<>();
        for (int t = 0; t < teams; t++) teamList.add(new Team("team-" + t, List.of("p" + t, "q" + t)));
        List<Zone> zones = List.of(new Zone("eu-1a", "eu-1"), new Zone("eu-1b", "eu-1"), new Zone("eu-1c", "eu-1"));
        int entries = Math.max(1, n * 3 / 100);
        int stores = Math.max(1, n / 5);
        List<Node> nodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Kind kind = i < entries ? Kind.GATEWAY : i >= n - stores ? storeKind(rnd) : Kind.SERVICE;
            int replicas = kind == Kind.DATABASE ? 1 + rnd.nextInt(2) : 1 + rnd.nextInt(3);
            List<String> nz = replicas == 1 ? List.of("eu-1a") : List.of("eu-1a", "eu-1b", "eu-1c");
            nodes.add(Node.builder(id(kind, i)).kind(kind).team("team-" + (i * teams / n)).replicas(replicas)
                    .zones(nz).entrypoint(i < entries).build());
        }
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            if (i >= n - stores) break;
            int count = 1 + (rnd.nextInt(100) < 50 ? 1 : 0);
            for (int k = 0; k < count; k++) {
                int span = Math.max(1, Math.min(n - i - 1, n / 6));
                int j = i + 1 + rnd.nextInt(span);
                if (i < entries && j < entries) j = entries + rnd.nextInt(n - entries);
                String from = nodes.get(i).id();
                String to = nodes.get(j).id();
                if (from.equals(to) || contains(deps, from, to)) continue;
                Dependency d = rnd.nextInt(10) == 0 ? Dependency.async(from, to) : Dependency.sync(from, to);
                deps.add(rnd.nextInt(12) == 0 ? d.soft() : d);
            }
        }
        return new Topology("Generated " + n, "layered, seed " + seed, teamList, zones, nodes, deps, List.of());
    }

    private static boolean contains(List<Dependency> deps, String from, String to) {
        for (int k = Math.max(0, deps.size() - 4); k < deps.size(); k++) {
            if (deps.get(k).from().equals(from) && deps.get(k).to().equals(to)) return true;
        }
        return false;
    }

    private static Kind storeKind(Random rnd) {
        int r = rnd.nextInt(10);
        return r < 5 ? Kind.DATABASE : r < 8 ? Kind.CACHE : Kind.QUEUE;
    }

    private static String id(Kind kind, int i) {
        return switch (kind) {
            case GATEWAY -> "edge-" + i;
            case DATABASE -> "db-" + i;
            case CACHE -> "cache-" + i;
            case QUEUE -> "queue-" + i;
            default -> "svc-" + i;
        };
    }

    /** The topology as a version-1 YAML file, so the app can open it like a user's file. */
    public static String toYaml(Topology t) {
        StringBuilder y = new StringBuilder("faultline: 1\nname: ").append(t.name()).append("\n");
        y.append("teams:\n");
        t.teams().forEach(team -> y.append("  - id: ").append(team.id()).append("\n    members: ")
                .append(team.members()).append("\n"));
        y.append("zones:\n");
        t.zones().forEach(z -> y.append("  - id: ").append(z.id()).append("\n    region: ").append(z.region()).append("\n"));
        y.append("nodes:\n");
        for (Node n : t.nodes()) {
            y.append("  - id: ").append(n.id()).append("\n    kind: ").append(n.kind().id())
                    .append("\n    team: ").append(n.team()).append("\n    replicas: ").append(n.replicas())
                    .append("\n    zones: ").append(n.zones()).append("\n");
            if (n.entrypoint()) y.append("    entrypoint: true\n");
        }
        y.append("dependencies:\n");
        for (Dependency d : t.dependencies()) {
            y.append("  - {from: ").append(d.from()).append(", to: ").append(d.to());
            if (d.mode() == dev.faultline.model.Mode.ASYNC) y.append(", mode: async");
            if (!d.required()) y.append(", required: false");
            y.append("}\n");
        }
        return y.toString();
    }
}
