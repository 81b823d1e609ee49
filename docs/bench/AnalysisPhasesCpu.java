package dev.faultline.analysis;

import java.nio.file.Path;
import java.util.List;
import dev.faultline.model.Topology;
import dev.faultline.simulation.*;
import dev.faultline.analysis.availability.*;
import dev.faultline.analysis.doublefault.*;
import dev.faultline.analysis.capacity.*;
import dev.faultline.analysis.latency.*;
import dev.faultline.progress.*;

/**
 * CPU of each analysis of one topology, alone and single-threaded, in one JVM (docs/performance-history.md, #18
 * avail18): load the file, then the engine, the sweep on one thread, availability in one part, double faults, capacity,
 * latency, failure domains, the rules and their sorts; process CPU of each (cold: the first round is the command line's
 * case).
 * Usage (against any jar, to alternate two builds):
 *   javac -cp target/faultline.jar -d /tmp/apc docs/bench/AnalysisPhasesCpu.java
 *   java -Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/faultline.jar:/tmp/apc \
 *       dev.faultline.analysis.AnalysisPhasesCpu FILE.yaml [ROUNDS] [sweep,avail,double,cap,lat,dom,rules,all]
 * -DperRule=1 prints each rule's CPU and findings.
 */
public class AnalysisPhasesCpu {
    static long cpu() { return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
    static void t(String name, Runnable r) { long a = cpu(); r.run(); System.out.printf("%-14s %6d ms%n", name, (cpu() - a) / 1_000_000); }
    public static void main(String[] a) throws Exception {
        Topology topo = new dev.faultline.io.TopologyLoader().load(Path.of(a[0])).topology().get();
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 1;
        String only = a.length > 2 ? a[2] : "";
        for (int round = 0; round < rounds; round++) {
            FailureEngine[] e = new FailureEngine[1];
            t("engine", () -> e[0] = new FailureEngine(topo));
            NodeLossOutcome[][] o = new NodeLossOutcome[1][];
            if (only.isEmpty() || only.contains("sweep")) t("sweep", () -> o[0] = new BlastRadiusSweep(1).outcomes(e[0], ProgressListener.NONE, CancellationToken.NONE));
            if (only.isEmpty() || only.contains("avail")) t("availability", () -> { AvailabilityParts p = new AvailabilityParts(e[0].compiled(), 1); p.combine(List.of(p.part(0, CancellationToken.NONE)), CancellationToken.NONE); });
            if (only.isEmpty() || only.contains("double")) t("doublefaults", () -> DoubleFaultFinder.find(e[0].compiled(), CancellationToken.NONE));
            if (only.isEmpty() || only.contains("cap")) t("capacity", () -> CapacityAnalysis.compute(e[0]));
            if (only.isEmpty() || only.contains("lat")) t("latency", () -> LatencyAnalysis.compute(topo));
            if (only.isEmpty() || only.contains("dom")) t("domains", () -> FailureDomains.find(e[0]));
            if (only.isEmpty() || only.contains("rules")) {
                NodeLossOutcome[] outs = o[0] != null ? o[0] : new BlastRadiusSweep(1).outcomes(e[0], ProgressListener.NONE, CancellationToken.NONE);
                t("rules+sort", () -> {
                    java.util.List<Spof> spofs = Analyzer.spofs(topo, outs);
                    java.util.Map<String, NodeLossOutcome> byNode = new java.util.HashMap<>();
                    for (NodeLossOutcome x : outs) byNode.put(x.node(), x);
                    dev.faultline.analysis.rules.AnalysisContext c = dev.faultline.analysis.rules.AnalysisContext.of(topo, spofs, java.util.List.of(), byNode, java.util.List.of());
                    java.util.List<java.util.List<Finding>> per = new java.util.ArrayList<>();
                    for (dev.faultline.analysis.rules.Rule r : dev.faultline.analysis.rules.Rules.defaults()) { long q0 = cpu(); java.util.List<Finding> fl = r.apply(c); long q1 = cpu(); per.add(Analyzer.sorted(fl)); long q2 = cpu(); if (System.getProperty("perRule") != null) System.out.printf("   %-28s %5d ms sort %4d ms  %d findings%n", r.id(), (q1 - q0) / 1000000, (q2 - q1) / 1000000, fl.size()); }
                    Analyzer.merged(per);
                });
            }
            if (only.contains("all")) t("analyze(1thr)", () -> new Analyzer(dev.faultline.analysis.rules.Rules.defaults(), new BlastRadiusSweep(1), Integer.MAX_VALUE).analyze(topo));
        }
    }
}
