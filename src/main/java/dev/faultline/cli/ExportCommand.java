package dev.faultline.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.export.diagram.PaperSize;
import dev.faultline.io.OutputTarget;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;
import dev.faultline.service.ExportFormat;
import dev.faultline.service.ExportRequest;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.UnknownTargetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true, description = {"Write a diagram or a review report; the format follows OUT's extension:",
        ".png .svg .pdf .dot .graphml .mmd .md .html"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    FaultlineCommand root;

    @Mixin
    TopologyArgument input = new TopologyArgument();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The file to write (atomically); '-' writes text formats to standard output.")
    Path output;

    @Option(names = "--format", paramLabel = "EXT", description = "Format when OUT is '-' or has no known extension.")
    String format;

    @Option(names = "--overlay", defaultValue = "spof", paramLabel = "OVERLAY",
            description = "spof, teams, zones, heat, none, data, latency, load or availability (the least available"
                    + " flow's contributors) (default: ${DEFAULT-VALUE}).")
    String overlay;

    @Option(names = "--fail", paramLabel = "EVENT",
            description = "Show a failure scenario (node:X, instance:X, zone:Z, region:R, team:T). Repeatable.")
    List<String> events = new ArrayList<>();

    @Option(names = "--paper", defaultValue = "A4", paramLabel = "SIZE",
            description = "PDF paper, landscape: A4, A3 or LETTER (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--scale", defaultValue = "2", paramLabel = "N",
            description = "PNG scale, more than 0 and at most 8; 1, 2 or 4 are usual (default: ${DEFAULT-VALUE}).")
    double scale;

    @Override
    public Integer call() throws Exception {
        Optional<ExportFormat> chosen = chooseFormat();
        if (chosen.isEmpty()) {
            root.err().println("faultline export: cannot tell the format of '" + TerminalText.line(output.toString()) + "'; use one of "
                    + ExportFormat.extensions() + " (or --format)");
            return ExitCodes.USAGE;
        }
        ExportFormat f = chosen.get();
        boolean toStdout = output.toString().equals("-");
        if (toStdout && !f.text) {
            root.err().println("faultline export: " + f.label + " is binary; give a file name with --output");
            return ExitCodes.USAGE;
        }
        Overlay ov;
        PaperSize ps;
        try {
            ov = Overlay.fromId(overlay);
            ps = PaperSize.fromId(paper);
        } catch (IllegalArgumentException e) {
            root.err().println("faultline export: unknown --overlay or --paper value (overlay: spof, teams, zones,"
                    + " heat, none, data, latency, load, availability; paper: A4, A3, LETTER)");
            return ExitCodes.USAGE;
        }
        if (!(scale > 0 && scale <= 8)) {
            root.err().println("faultline export: --scale must be more than 0 and at most 8 (1, 2 or 4 are usual), got "
                    + scale);
            return ExitCodes.USAGE;
        }
        Scenario scenario;
        try {
            scenario = Scenario.parse(events);
        } catch (IllegalArgumentException e) {
            root.err().println("faultline export: --fail: " + TerminalText.line(e.getMessage()) + " (node:X, instance:X, zone:Z, region:R, team:T)");
            return ExitCodes.USAGE;
        }
        if (!toStdout) OutputTarget.of(output, input.readFiles()).check(); // before any work
        Optional<Topology> topology = input.load(root.service(), root.err());
        if (topology.isEmpty()) return ExitCodes.INVALID_INPUT;
        AnalysisReport report = root.service().analyze(topology.get());
        List<SimulationResult> scenarios = new ArrayList<>();
        if (!events.isEmpty()) {
            try {
                scenarios.add(root.service().simulate(topology.get(), scenario));
            } catch (UnknownTargetException e) {
                root.err().println("faultline export: " + TerminalText.line(e.getMessage()));
                return ExitCodes.USAGE;
            }
        }
        ExportRequest request = ExportRequest.of(report, f).withOverlay(ov).withScenarios(scenarios)
                .withPinned(input.pinned(root.service(), root.err()))
                        .withReviews(root.service().reviews(input.file)).withPaper(ps, scale)
                .withSource(String.valueOf(input.file.getFileName()), Instant.now());
        byte[] bytes = root.exports().export(request);
        if (toStdout) {
            root.out().print(new String(bytes, StandardCharsets.UTF_8));
            root.out().flush();
        } else {
            OutputTarget.of(output, input.readFiles()).write(bytes);
            root.err().println("wrote " + TerminalText.line(output.toString()) + " (" + f.label + ", " + bytes.length + " bytes)");
            root.err().flush();
        }
        return ExitCodes.OK;
    }

    private Optional<ExportFormat> chooseFormat() {
        if (format != null) return ExportFormat.fromFileName("x." + format.replaceFirst("^\\.", ""));
        return ExportFormat.fromFileName(output.toString());
    }
}
