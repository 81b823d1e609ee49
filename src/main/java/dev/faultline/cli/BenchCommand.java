package dev.faultline.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.faultline.bench.BenchResult;
import dev.faultline.bench.Benchmark;
import dev.faultline.bench.SizeBenchmark;
import dev.faultline.bench.Stage;
import dev.faultline.bench.StageOutOfMemoryError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = {"Benchmark load, scenario, analysis, layout and SVG export on generated",
        "topologies; prints median milliseconds per stage, one row per size as soon as it is done",
        "(see docs/performance.md)."})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    FaultlineCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N,...",
            description = "Topology sizes (default: 100,1000,10000,50000).")
    List<Integer> sizes = new ArrayList<>(Benchmark.defaultSizes());

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE,...",
            description = "Only these stages: parse, load, scenario, analysis, layout, svg, latency, rehearsal"
                    + " (default: all).")
    List<String> stageNames = new ArrayList<>();

    @Override
    public Integer call() {
        Set<Stage> stages = stages();
        SizeBenchmark bench = root.benchmarks().create(seed, stages);
        root.out().println(header(stages));
        root.out().flush();
        for (int size : sizes) {
            try {
                // Each row is printed as soon as its size is done, so a later failure loses nothing.
                BenchResult result = bench.run(size, (done, total, message) -> {
                    root.err().println("  " + message);
                    root.err().flush();
                });
                root.out().println(row(result, stages));
                root.out().flush();
            } catch (StageOutOfMemoryError e) {
                return outOfMemory("the '" + e.stage().id() + "' stage (" + e.stage().label() + ") at "
                        + String.format(Locale.ROOT, "%,d", e.size()) + " nodes", true);
            } catch (OutOfMemoryError e) {
                return outOfMemory(String.format(Locale.ROOT, "%,d", size) + " nodes", false);
            }
        }
        return ExitCodes.OK;
    }

    private Set<Stage> stages() {
        if (stageNames.isEmpty()) return EnumSet.allOf(Stage.class);
        Set<Stage> chosen = EnumSet.noneOf(Stage.class);
        for (String name : stageNames) {
            try {
                chosen.add(Stage.of(name));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return chosen;
    }

    private int outOfMemory(String where, boolean stageKnown) {
        root.err().println("faultline bench: out of memory in " + where + " with a "
                + OutOfMemoryAdvice.heapMegabytes() + " MB heap; the rows above are complete.");
        root.err().println("  " + (stageKnown ? "Leave the stage out (--stages) or run" : "Run") + " it with more heap, "
                + OutOfMemoryAdvice.moreHeap());
        root.err().flush();
        return ExitCodes.OUT_OF_MEMORY;
    }

    static String header(Set<Stage> stages) {
        StringBuilder sb = new StringBuilder("| nodes | dependencies | YAML (MB) |");
        for (Stage s : stages) sb.append(' ').append(s.label()).append(" (ms) |");
        sb.append(stages.contains(Stage.ANALYSIS) ? " heap after analysis (MB) |\n" : "\n");
        sb.append("|---:|---:|---:|").append("---:|".repeat(stages.size() + (stages.contains(Stage.ANALYSIS) ? 1 : 0)));
        return sb.toString();
    }

    static String row(BenchResult r, Set<Stage> stages) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "| %,d | %,d | %.2f |", r.nodes(),
                r.dependencies(), r.yamlMegabytes()));
        for (Stage s : stages) {
            Double ms = r.millis().get(s);
            sb.append(ms == null ? " - |" : String.format(Locale.ROOT, " %,.1f |", ms));
        }
        if (stages.contains(Stage.ANALYSIS)) {
            sb.append(r.heapMegabytes().isPresent() ? " " + r.heapMegabytes().getAsLong() + " |" : " - |");
        }
        return sb.toString();
    }
}
