package dev.faultline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.faultline.io.LayoutSidecar;
import dev.faultline.io.LoadResult;
import dev.faultline.io.yaml.Problem;
import dev.faultline.layout.Point;
import dev.faultline.model.Topology;
import dev.faultline.service.FaultlineService;
import picocli.CommandLine.Parameters;

/** The FILE argument every command takes, and loading it with problems printed the same way everywhere. */
final class TopologyArgument {
    @Parameters(index = "0", paramLabel = "FILE", description = "The topology file (YAML, format version 1).")
    Path file;

    /** Loads the file; prints every problem to {@code err}; empty when the file has errors. */
    Optional<Topology> load(FaultlineService service, PrintWriter err) {
        LoadResult result = service.load(file);
        for (Problem p : result.problems()) err.println(TerminalText.line(p.format()));
        err.flush();
        return result.topology();
    }

    /** What the command reads: the topology and its layout sidecar. An output must be neither. */
    List<Path> readFiles() {
        return List.of(file, LayoutSidecar.pathOf(file));
    }

    /** The pinned positions of the sidecar; its problems (a damaged sidecar) are printed as warnings. */
    Map<String, Point> pinned(FaultlineService service, PrintWriter err) {
        LayoutSidecar.Reading layout = service.layoutOf(file);
        layout.problems().forEach(p -> err.println(TerminalText.line(p.format())));
        err.flush();
        return layout.pinned();
    }

    LoadResult loadResult(FaultlineService service) {
        return service.load(file);
    }
}
