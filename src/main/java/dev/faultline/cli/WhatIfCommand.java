package dev.faultline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.faultline.io.EditException;
import dev.faultline.io.LoadResult;
import dev.faultline.io.yaml.Problem;
import dev.faultline.service.ComparisonService;
import dev.faultline.service.ComparisonService.Version;
import dev.faultline.service.ComparisonService.WhatIf;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"Try edits in memory and print how they change the risk. FILE is never written.",
                "EDIT: 'set NODE.KEY=VALUE', 'set FROM->TO.KEY=VALUE', 'add|remove NODE.zones=ZONE',",
                "'add|remove FROM->TO.fallback=NODE', 'add|remove dependency FROM->TO', 'add TEAM.members=NAME';",
                "VALUE is YAML ([a, b], 0.999, true). Example: faultline whatif shop.yaml --apply 'set db.replicas=2'"})
final class WhatIfCommand implements Callable<Integer> {
    @ParentCommand
    FaultlineCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TopologyArgument input = new TopologyArgument();

    @Option(names = "--apply", required = true, paramLabel = "EDIT", description = "An edit; repeat for several, applied in order.")
    List<String> edits;



    @Option(names = "--write-topology", paramLabel = "OUT",
            description = "Also write the edited topology here (atomically); never over FILE.")
    Path writeTopology;

    @Mixin
    ComparisonOptions out = new ComparisonOptions();


    @Override
    public Integer call() throws Exception {
        ComparisonService compare = new ComparisonService();
        if (writeTopology != null && sameFile(input.file, writeTopology)) {
            throw usage("--write-topology " + writeTopology + " is " + input.file
                    + ": whatif never writes the file it reads; choose another path");
        }
        LoadResult loaded = input.loadResult(root.service());
        for (Problem p : loaded.problems()) root.err().println(p.format());
        root.err().flush();
        if (!loaded.ok()) return ExitCodes.INVALID_INPUT;
        Version before = compare.analyse(loaded.topology().orElseThrow());
        WhatIf result;
        try {
            result = compare.whatIf(before, edits, input.file);
        } catch (EditException e) {
            throw usage(e.getMessage());
        }
        if (!result.ok()) {
            for (String error : result.outcome().errors()) root.err().println(input.file + ": error: " + error);
            root.err().flush();
            return ExitCodes.INVALID_INPUT;
        }
        if (writeTopology != null) {
            compare.writeEdited(result.after().topology(), edits, input.file, writeTopology);
            root.err().println("wrote " + writeTopology);
        }
        String label = input.file + " with " + (edits.size() == 1 ? "1 edit" : edits.size() + " edits");
        // Findings point at FILE's lines: the edited copy exists only in memory (or at --write-topology).
        ComparisonFormat.Sarif sarif = new ComparisonFormat.Sarif(result.after().findings(),
                before.report().topology(), null, input.file.toString().replace('\\', '/'));
        java.util.List<Path> inputs = new java.util.ArrayList<>(input.readFiles());
        if (writeTopology != null) inputs.add(writeTopology);
        return out.write(root, inputs, result.comparison(), input.file.toString(), label, sarif);
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) return true;
        return java.nio.file.Files.exists(a) && java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
