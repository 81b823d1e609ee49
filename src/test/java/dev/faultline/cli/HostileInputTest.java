package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #10 item 12: the smaller lies and wrong exit codes, each with the message it should give. */
class HostileInputTest {
    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("t.yaml"), text);
    }

    private static final String OK = "faultline: 1\nname: x\nnodes:\n  - id: a\n    entrypoint: true\n";

    @Test
    void infinityAndNanAreOutOfRangeValuesAndValidationGoesOn() throws Exception {
        Path f = write("faultline: 1\nname: x\nnodes:\n  - id: a\n    slo: .nan\n    availability: -.Inf\n"
                + "    replicas: 0\n");
        CliRun run = CliRun.of("validate", f.toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("t.yaml:5:10: error: '.nan' is out of range"), run.err());
        assertTrue(run.err().contains("t.yaml:6:19: error: '-.Inf' is out of range"), run.err());
        assertTrue(run.err().contains("replicas must be at least 1"), "validation went on: " + run.err());
        assertFalse(run.err().contains("malformed YAML"), run.err());
    }

    @Test
    void aComplexKeyGetsAPlainMessage() throws Exception {
        CliRun run = CliRun.of("validate", write("faultline: 1\nname: x\nnodes:\n  - ? [a, b]\n    : 1\n").toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("YAML complex keys"), run.err());
        assertFalse(run.err().contains("Event"), run.err());
    }

    @Test
    void anchorsOnPlainValuesAndListsAreRefusedLikeAnchorsOnMappings() throws Exception {
        CliRun run = CliRun.of("validate", write("faultline: 1\nname: &n x\nnodes:\n  - id: a\n"
                + "    entrypoint: &e true\n    zones: &z []\n").toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        for (String anchor : new String[] {"&n", "&e", "&z"}) {
            assertTrue(run.err().contains("YAML anchors ('" + anchor + "') are not supported"), run.err());
        }
    }

    @Test
    void anExplicitNullFigureIsAnErrorNotASilentDefault() throws Exception {
        CliRun run = CliRun.of("validate", write(OK + "    replicas: null\n    slo: ~\n").toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("t.yaml:6:15: error: replicas has no value (null)"), run.err());
        assertTrue(run.err().contains("slo has no value (~)"), run.err());
    }

    @Test
    void theSummarySaysMoreThanTenThousandWhenProblemsWereCut() throws Exception {
        StringBuilder yaml = new StringBuilder("faultline: 1\nname: x\nnodes:\n");
        for (int i = 0; i < 10_050; i++) yaml.append("  - {id: n").append(i).append(", replicas: 0}\n");
        CliRun run = CliRun.of("validate", write(yaml.toString()).toString());
        assertEquals(ExitCodes.INVALID_INPUT, run.exitCode());
        assertTrue(run.out().contains("more than 10,000 problems; the first 10,000 are listed"), run.out());
        assertFalse(run.out().contains("10001"), run.out());
    }

    @Test
    void badScalesAndEmptyEventsAreUsageErrors() throws Exception {
        Path f = write(OK);
        String png = dir.resolve("o.png").toString();
        for (String scale : new String[] {"-1", "0", "1000000", "NaN"}) {
            CliRun run = CliRun.of("export", f.toString(), "-o", png, "--scale=" + scale);
            assertEquals(ExitCodes.USAGE, run.exitCode(), scale + ": " + run.err());
            assertTrue(run.err().contains("--scale must be"), run.err());
        }
        for (String event : new String[] {"", "node:"}) {
            CliRun sim = CliRun.of("simulate", f.toString(), "--fail", event);
            assertEquals(ExitCodes.USAGE, sim.exitCode(), "'" + event + "': " + sim.err());
            CliRun exp = CliRun.of("export", f.toString(), "-o", dir.resolve("o.svg").toString(), "--fail", event);
            assertEquals(ExitCodes.USAGE, exp.exitCode(), "'" + event + "': " + exp.err());
        }
        assertFalse(Files.exists(dir.resolve("o.png")));
    }
}
