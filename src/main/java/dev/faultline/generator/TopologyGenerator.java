package dev.faultline.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/**
 * Makes realistic topologies of any size, the same for the same seed: entry gateways, layers of services calling
 * 2-6 services below them, popular shared services (auth, config, feature flags), about one datastore per four
 * services, caches and queues, external providers (some with a fallback), a few synchronous cycles, teams of 3-8
 * services (some with one member), and some single-replica and single-zone nodes; p99 latencies, capacities and
 * entry rps for the latency and capacity figures. Used for demos and benchmarks.
 */
public final class TopologyGenerator {
    private static final String[] ZONES = {"eu-west-1a", "eu-west-1b", "eu-west-1c", "us-east-1a", "us-east-1b",
        "us-east-1c"};
    private static final String[] DOMAINS = {"orders", "catalog", "search", "payments", "users", "shipping",
        "pricing", "reviews", "media", "notify", "ledger", "fraud", "inventory", "checkout", "ads", "loyalty"};

    private final Random rnd;
    /** Draws the risk-model figures (p99, capacity, rps) apart from {@link #rnd}, so the graph stays as it was. */
    private final Random figures;
    private final int size;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Dependency> deps = new ArrayList<>();
    private final Set<String> edgeKeys = new LinkedHashSet<>();
    private final Map<String, Team> teams = new LinkedHashMap<>();

    private TopologyGenerator(int size, long seed) {
        this.size = Math.max(8, size);
        this.rnd = new Random(seed);
        this.figures = new Random(seed * 31 + 7);
    }

    /** A topology of about {@code size} nodes (at least 8). */
    public static Topology generate(int size, long seed) {
        return new TopologyGenerator(size, seed).build();
    }

    private Topology build() {
        int externals = Math.max(2, size / 100);
        int gateways = Math.max(1, size / 250);
        int shared = 3;
        int rest = size - externals - gateways - shared;
        // Of the rest: services, and per four services one datastore; some caches and queues.
        int caches = Math.max(1, rest / 30);
        int queues = Math.max(1, rest / 40);
        int services = (int) Math.round((rest - caches - queues) * 0.8);
        int datastores = rest - caches - queues - services;

        List<String> ext = new ArrayList<>();
        for (int i = 0; i < externals; i++) ext.add(add("ext-" + provider(i), Kind.EXTERNAL, 1, 1, List.of(), null, false));
        String infraTeam = team("platform", 2 + rnd.nextInt(4));
        String auth = add("auth", Kind.SERVICE, 3, 2, zones(3), infraTeam, false);
        String config = add("config", Kind.SERVICE, 2, 1, zones(2), infraTeam, false);
        String flags = add("feature-flags", Kind.SERVICE, 1, 1, zones(1), infraTeam, false);
        List<String> cacheIds = new ArrayList<>();
        for (int i = 0; i < caches; i++) cacheIds.add(add("cache-" + i, Kind.CACHE, 1 + rnd.nextInt(3), 1, zones(2), null, false));
        List<String> queueIds = new ArrayList<>();
        for (int i = 0; i < queues; i++) queueIds.add(add("queue-" + i, Kind.QUEUE, 3, 2, zones(3), infraTeam, false));

        int layers = Math.max(3, Math.min(9, (int) Math.round(Math.log(services + 1) / Math.log(3))));
        List<List<String>> layer = new ArrayList<>();
        for (int l = 0; l < layers; l++) layer.add(new ArrayList<>());
        String currentTeam = null;
        int teamLeft = 0;
        int storesLeft = datastores;
        String store = null;
        for (int i = 0; i < services; i++) {
            if (teamLeft == 0) {
                currentTeam = team(DOMAINS[rnd.nextInt(DOMAINS.length)], rnd.nextInt(8) == 0 ? 1 : 2 + rnd.nextInt(6));
                teamLeft = 3 + rnd.nextInt(6);
            }
            teamLeft--;
            int l = Math.min(layers - 1, (int) Math.floor(Math.pow(rnd.nextDouble(), 0.8) * layers));
            boolean single = rnd.nextInt(10) == 0;
            int replicas = single ? 1 : 2 + rnd.nextInt(3);
            String id = add(currentTeam + "-svc-" + i, Kind.SERVICE, replicas, 1, zones(rnd.nextInt(20) == 0 ? 1 : 2 + rnd.nextInt(2)),
                    currentTeam, false);
            layer.get(l).add(id);
            if (i % 4 == 0 && storesLeft > 0) {
                storesLeft--;
                boolean primaryOnly = rnd.nextInt(4) == 0;
                store = add(currentTeam + "-db-" + i, rnd.nextInt(6) == 0 ? Kind.STORAGE : Kind.DATABASE,
                        primaryOnly ? 1 : 2 + rnd.nextInt(2), 1, zones(primaryOnly ? 1 : 2), currentTeam, false);
            }
            if (store != null) dep(id, store, Mode.SYNC, true);
            if (rnd.nextInt(2) == 0) dep(id, auth, Mode.SYNC, true);
            if (rnd.nextInt(3) == 0) dep(id, config, Mode.SYNC, false);
            if (rnd.nextInt(10) == 0) dep(id, flags, Mode.SYNC, false);
            if (rnd.nextInt(5) == 0) dep(id, pick(cacheIds), Mode.SYNC, rnd.nextInt(3) == 0);
            if (rnd.nextInt(6) == 0) dep(id, pick(queueIds), Mode.ASYNC, true);
            if (rnd.nextInt(25) == 0) {
                String p = pick(ext);
                if (rnd.nextBoolean() && ext.size() > 1) depWithFallback(id, p, other(ext, p));
                else dep(id, p, Mode.SYNC, true);
            }
        }
        for (int l = 0; l < layers; l++) {
            for (String s : layer.get(l)) {
                int fanOut = 2 + rnd.nextInt(5);
                for (int k = 0; k < fanOut && l + 1 < layers; k++) {
                    int target = l + 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(layers - l - 1) : 0);
                    if (!layer.get(target).isEmpty()) dep(s, pick(layer.get(target)), rnd.nextInt(6) == 0 ? Mode.ASYNC : Mode.SYNC, rnd.nextInt(8) != 0);
                }
                if (l > 0 && rnd.nextInt(150) == 0) dep(s, pick(layer.get(l - 1)), Mode.SYNC, true);
            }
        }
        String edgeTeam = team("edge", 1 + rnd.nextInt(3));
        for (int g = 0; g < gateways; g++) {
            String id = add("gateway-" + g, Kind.GATEWAY, 2 + rnd.nextInt(3), 1, zones(3), edgeTeam, true);
            int fanOut = 2 + rnd.nextInt(5);
            for (int k = 0; k < fanOut; k++) {
                List<String> top = layer.get(0).isEmpty() ? layer.get(1) : layer.get(0);
                if (!top.isEmpty()) dep(id, pick(top), Mode.SYNC, true);
            }
            dep(id, auth, Mode.SYNC, true);
        }
        List<Zone> zones = new ArrayList<>();
        for (String z : ZONES) zones.add(new Zone(z, z.substring(0, z.length() - 1)));
        return new Topology("Generated topology (" + nodes.size() + " nodes)", "Generated by faultline generate",
                List.copyOf(teams.values()), zones, nodes, deps, List.of());
    }

    private String add(String id, Kind kind, int replicas, int minHealthy, List<String> zones, String team,
                       boolean entry) {
        double latency = kind == Kind.EXTERNAL ? 120 : 5 + rnd.nextInt(40);
        nodes.add(Node.builder(id).kind(kind).team(team).replicas(replicas).minHealthy(minHealthy).zones(zones)
                .entrypoint(entry).slo(entry ? 0.999 : null).latencyMs(latency)
                .p99Ms(latency * (2 + figures.nextInt(4)))
                .capacityRps(kind == Kind.EXTERNAL ? null : 200 + figures.nextInt(2000))
                .rps(entry ? 50 + figures.nextInt(500) : null)
                .observability(observability())
                .tags(Map.of("monthly-cost", replicas * (50 + rnd.nextInt(400)))).build());
        return id;
    }

    private List<String> observability() {
        return switch (rnd.nextInt(5)) {
            case 0 -> List.of("metrics", "logs");
            case 1 -> List.of("logs");
            default -> List.of("metrics", "logs", "traces");
        };
    }

    private void dep(String from, String to, Mode mode, boolean required) {
        if (from.equals(to) || !edgeKeys.add(from + "\n" + to)) return;
        deps.add(Dependency.builder(from, to).mode(mode).required(required)
                .timeoutMs(mode == Mode.SYNC ? 200 + rnd.nextInt(800) : null).circuitBreaker(rnd.nextInt(3) == 0).build());
    }

    private void depWithFallback(String from, String to, String fallback) {
        if (!edgeKeys.add(from + "\n" + to)) return;
        deps.add(Dependency.builder(from, to).fallback(fallback).timeoutMs(1000).circuitBreaker(true).build());
    }

    private String team(String domain, int members) {
        String id = domain + "-" + teams.size();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < members; i++) people.add("eng-" + teams.size() + "-" + i);
        teams.put(id, new Team(id, null, people, SourcePosition.UNKNOWN));
        return id;
    }

    private List<String> zones(int count) {
        int region = rnd.nextInt(4) == 0 ? 3 : 0;
        int first = rnd.nextInt(3);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) out.add(ZONES[region + (first + i) % 3]);
        return out;
    }

    private String pick(List<String> ids) {
        return ids.get(rnd.nextInt(ids.size()));
    }

    private static String other(List<String> ids, String not) {
        return ids.get((ids.indexOf(not) + 1) % ids.size());
    }

    private static String provider(int i) {
        String[] names = {"stripe", "adyen", "sendgrid", "twilio", "maps", "s3", "auth0", "segment"};
        return names[i % names.length] + (i >= names.length ? "-" + i / names.length : "");
    }
}
