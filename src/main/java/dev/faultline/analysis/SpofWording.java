package dev.faultline.analysis;

import dev.faultline.model.Node;

/**
 * Why a node without a spare instance is a single point of failure, said for the kind of thing it is. "Runs a single
 * instance: any crash, deploy or host failure takes it down" is true of a service; of an external provider (one
 * "instance" in the file) the real risk is one provider with no fallback, of a database the data and the missing
 * failover, of a broker the messages. Findings and reports use these words, so they agree.
 */
public final class SpofWording {
    private SpofWording() {
    }

    /** For {@code replicas: 1} (the no-spare-instance cause): a clause without a capital or full stop. */
    public static String singleInstance(Node n) {
        return switch (n.kind()) {
            case EXTERNAL -> "it is one provider with no fallback, so the provider's outage is an outage of everything"
                    + " that needs it";
            case DNS -> "it is one DNS provider with no secondary, so when it stops answering nothing behind its names"
                    + " can be found";
            case CDN -> "it is one CDN provider with no fallback, so its outage makes what it serves unreachable";
            case DATABASE -> "it is a single database instance with no replica to fail over to, so a crash, host"
                    + " failure or maintenance takes it down (and a lost disk loses the data)";
            case QUEUE -> "it is a single broker, so a crash or restart stops every producer and consumer (and may lose"
                    + " messages in flight)";
            case CACHE -> "it is a single cache node that callers cannot do without, so a crash or restart fails their"
                    + " requests instead of only slowing them";
            case STORAGE -> "it is a single copy of the storage, so losing its host or disk loses what it holds";
            case LOAD_BALANCER, GATEWAY -> "it runs a single instance in front of everything behind it, so any crash,"
                    + " deploy or host failure cuts users off from all of it";
            default -> "it runs a single instance, so any crash, deploy or host failure takes it down";
        };
    }

    /** The same, as a sentence for a report cell. */
    public static String singleInstanceSentence(Node n) {
        String s = singleInstance(n);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}
