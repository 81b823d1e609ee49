package dev.faultline.cli;

import java.util.concurrent.Callable;

import dev.faultline.io.LoadResult;
import dev.faultline.io.yaml.Problem;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Topology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Load and check a topology file; print every problem as FILE:LINE:COL.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    FaultlineCommand root;

    @Mixin
    TopologyArgument input = new TopologyArgument();

    @Override
    public Integer call() {
        LoadResult result = input.loadResult(root.service());
        for (Problem p : result.problems()) root.err().println(TerminalText.line(p.format()));
        root.err().flush();
        if (!result.ok()) {
            root.out().println(input.file + ": " + (result.problems().size() > TopologyLoader.MAX_PROBLEMS
                    ? String.format(java.util.Locale.ROOT, "more than %,d problems; the first %,d are listed",
                            TopologyLoader.MAX_PROBLEMS, TopologyLoader.MAX_PROBLEMS)
                    : result.errors().size() + " error(s), " + result.warnings().size() + " warning(s)"));
            return ExitCodes.INVALID_INPUT;
        }
        Topology t = result.topology().orElseThrow();
        root.out().println(input.file + ": ok (" + t.nodes().size() + " nodes, " + t.dependencies().size()
                + " dependencies, " + t.flows().size() + " flows" + (result.warnings().isEmpty() ? ""
                : ", " + result.warnings().size() + " warning(s)") + ")");
        return ExitCodes.OK;
    }
}
