package dev.faultline.export.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.SceneBuilder;
import dev.faultline.render.SceneRequest;

/** Times layout, scene and export for generated topologies (not a test). Usage: DiagramBench N [N...] */
public final class DiagramBench {
    public static Topology generated(int n, long seed) {
        Random random = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(Node.of("service-" + i, Kind.values()[i % Kind.values().length], 1 + i % 3));
            if (i > 0) deps.add(Dependency.sync("service-" + random.nextInt(i), "service-" + i));
            if (i > 10 && random.nextInt(2) == 0) deps.add(Dependency.async("service-" + random.nextInt(i), "service-" + i));
        }
        return Topology.of("generated-" + n, nodes, deps);
    }

    public static void main(String[] args) {
        DiagramExporter exporter = new DiagramExporter();
        for (String arg : args) {
            int n = Integer.parseInt(arg);
            Topology t = generated(n, 42);
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                LayoutResult layout = new ElkLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
                long t1 = System.nanoTime();
                DiagramScene scene = new SceneBuilder().build(SceneRequest.of(t, layout, null));
                long t2 = System.nanoTime();
                byte[] svg = exporter.export(scene, DiagramFormat.SVG, DiagramExportOptions.defaults());
                long t3 = System.nanoTime();
                byte[] pdf = exporter.export(scene, DiagramFormat.PDF, DiagramExportOptions.defaults());
                long t4 = System.nanoTime();
                System.out.printf("n=%d deps=%d round=%d layout=%dms scene=%dms svg=%dms (%d KB) pdf=%dms (%d KB) size=%.0fx%.0f%n",
                        n, t.dependencies().size(), round, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                        (t3 - t2) / 1_000_000, svg.length / 1024, (t4 - t3) / 1_000_000, pdf.length / 1024,
                        scene.width(), scene.height());
            }
        }
    }
}
