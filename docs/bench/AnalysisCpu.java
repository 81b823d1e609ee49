// Warm thread-CPU time of the latency, capacity, retry-storm and sweep analyses (docs/performance-history.md,
// "Latency, capacity and the blast-radius sweep at 50,000 nodes").
// Usage: mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt && mvn -B -q -o compile
//   CP=target/classes:$(cat /tmp/cp.txt); javac -cp $CP -d /tmp/ac docs/bench/AnalysisCpu.java
//   java -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp /tmp/ac:$CP AnalysisCpu FILE.yaml RUNS [lat,cap,retry,sweep,digest DUMP]
// "digest" writes every figure to DUMP, to cmp the dumps of two builds.
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.Supplier;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;
import dev.faultline.analysis.latency.*;
import dev.faultline.analysis.capacity.*;
import dev.faultline.analysis.BlastRadiusSweep;
import dev.faultline.simulation.*;
import dev.faultline.progress.*;

public class AnalysisCpu {
    static ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    static void time(String name, int runs, Supplier<?> s) {
        long best = Long.MAX_VALUE; long wbest = Long.MAX_VALUE; Object r = null;
        for (int i = 0; i < runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            r = s.get();
            long c = mx.getCurrentThreadCpuTime() - c0, w = System.nanoTime() - w0;
            if (i == 0) System.out.printf("  %-10s first: cpu %6d ms wall %6d ms%n", name, c / 1_000_000, w / 1_000_000);
            best = Math.min(best, c); wbest = Math.min(wbest, w);
        }
        System.out.printf("  %-10s best of %d: cpu %6d ms wall %6d ms%n", name, runs, best / 1_000_000, wbest / 1_000_000);
    }
    public static void main(String[] a) throws Exception {
        Topology t = new TopologyLoader().load(Path.of(a[0])).topology().orElseThrow();
        int runs = Integer.parseInt(a[1]);
        String which = a.length > 2 ? a[2] : "lat,cap,retry,sweep";
        System.out.println(a[0] + " nodes " + t.nodes().size());
        if (which.contains("lat")) time("latency", runs, () -> LatencyAnalysis.compute(t));
        FailureEngine ce = new FailureEngine(t); ce.compiled().instancesInZone("x"); if (which.contains("cap")) time("capacity", runs, () -> CapacityAnalysis.compute(ce));
        if (which.contains("retry")) time("retry", runs, () -> RetryStorms.find(t));
        FailureEngine e = new FailureEngine(t);
        if (which.contains("sweep")) time("sweep1t", runs, () -> new BlastRadiusSweep(1).outcomes(e, ProgressListener.NONE, CancellationToken.NONE));
        if (which.contains("digest")) {
            StringBuilder sb = new StringBuilder();
            LatencyReport l = LatencyAnalysis.compute(t);
            sb.append(l.flows()).append(l.nodeMs()).append(l.nodeP99Ms());
            CapacityReport c = CapacityAnalysis.compute(new FailureEngine(t));
            sb.append(c.nodes()).append(c.overloads());
            sb.append(RetryStorms.find(t));
            sb.append(Arrays.toString(new BlastRadiusSweep(1).outcomes(e, ProgressListener.NONE, CancellationToken.NONE)));
            Files.writeString(Path.of(a[3]), sb.toString());
        }
    }
}
