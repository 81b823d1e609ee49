package dev.faultline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "generate", mixinStandardHelpOptions = true, description = {"Write a realistic generated topology (gateways, layered services,",
        "shared auth/config, datastores, caches, queues, external providers, teams), the same for the same seed."})
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    FaultlineCommand root;

    @Option(names = "--nodes", defaultValue = "200", description = "About how many nodes (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, defaultValue = "-", paramLabel = "FILE",
            description = "Where to write it (atomically); '-' is standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (nodes < 8 || nodes > 200_000) {
            root.err().println("faultline generate: --nodes must be between 8 and 200000");
            return ExitCodes.USAGE;
        }
        Topology t = TopologyGenerator.generate(nodes, seed);
        root.write(output, List.of(), new TopologyWriter().write(t));
        return ExitCodes.OK;
    }
}
