package dev.faultline.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.faultline.app.AppFixtures;
import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.export.diagram.DiagramExportOptions;
import dev.faultline.export.diagram.DiagramExporter;
import dev.faultline.export.diagram.DiagramFormat;
import dev.faultline.io.TopologyLoader;
import dev.faultline.layout.Box;
import dev.faultline.layout.Point;
import dev.faultline.model.Node;
import dev.faultline.service.ExportFormat;
import dev.faultline.service.ExportRequest;
import dev.faultline.service.ExportService;

/**
 * The probe of issue #12: pin one node on each sample the way a drag does, export SVG the way the CLI does (a fresh
 * layout with the sidecar's pins), and compare with what the canvas shows. They must be the same picture.
 */
class ScreenMatchesExportTest {
    private static final Instant DATE = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    static Stream<Path> samples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("sample-topologies"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aPinnedNodeLooksTheSameOnScreenAndInTheExport(Path sample) throws Exception {
        Path file = Files.copy(sample, dir.resolve(sample.getFileName()));
        TopologyLoader loader = new TopologyLoader();
        WorkspaceViewModel vm = new WorkspaceViewModel(AppFixtures.services(loader::load), new SameThreadTaskRunner());
        vm.open(file);
        List<Node> nodes = vm.document().topology().nodes();
        // The node with the most fallback and plain edges is the hardest case: every route touching it changes.
        Node moved = nodes.get(nodes.size() / 2);
        Box before = vm.document().layout().box(moved.id());
        vm.pin(Map.of(moved.id(), new Point(before.x() + 173, before.y() + 91)));
        String screen = svg(new DiagramExporter().export(vm.scene(), DiagramFormat.SVG, options(file)));

        ExportRequest request = ExportRequest.of(vm.document().report(), ExportFormat.SVG)
                .withPinned(new dev.faultline.io.LayoutSidecar().read(file))
                .withSource(file.getFileName().toString(), DATE);
        String export = svg(new ExportService().export(request));

        assertNotEquals(before, vm.document().layout().box(moved.id()), "the pin moved the node");
        assertEquals(vm.document().layout(), new dev.faultline.service.ViewPipeline(null, null, null,
                new dev.faultline.layout.ElkLayeredLayout(), null).layout(vm.document().topology(),
                vm.document().pinned(), dev.faultline.progress.CancellationToken.NONE), "same layout");
        assertEquals(export, screen);
    }

    private static DiagramExportOptions options(Path file) {
        return DiagramExportOptions.defaults().withSource(file.getFileName().toString()).withDate(DATE);
    }

    private static String svg(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
