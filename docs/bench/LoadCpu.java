import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import dev.faultline.io.*;
import dev.faultline.io.v1.*;
import dev.faultline.io.yaml.*;

/**
 * Issue #18: the CPU of loading a topology, or of its parse alone (docs/performance-history.md, "#18 loading: an
 * ASCII file read from its bytes"). args: MODE FILE, MODE one of load (the loader's parse of the file's bytes), string (the
 * loader's parse of the decoded text, as the editor and the benchmark hand it over) or bytes (the plain split read of
 * the bytes, then the records; its API changed with unify18: drop its case to compile in checkouts before that).
 * Prints the process's CPU time and the wall time of that work, and the collector's time during it.
 *
 *   javac -d cls -cp target/faultline.jar docs/bench/LoadCpu.java
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:InitialRAMPercentage=3.9935 -XX:NewRatio=5 -Xmx1g \
 *       -cp cls:target/faultline.jar LoadCpu bytes /tmp/g50k.yaml
 */
public class LoadCpu {
    public static void main(String[] a) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path file = Path.of(a[1]);
        byte[] bytes = Files.readAllBytes(file);
        long g0 = gcMs(), c0 = os.getProcessCpuTime(), w0 = System.nanoTime();
        Object result;
        switch (a[0]) {
            case "load" -> result = new TopologyLoader().parse(bytes, file).topology().get().nodes().size();
            case "string" -> {
                String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                bytes = null;
                c0 = os.getProcessCpuTime(); // the decoding above is not the loader's
                w0 = System.nanoTime();
                result = new TopologyLoader().parse(text, file).topology().get().nodes().size();
            }
            default -> {
                ProblemLog log = new ProblemLog(file);
                SplitYamlRead.Parts parts = new PlainSplitRead().readCleanly(InputGuard.undecoded(bytes).get(), log).get();
                result = parts.records(log).get().nodes().size();
            }
        }
        long c1 = os.getProcessCpuTime(), w1 = System.nanoTime(), g1 = gcMs();
        System.out.printf("%s %s: cpu %.2f s wall %.2f s gc %d ms (%s)%n", a[0], file.getFileName(), (c1 - c0) / 1e9,
                (w1 - w0) / 1e9, g1 - g0, result);
    }

    static long gcMs() {
        long t = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) t += b.getCollectionTime();
        return t;
    }
}
