package dev.faultline.analysis.rules;

import dev.faultline.model.Kind;
import dev.faultline.model.Node;

/** Remedies in the language of scaling practice, tailored to what kind of thing a node is. */
final class Recommendations {
    private Recommendations() {
    }

    static String forMissingSpare(Node n) {
        String spread = " Spread the instances over at least two zones.";
        return switch (n.kind()) {
            case DATABASE -> "Run a primary with a standby replica and automatic failover (replicas: 2 or more, minHealthy: 1)."
                    + spread + " Test the failover as a game day; put read-heavy traffic behind a cache.";
            case CACHE -> "Run the cache as a cluster (or a primary with a replica), and make callers treat it as soft"
                    + " (required: false) so a cache outage degrades latency instead of breaking requests.";
            case QUEUE -> "Run the broker as a quorum cluster with replicated queues (e.g. replicas: 3, minHealthy: 2),"
                    + " and have producers buffer and retry while it fails over." + spread;
            case STORAGE -> "Use replicated storage (or cross-zone replication) and back it up." + spread;
            case EXTERNAL -> "Add a second provider as a fallback (fallback: [...] on the dependencies that need it);"
                    + " guard the calls with a timeout and a circuit breaker; and degrade gracefully while it is down"
                    + " (queue the work and retry later, or serve without it: required: false).";
            case DNS -> "Add a secondary DNS provider serving the same zone, with TTLs short enough to move traffic.";
            case CDN -> "Add a second CDN as a fallback (multi-CDN with health-checked DNS switching), and keep the"
                    + " origin able to serve directly in an emergency.";
            case LOAD_BALANCER, GATEWAY -> "Run at least two instances (replicas: " + (n.minHealthy() + 1)
                    + " or more) behind a floating IP or DNS with health checks." + spread;
            default -> "Run at least minHealthy + 1 replicas (replicas: " + (n.minHealthy() + 1) + " or more)" + "."
                    + spread;
        };
    }

    static String forSingleZone(Node n, String zone) {
        return "Spread " + n.id() + "'s instances so that losing " + zone + " still leaves " + n.minHealthy()
                + " healthy: add zones to its placement, or add replicas (instances go to zones round-robin).";
    }

    static boolean isInstrumentable(Node n) {
        return n.kind() != Kind.EXTERNAL;
    }
}
