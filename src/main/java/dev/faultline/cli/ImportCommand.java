package dev.faultline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.faultline.io.OutputTarget;
import dev.faultline.io.importer.ImportException;
import dev.faultline.io.importer.ImportResult;
import dev.faultline.service.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code faultline import compose|kubernetes|backstage INPUT... --output FILE}: writes the topology (atomically, or
 * to standard output with {@code --output -}) and prints the import report to standard error. Nothing is written when
 * the input is invalid.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Turn Docker Compose, Kubernetes or Backstage files into a topology file.",
        footer = {"", "Examples:",
                "  faultline import compose docker-compose.yml docker-compose.override.yml -o shop.yaml",
                "  faultline import kubernetes manifests/*.yaml --output cluster.yaml",
                "  faultline import backstage catalog-info.yaml --output -"})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    FaultlineCommand root;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "compose, kubernetes (or k8s), backstage")
    String format;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT",
            description = "files or folders to read; Compose files are merged in the order given")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "the topology file to write, or - for standard output")
    Path output;

    private final ImportService imports = new ImportService();

    @Override
    public Integer call() throws IOException {
        if (!imports.supports(format)) {
            root.err().println("faultline: unknown import format '" + TerminalText.line(format) + "'; use one of "
                    + String.join(", ", imports.formats()));
            root.err().flush();
            return ExitCodes.USAGE;
        }
        ImportResult result;
        try {
            result = imports.importFiles(format, inputs);
        } catch (ImportException e) {
            root.err().println(TerminalText.line(e.format()));
            root.err().flush();
            return ExitCodes.INVALID_INPUT;
        }
        // Checked against every file the import read: a folder stands for the files in it, and a Compose import
        // also reads .env, env_file and extends files.
        List<Path> read = new ArrayList<>(inputs);
        read.addAll(result.report().filesRead());
        boolean toStdout = output.toString().equals("-");
        if (!toStdout) OutputTarget.of(output, read).check();
        root.err().print(result.report().format());
        root.err().flush();
        root.write(output, read, result.toYaml());
        return ExitCodes.OK;
    }
}
