package dev.faultline.cli;

/**
 * What to say when Java runs out of heap: the heap actually in use (whatever -Xmx was given, or the JVM's default
 * of a quarter of the memory), and a concrete larger value rather than one that may already be set.
 */
public final class OutOfMemoryAdvice {
    private OutOfMemoryAdvice() {
    }

    /** The maximum heap of this JVM in MB: what -Xmx set, or the default the JVM chose. */
    public static long heapMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** "e.g. FAULTLINE_JAVA_OPTS=-Xmx8g ./faultline ... or java -Xmx8g -jar faultline.jar ...": twice the heap. */
    public static String moreHeap() {
        String xmx = "-Xmx" + Math.max(1, (heapMegabytes() * 2 + 1023) / 1024) + "g";
        return "e.g. FAULTLINE_JAVA_OPTS=" + xmx + " ./faultline ... or java " + xmx + " -jar faultline.jar ...";
    }
}
