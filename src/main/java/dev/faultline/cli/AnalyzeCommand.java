package dev.faultline.cli;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.AnalysisSection;
import dev.faultline.export.json.AnalysisJson;
import dev.faultline.service.FixAdvisor;
import dev.faultline.export.json.FixJson;
import dev.faultline.export.json.JsonWriter;
import dev.faultline.io.LoadResult;
import dev.faultline.io.OutputTarget;
import dev.faultline.io.yaml.Problem;
import dev.faultline.model.Topology;
import dev.faultline.service.ExportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "analyze", mixinStandardHelpOptions = true, description = "The whole analysis: SPOFs, failure domains, blast radius, teams, findings.")
final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    FaultlineCommand root;

    @Mixin
    TopologyArgument input = new TopologyArgument();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown, html or sarif (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--fail-on", defaultValue = "never", paramLabel = "LEVEL",
            description = "Exit 1 when the analysis finds this or worse: spof, error, warning, never "
                    + "(default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the report to this file (atomically) instead of standard output.")
    Path output;

    @Option(names = "--suggest-fixes",
            description = "List the cheapest verified fix of each finding (text and json): each is applied in memory"
                    + " and re-analysed first.")
    boolean suggestFixes;
    @Option(names = "--max-double-faults", defaultValue = "100", paramLabel = "N",
            description = "List at most N double-fault pairs in JSON (0 = all; the count is always the total; "
                    + "default: ${DEFAULT-VALUE}).")
    int maxDoubleFaults;

    @Override
    public Integer call() throws Exception {
        if (output != null && !output.toString().equals("-")) {
            OutputTarget.of(output, input.readFiles()).check(); // refused before any work
        }
        LoadResult loaded = input.loadResult(root.service());
        for (Problem p : loaded.problems()) root.err().println(TerminalText.line(p.format()));
        root.err().flush();
        Optional<Topology> topology = loaded.topology();
        if (topology.isEmpty()) return ExitCodes.INVALID_INPUT;
        // No work for what this output does not show.
        Set<AnalysisSection> sections = EnumSet.copyOf(format.sections());
        sections.addAll(failOn.sections());
        if (format == ReportFormat.json && toFile()) return analyzeWhileWritingJson(topology.get(), sections, loaded);
        AnalysisReport report = root.service().analyze(topology.get(), sections);
        if (format == ReportFormat.json) {
            List<String> warnings = loaded.warnings().stream().map(Problem::format).toList();
            List<Consumer<JsonWriter>> extra = suggestFixes
                    ? List.of(w -> FixJson.write(w,
                            new FixAdvisor().cheapest(report)))
                    : List.of();
            root.write(output, input.readFiles(), out -> AnalysisJson.write(report, warnings, out, maxDoubleFaults, extra));
            return failOn.tripped(report) ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
        String text = format.asExport() == null ? format.render(report, loaded, input.file)
                : new String(root.exports().export(ExportRequest.of(report, format.asExport())
                        .withPinned(input.pinned(root.service(), root.err()))
                        .withReviews(root.service().reviews(input.file))
                        .withSource(String.valueOf(input.file.getFileName()), Instant.now())), StandardCharsets.UTF_8);
        if (suggestFixes && format == ReportFormat.text) {
            text += dev.faultline.export.text.FixText.render(new FixAdvisor().cheapest(report));
        }
        root.write(output, input.readFiles(), text);
        return failOn.tripped(report) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private boolean toFile() {
        return output != null && !output.toString().equals("-");
    }

    /**
     * The JSON into OUT while the analysis runs: its first sections are written as soon as they are known (issue #18:
     * a 50,000-node document is 196 MB). The same bytes as the JSON written after the analysis; only into a file,
     * which is put in place once complete, so that a failing analysis never leaves half a document on the output.
     */
    private Integer analyzeWhileWritingJson(Topology topology, Set<AnalysisSection> sections, LoadResult loaded)
            throws IOException {
        List<String> warnings = loaded.warnings().stream().map(Problem::format).toList();
        AnalysisReport report = root.service().analyzeWhileWriting(topology, sections, early -> {
            List<Consumer<JsonWriter>> extra = suggestFixes
                    ? List.of(w -> FixJson.write(w,
                            new FixAdvisor().cheapest(early.report())))
                    : List.of();
            root.writeFile(output, input.readFiles(), out -> AnalysisJson.write(early, warnings, out,
                    maxDoubleFaults, extra));
        });
        return failOn.tripped(report) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
