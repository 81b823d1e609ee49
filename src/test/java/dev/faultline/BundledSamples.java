package dev.faultline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;

/** The bundled sample topologies, for tests that check something on every one of them. */
public final class BundledSamples {
    private BundledSamples() {
    }

    /** Every sample-topologies/*.yaml, in name order; never empty. */
    public static List<Path> paths() {
        try (Stream<Path> files = Files.list(Path.of("sample-topologies"))) {
            List<Path> samples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            if (samples.isEmpty()) throw new IllegalStateException("no bundled samples found");
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample loaded as the app and the CLI load it. */
    public static Topology load(Path sample) {
        return new TopologyLoader().load(sample).topology().orElseThrow();
    }
}
