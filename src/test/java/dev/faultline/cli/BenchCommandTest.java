package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.faultline.bench.BenchResult;
import dev.faultline.bench.Stage;
import dev.faultline.bench.StageOutOfMemoryError;
import dev.faultline.service.FaultlineService;
import picocli.CommandLine;

/** {@code faultline bench}: what it prints and how it ends; no timing is asserted. */
class BenchCommandTest {
    @Test
    void printsOneRowPerSizeWithOnlyTheChosenStages() {
        CliRun r = CliRun.of("bench", "--sizes", "30,60", "--stages", "load,analysis");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("| nodes | dependencies | YAML (MB) | load + validate (ms) | full analysis (ms) "
                + "| heap after analysis (MB) |", lines.get(0));
        assertTrue(lines.get(2).startsWith("| 30 | "), r.out());
        assertTrue(lines.get(3).startsWith("| 60 | "), r.out());
        assertEquals(4, lines.size(), r.out());
        // 3 facts + 2 stages + heap = 6 cells per row
        assertEquals(6, lines.get(2).split("\\|", -1).length - 2, lines.get(2));
        assertFalse(r.out().contains("SVG"), r.out());
        assertFalse(r.err().contains("layout"), r.err());
    }

    @Test
    void unknownStageIsAUsageError() {
        CliRun r = CliRun.of("bench", "--sizes", "30", "--stages", "load,svgg");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("unknown stage 'svgg'"), r.err());
        assertTrue(r.err().contains("parse, load, scenario, analysis, layout, svg"), r.err());
    }

    @Test
    void helpNamesEveryStageTheOptionAccepts() {
        CliRun r = CliRun.of("bench", "--help");
        assertEquals(0, r.exitCode(), r.err());
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains(Stage.ids()), help);
    }

    @Test
    void runningOutOfMemoryKeepsTheFinishedRowsAndSaysSoWithTheHeapInUse() {
        Run r = run((seed, stages) -> (size, progress) -> {
            if (size > 100) throw new StageOutOfMemoryError(size, Stage.SVG, new OutOfMemoryError("Java heap space"));
            return new BenchResult(size, 2 * size, 0.5, Map.of(Stage.LOAD, 1.0, Stage.SVG, 2.0), OptionalLong.empty());
        }, "bench", "--sizes", "100,50000", "--stages", "load,svg");

        assertEquals(ExitCodes.OUT_OF_MEMORY, r.code);
        assertTrue(r.out.contains("| 100 | 200 | 0.50 | 1.0 | 2.0 |"), r.out);
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertTrue(r.err.contains("out of memory in the 'svg' stage (layout + SVG export) at 50,000 nodes with a "
                + heapMb + " MB heap"), r.err);
        assertTrue(r.err.contains("--stages"), r.err);
        assertFalse(r.err.contains("Exception"), r.err);
    }

    @Test
    void outOfMemoryAdviceAsksForMoreThanTheHeapInUse() {
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long asked = Long.parseLong(OutOfMemoryAdvice.moreHeap().replaceAll(".*-Xmx(\\d+)g.*", "$1"));
        assertTrue(asked * 1024 > heapMb, OutOfMemoryAdvice.moreHeap());
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(FaultlineCommand.BenchmarkFactory benchmarks, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = FaultlineCommand.create(new FaultlineService());
        ((FaultlineCommand) cl.getCommand()).benchmarks = benchmarks;
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
