package dev.faultline.analysis.availability;

import java.nio.file.Path;
import java.util.List;

import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.simulation.CompiledTopology;

/**
 * Availability alone, in one part on one thread, ROUNDS times in one JVM: process CPU per round (the first is the
 * command line's cold case) and a checksum of every flow's availability and contributors, bit for bit, so that two
 * builds can be alternated and compared (docs/performance-history.md, #18 bdd18). Usage (against any jar):
 *   javac -cp target/faultline.jar -d /tmp/avc docs/bench/AvailabilityCpu.java
 *   java -Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/faultline.jar:/tmp/avc \
 *       dev.faultline.analysis.availability.AvailabilityCpu FILE.yaml [ROUNDS]
 */
public class AvailabilityCpu {
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] a) throws Exception {
        Topology topo = new dev.faultline.io.TopologyLoader().load(Path.of(a[0])).topology().get();
        CompiledTopology c = CompiledTopology.of(topo);
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 3;
        StringBuilder ms = new StringBuilder();
        long h = 0;
        for (int round = 0; round < rounds; round++) {
            long t0 = cpu();
            AvailabilityParts p = new AvailabilityParts(c, 1);
            List<FlowAvailability> r = p.combine(List.of(p.part(0, CancellationToken.NONE)), CancellationToken.NONE);
            ms.append(' ').append((cpu() - t0) / 1_000_000);
            h = 0;
            for (FlowAvailability f : r) {
                h = h * 31 + Double.doubleToLongBits(f.availability());
                for (Contributor x : f.contributors()) {
                    h = (h * 31 + x.node().hashCode()) * 31 + Double.doubleToLongBits(x.improvement())
                            + 7 * Double.doubleToLongBits(x.share());
                }
            }
        }
        System.out.printf("cpu ms:%s  checksum %x%n", ms, h);
    }
}
