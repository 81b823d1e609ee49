package dev.faultline.analysis;

import java.nio.file.Path;
import java.util.*;
import dev.faultline.model.Topology;
import dev.faultline.simulation.*;
import dev.faultline.analysis.doublefault.*;
import dev.faultline.analysis.capacity.*;
import dev.faultline.analysis.latency.*;
import dev.faultline.analysis.rules.*;
import dev.faultline.progress.*;

/**
 * Process CPU of what runs after the sweep (docs/performance-history.md, #18 rules18): latency, double faults,
 * capacity, failure domains, SPOFs, every rule (those of 20 ms and more listed), the rules' sorts and their merge, in
 * that order, on one thread in one C1 JVM, cold (the command line's case). Compiles against any jar, to alternate two
 * builds:
 *   javac -cp target/faultline.jar -d /tmp/rtc docs/bench/RulesTailCpu.java
 *   java -Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/faultline.jar:/tmp/rtc \
 *       dev.faultline.analysis.RulesTailCpu FILE.yaml
 */
public class RulesTailCpu {
    static long cpu() { return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
    static long t0;
    static void start() { t0 = cpu(); }
    static long stop() { return (cpu() - t0) / 1_000_000; }
    public static void main(String[] a) throws Exception {
        Topology topo = new dev.faultline.io.TopologyLoader().load(Path.of(a[0])).topology().get();
        FailureEngine e = new FailureEngine(topo);
        NodeLossOutcome[] outs = new BlastRadiusSweep(1).outcomes(e, ProgressListener.NONE, CancellationToken.NONE);
        Map<String, Long> ms = new LinkedHashMap<>();
        start(); LatencyAnalysis.of(topo); ms.put("latency", stop());
        start(); DoubleFaults df = DoubleFaultFinder.find(e.compiled(), CancellationToken.NONE); ms.put("doublefaults", stop());
        start(); CapacityAnalysis.of(e); ms.put("capacity", stop());
        start(); List<DomainSpof> dom = FailureDomains.find(e); ms.put("domains", stop());
        start(); List<Spof> spofs = Analyzer.spofs(topo, outs); ms.put("spofs", stop());
        Map<String, NodeLossOutcome> byNode = new HashMap<>();
        for (NodeLossOutcome x : outs) byNode.put(x.node(), x);
        AnalysisContext c = AnalysisContext.of(topo, spofs, dom, byNode, List.of(), List.of(), df);
        List<List<Finding>> per = new ArrayList<>();
        long rules = 0, sorts = 0;
        StringBuilder each = new StringBuilder();
        for (Rule r : Rules.defaults()) {
            start(); List<Finding> fl = r.apply(c); long q = stop(); rules += q;
            start();
            List<Finding> s = Analyzer.sorted(fl);
            sorts += stop();
            per.add(s);
            if (q >= 20) each.append(' ').append(r.id()).append('=').append(q);
        }
        ms.put("rules", rules); ms.put("rule-sorts", sorts);
        start(); List<Finding> all = Analyzer.merged(per); ms.put("merge", stop());
        long sum = 0; for (long v : ms.values()) sum += v;
        System.out.println(ms + " sum=" + sum + " findings=" + all.size() + " |" + each);
    }
}
