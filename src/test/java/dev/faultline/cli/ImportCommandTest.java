package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.service.FaultlineService;
import dev.faultline.service.ImportService;
import picocli.CommandLine;

class ImportCommandTest {
    private static final Path ESHOP = Path.of("src", "test", "resources", "importers", "compose-eshop");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = FaultlineCommand.create(new FaultlineService());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void writesTheTopologyAndPrintsTheReportToStandardError() throws Exception {
        Path output = dir.resolve("eshop.yaml");
        int code = run("import", "compose", ESHOP.resolve("docker-compose.yml").toString(),
                ESHOP.resolve("docker-compose.override.yml").toString(), "--output", output.toString());
        assertEquals(0, code, err.toString());
        String yaml = Files.readString(output);
        assertTrue(yaml.contains("faultline: 1"));
        assertTrue(yaml.contains("  - from: identity-api\n    to: sqldata\n"), yaml);
        assertTrue(err.toString().contains("Inferred:"));
        assertEquals("", out.toString());
    }

    @Test
    void dashWritesToStandardOutput() {
        int code = run("import", "compose", ESHOP.resolve("docker-compose.yml").toString(), "-o", "-");
        assertEquals(0, code);
        assertTrue(out.toString().contains("nodes:"));
    }

    @Test
    void invalidInputExitsTwoWritesNothingAndPrintsNoStackTrace() throws Exception {
        Path bad = Files.writeString(dir.resolve("docker-compose.yml"), "services:\n  a:\n    image: [oops\n");
        Path output = dir.resolve("out.yaml");
        int code = run("import", "compose", bad.toString(), "--output", output.toString());
        assertEquals(2, code);
        assertFalse(Files.exists(output));
        assertTrue(err.toString().startsWith(bad + ":"), err.toString());
        assertTrue(err.toString().contains(": error: "));
        assertFalse(err.toString().contains("\tat "));
    }

    @Test
    void usageErrorsExitThree() throws Exception {
        assertEquals(3, run("import", "terraform", "main.tf", "--output", "x.yaml"));
        assertTrue(err.toString().contains("compose, kubernetes, backstage"));
        assertEquals(3, run("import", "compose"));
    }

    @Test
    void helpListsTheFormats() {
        assertEquals(0, run("import", "--help"));
        assertTrue(out.toString().contains("compose, kubernetes (or k8s), backstage"));
        for (String format : new ImportService().formats()) {
            assertTrue(out.toString().contains(format), "the help names every registered importer: " + format);
        }
    }

    @Test
    void neverOverwritesAnInput() throws Exception {
        Path input = Files.copy(ESHOP.resolve("docker-compose.yml"), dir.resolve("docker-compose.yml"));
        String before = Files.readString(input);
        assertEquals(3, run("import", "compose", input.toString(), "--output", input.toString()));
        assertEquals(before, Files.readString(input));
        assertEquals(3, run("import", "compose", dir.toString(), "--output", input.toString()), "a folder's file too");
        assertEquals(before, Files.readString(input));
    }
}
