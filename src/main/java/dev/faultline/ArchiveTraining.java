package dev.faultline;

import java.nio.file.Path;

import dev.faultline.cli.ExitCodes;
import dev.faultline.cli.FaultlineCommand;

/**
 * The training run of the class-data-sharing archive (the {@code ./faultline} wrapper, installer/cds-archive.sh): the
 * JVM records the classes it loaded at exit, so the commands people run most run here, one after the other in one
 * JVM. Training on {@code analyze --format json} alone left the text report's classes (and {@code validate}'s
 * path) to be read and verified from the jar on every sample {@code analyze} (issue #18, docs/performance.md).
 *
 * <p>usage: {@code java -XX:ArchiveClassesAtExit=A -cp faultline.jar dev.faultline.ArchiveTraining TOPOLOGY
 * WORKDIR}; the text goes to standard output, the JSON to {@code WORKDIR/training.json}. The last command runs
 * through {@link Launcher#main} itself, so the launcher's own classes are in the archive too; it exits with that
 * command's code (0 for a valid file), or earlier with the first code that is neither 0 nor "findings".
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        // Run only by the wrapper and cds-archive.sh, which ignore its output: a wrong call just exits (only the
        // command line and Launcher print, ArchitectureTest).
        if (args.length != 2) System.exit(ExitCodes.USAGE);
        String topology = args[0];
        String json = Path.of(args[1]).resolve("training.json").toString();
        String[][] commands = {
            {"analyze", topology, "--format", "json", "--output", json},
            {"analyze", topology},
        };
        for (String[] command : commands) {
            int code = FaultlineCommand.execute(command);
            if (code != ExitCodes.OK && code != ExitCodes.FINDINGS) System.exit(code);
        }
        Launcher.main(new String[] {"validate", topology}); // exits
    }
}
