package dev.faultline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code faultline} wrapper's JVM options, run for real with a stand-in {@code java} on the PATH that records
 * every call (and writes the archive a training run asks for): the desktop app gets its own class-data-sharing
 * archive, recorded once by the display-free desktop training, and heap options for a big file; a command keeps
 * exactly the options it had.
 */
class WrapperJvmOptionsTest {
    @TempDir
    Path dir;
    /** The checkout: its path has a space, as a user's home or project folder may. */
    private Path root;
    private Path calls;

    @BeforeEach
    void checkout() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the wrapper is a bash script");
        root = Files.createDirectories(dir.resolve("a checkout"));
        Files.copy(Path.of("faultline"), root.resolve("faultline"));
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("target/faultline.jar"), "not really a jar");
        Files.createDirectories(root.resolve("bin"));
        calls = root.resolve("calls.log");
        Path java = root.resolve("bin/java");
        // One line per call; a training run's archive is "written" so the wrapper can put it in place.
        Files.writeString(java, "#!/bin/bash\n"
                + "echo \"$*\" >> '" + calls + "'\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) echo x > \"${a#*=}\";; esac; done\n"
                + "exit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theDesktopAppGetsItsOwnArchiveRecordedOnceByTheDesktopTraining() throws Exception {
        Path file = sized("shop.yaml", 1_000);

        List<String> first = run(Map.of(), file.toString());
        String app = first.get(first.size() - 1);
        assertThat(app).contains("-XX:SharedArchiveFile=" + root.resolve("target/faultline-app.jsa"))
                .contains("-XX:MetaspaceSize=128m").contains("-XX:TieredStopAtLevel=1")
                .endsWith("-jar " + root.resolve("target/faultline.jar") + " " + file)
                .doesNotContain("faultline.jsa ").doesNotContain("UseSerialGC")
                .doesNotContain("InitialRAMPercentage"); // a small file: the JVM's own start is enough
        assertThat(first).anyMatch(c -> c.contains("-XX:ArchiveClassesAtExit=")
                && c.contains("dev.faultline.app.DesktopTraining"));
        assertThat(root.resolve("target/faultline-app.jsa")).exists();

        List<String> second = run(Map.of(), file.toString());
        assertThat(second).noneMatch(c -> c.contains("DesktopTraining"));
        assertThat(second.get(second.size() - 1)).contains("faultline-app.jsa");
    }

    @Test
    void aBigFileOpensWithAHeapItWillNotOutgrowUnlessTheUserSetsOne() throws Exception {
        Path big = sized("big.yaml", 14L * 1024 * 1024);

        String app = last(run(Map.of("FAULTLINE_CDS", "off"), big.toString()));
        assertThat(app).contains("-XX:InitialRAMPercentage=").contains("-XX:MetaspaceSize=128m")
                .doesNotContain("SharedArchiveFile").doesNotContain("NewRatio");
        assertThat(last(run(Map.of("FAULTLINE_CDS", "off"), "gui", big.toString())))
                .contains("-XX:InitialRAMPercentage=");

        String own = last(run(Map.of("FAULTLINE_CDS", "off", "FAULTLINE_JAVA_OPTS", "-Xms2g"), big.toString()));
        assertThat(own).doesNotContain("InitialRAMPercentage").endsWith("-Xms2g -jar "
                + root.resolve("target/faultline.jar") + " " + big);
    }

    @Test
    void aCommandKeepsItsOptionsAndTheCommandLinesArchive() throws Exception {
        Path big = sized("big.yaml", 14L * 1024 * 1024);

        List<String> all = run(Map.of(), "analyze", big.toString());
        String command = last(all);
        assertThat(command).contains("-XX:SharedArchiveFile=" + root.resolve("target/faultline.jsa"))
                .contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData")
                .contains("-XX:NewRatio=5")
                .doesNotContain("faultline-app.jsa").doesNotContain("MetaspaceSize");
        assertThat(all).noneMatch(c -> c.contains("DesktopTraining"));
    }

    private Path sized(String name, long bytes) throws IOException {
        Path file = root.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    private static String last(List<String> calls) {
        return calls.get(calls.size() - 1);
    }

    /** Runs the wrapper; returns the java calls it made, the app's or command's own last. */
    private List<String> run(Map<String, String> env, String... args) throws Exception {
        Files.deleteIfExists(calls);
        List<String> command = new ArrayList<>(List.of("/bin/bash", root.resolve("faultline").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve("out.log").toFile());
        pb.environment().remove("FAULTLINE_JAVA_OPTS");
        pb.environment().remove("FAULTLINE_CDS");
        pb.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(root.resolve("out.log"))).isZero();
        return Files.readAllLines(calls);
    }
}
