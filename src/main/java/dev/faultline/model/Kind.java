package dev.faultline.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a node is. The id is the spelling used in topology files. */
public enum Kind {
    SERVICE("service"), GATEWAY("gateway"), LOAD_BALANCER("load-balancer"), CDN("cdn"),
    DATABASE("database"), CACHE("cache"), QUEUE("queue"), STORAGE("storage"),
    FUNCTION("function"), JOB("job"), DNS("dns"), EXTERNAL("external"), OTHER("other");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Databases, storage, queues and caches hold state; losing them loses data, not just capacity. */
    public boolean isStateful() {
        return this == DATABASE || this == STORAGE || this == QUEUE || this == CACHE;
    }

    /** Datastores in the sense of the shared-datastore rule: things several services read and write. */
    public boolean isDatastore() {
        return this == DATABASE || this == STORAGE || this == CACHE;
    }

    /** Default availability of one instance, used only by availability estimates. */
    public double defaultAvailability() {
        return this == EXTERNAL ? 0.999 : 0.9995;
    }

    public static Optional<Kind> fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        // A loop over one shared array, not a stream over a fresh values() copy: called once per node while
        // loading, where the C1-only command JVM allocates every stream stage (issue #18).
        for (Kind k : ALL) {
            if (k.id.equals(wanted)) return Optional.of(k);
        }
        return Optional.empty();
    }

    private static final Kind[] ALL = values();

    public static List<String> ids() {
        return Arrays.stream(values()).map(Kind::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
