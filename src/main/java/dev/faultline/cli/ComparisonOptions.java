package dev.faultline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import dev.faultline.analysis.compare.Comparison;
import picocli.CommandLine.Option;

/**
 * The output options of every command that prints a comparison ({@code diff}, {@code whatif}): one declaration, so
 * their names, defaults and help cannot drift apart, and one way to write the result and choose the exit code.
 */
final class ComparisonOptions {
    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown or sarif (default: ${DEFAULT-VALUE}).")
    ComparisonFormat format;

    @Option(names = "--fail-on", defaultValue = "never", paramLabel = "WHAT", converter = ComparisonFailOn.Converter.class,
            description = "Exit 1 when the comparison shows this: new-spof, regression or never (default: ${DEFAULT-VALUE}).")
    ComparisonFailOn failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the comparison to this file (atomically) instead of standard output.")
    Path output;

    /** Writes the comparison in the chosen format (never over {@code inputs}); the exit code --fail-on asks for. */
    int write(FaultlineCommand root, Collection<Path> inputs, Comparison c, String before, String after,
              ComparisonFormat.Sarif sarif) throws IOException {
        root.write(output, inputs, format.render(c, before, after, sarif));
        return failOn.tripped(c) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
