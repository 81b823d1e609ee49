package dev.faultline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.faultline.bench.BenchResult;
import dev.faultline.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench", description = {"Benchmark load, scenario, analysis, layout and SVG export on generated",
        "topologies; prints median milliseconds per stage (see docs/performance.md)."})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    FaultlineCommand root;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N,...",
            description = "Topology sizes (default: 100,1000,10000,50000).")
    List<Integer> sizes = new ArrayList<>(Benchmark.defaultSizes());

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        Benchmark bench = new Benchmark(seed);
        List<BenchResult> results = new ArrayList<>();
        for (int size : sizes) {
            results.add(bench.run(size, (done, total, message) -> {
                root.err().println("  " + message);
                root.err().flush();
            }));
        }
        List<String> stages = new ArrayList<>(results.get(0).millis().keySet());
        StringBuilder sb = new StringBuilder("| stage (median ms) |");
        results.forEach(r -> sb.append(' ').append(String.format("%,d", r.nodes())).append(" nodes |"));
        sb.append("\n|---|").append("---:|".repeat(results.size())).append('\n');
        sb.append("| dependencies |");
        results.forEach(r -> sb.append(String.format(" %,d |", r.dependencies())));
        sb.append("\n| YAML size (MB) |");
        results.forEach(r -> sb.append(String.format(" %.2f |", r.yamlMegabytes())));
        sb.append('\n');
        for (String stage : stages) {
            sb.append("| ").append(stage).append(" |");
            results.forEach(r -> sb.append(String.format(" %,.1f |", r.millis().get(stage))));
            sb.append('\n');
        }
        sb.append("| heap after analysis (MB) |");
        results.forEach(r -> sb.append(' ').append(r.heapMegabytes()).append(" |"));
        root.out().println(sb);
        root.out().flush();
        return ExitCodes.OK;
    }
}
