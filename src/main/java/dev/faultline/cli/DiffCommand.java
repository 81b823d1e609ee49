package dev.faultline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.faultline.analysis.compare.Comparison;
import dev.faultline.io.GitRevisions;
import dev.faultline.io.LoadResult;
import dev.faultline.io.yaml.Problem;
import dev.faultline.service.ComparisonService;
import dev.faultline.service.ComparisonService.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two versions of a topology: new and removed SPOFs, findings, flows, blast radius, cost.",
                "With --base-ref, BASE is HEAD's own path at a git revision: faultline diff --base-ref main topology.yaml"})
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    FaultlineCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "FILE", description = "BASE HEAD, or only HEAD with --base-ref.")
    List<Path> files;

    @Option(names = "--base-ref", paramLabel = "REV",
            description = "Read BASE as HEAD's path at this git revision (a branch, tag or commit).")
    String baseRef;

    @Mixin
    ComparisonOptions out = new ComparisonOptions();




    @Override
    public Integer call() throws Exception {
        if (baseRef != null && files.size() != 1) throw usage("with --base-ref, give only HEAD (BASE is HEAD at " + baseRef + ")");
        if (baseRef == null && files.size() != 2) throw usage("give BASE and HEAD, or HEAD and --base-ref REV");
        Path head = files.get(files.size() - 1);
        ComparisonService compare = new ComparisonService();
        LoadResult headLoad = root.service().load(head);
        LoadResult baseLoad;
        String baseLabel;
        if (baseRef != null) {
            try {
                baseLoad = compare.loadAtRevision(head, baseRef);
            } catch (GitRevisions.GitException e) {
                throw usage(e.getMessage());
            }
            baseLabel = baseRef + ":" + head;
        } else {
            baseLoad = root.service().load(files.get(0));
            baseLabel = files.get(0).toString();
        }
        boolean baseMissing = baseRef != null && baseLoad.topology().isEmpty() && baseLoad.problems().isEmpty();
        print(baseLoad);
        print(headLoad);
        if ((!baseMissing && !baseLoad.ok()) || !headLoad.ok()) return ExitCodes.INVALID_INPUT;
        if (baseMissing) {
            root.err().println("faultline: " + head + " did not exist at " + baseRef + ": everything in it is new");
            root.err().flush();
        }
        Version before = baseMissing ? Version.absent() : compare.analyse(baseLoad.topology().orElseThrow());
        Version after = compare.analyse(headLoad.topology().orElseThrow());
        Comparison c = compare.compare(before, after);
        ComparisonFormat.Sarif sarif = new ComparisonFormat.Sarif(after.report().findings(),
                after.topology().orElseThrow(), before.topology().orElse(null), head.toString().replace('\\', '/'));
        return out.write(root, files, c, baseLabel, head.toString(), sarif);
    }

    private void print(LoadResult loaded) {
        for (Problem p : loaded.problems()) root.err().println(p.format());
        root.err().flush();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
