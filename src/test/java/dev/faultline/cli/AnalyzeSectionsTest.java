package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.export.json.SarifReport;
import dev.faultline.export.text.AnalysisText;
import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.TopologyLoader;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.model.Topology;

/** Formats that skip parts of the analysis print exactly what the full analysis would have given them. */
class AnalyzeSectionsTest {
    @TempDir
    Path dir;

    @Test
    void textAndSarifAreUnchangedBySkippingWhatTheyDoNotPrint() throws IOException {
        Path file = dir.resolve("gen.yaml");
        Files.writeString(file, new TopologyWriter().write(TopologyGenerator.generate(300, 5)));
        Topology t = new TopologyLoader().load(file).topology().orElseThrow();
        AnalysisReport full = new Analyzer().analyze(t);

        CliRun text = CliRun.of("analyze", file.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertEquals(AnalysisText.render(full), text.out());

        CliRun sarif = CliRun.of("analyze", file.toString(), "--format", "sarif");
        assertEquals(0, sarif.exitCode(), sarif.err());
        assertEquals(SarifReport.render(full, file.toString().replace('\\', '/')), sarif.out());
    }

    @Test
    void failOnSpofStillTripsWhenTheOutputIsSarif() throws IOException {
        Path file = dir.resolve("gen.yaml");
        Files.writeString(file, new TopologyWriter().write(TopologyGenerator.generate(300, 5)));
        assertEquals(ExitCodes.FINDINGS, CliRun.of("analyze", file.toString(), "--format", "sarif", "--fail-on", "spof")
                .exitCode());
    }
}
