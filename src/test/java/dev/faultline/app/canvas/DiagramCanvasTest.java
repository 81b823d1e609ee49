package dev.faultline.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.analysis.Analyzer;
import dev.faultline.app.GeneratedTopologies;
import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.layout.LayoutResult;
import dev.faultline.layout.Point;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.SceneBuilder;
import dev.faultline.render.SceneRequest;

/** Level of detail and culling on a 400-node graph. */
@ExtendWith(ApplicationExtension.class)
class DiagramCanvasTest {
    private DiagramCanvas canvas;
    private Topology topology;

    @Start
    void start(Stage stage) {
        topology = GeneratedTopologies.layered(400, 7);
        LayoutResult layout = new ElkLayeredLayout().layout(topology, Map.of(), ProgressListener.NONE,
                CancellationToken.NONE);
        canvas = new DiagramCanvas(new NoActions());
        stage.setScene(new Scene(canvas, 1000, 700));
        stage.show();
        canvas.show(new SceneBuilder().build(SceneRequest.of(topology, layout, new Analyzer().analyze(topology))));
        canvas.fit();
    }

    @Test
    void zoomedOutThereIsNoTextAndNodesAreBlocks(FxRobot robot) {
        assertTrue(canvas.zoom() < DiagramCanvas.COMPACT_THRESHOLD, "400 nodes do not fit at a readable zoom");
        assertFalse(canvas.labelsVisible());
        assertTrue(canvas.isCompact());
        assertTrue(visibleTexts(robot).isEmpty(), "never draw unreadable text");
        assertEquals(topology.nodes().size(), canvas.nodeCount());
    }

    @Test
    void zoomingInShowsLabelsForTheNodesInViewAndHidesTheRest(FxRobot robot) {
        String id = topology.nodes().get(200).id();
        robot.interact(() -> canvas.centreOn(id));
        assertTrue(canvas.labelsVisible());
        assertFalse(canvas.isCompact());
        List<Text> texts = visibleTexts(robot);
        assertFalse(texts.isEmpty());
        Node centred = canvas.nodeView(id);
        assertTrue(centred.isVisible());
        long shown = topology.nodes().stream().filter(n -> canvas.nodeView(n.id()).isVisible()).count();
        assertTrue(shown < topology.nodes().size() / 2, "off-screen nodes are culled: " + shown + " shown");
        robot.interact(canvas::fit);
        assertTrue(visibleTexts(robot).isEmpty());
        assertTrue(topology.nodes().stream().allMatch(n -> canvas.nodeView(n.id()).isVisible()));
    }

    @Test
    void theMinimapStaysOutOfTheWayAtFitAndReturnsWhenZoomedIn(FxRobot robot) {
        Node minimap = robot.lookup("#minimap").query();
        assertTrue(minimap.isVisible(), "400 nodes get a minimap");
        assertEquals(0, minimap.getOpacity(), "at fit everything is in view: the minimap would hide a corner");
        robot.interact(canvas::zoomIn);
        assertEquals(1, minimap.getOpacity());
        assertFalse(minimap.isMouseTransparent());
        robot.interact(canvas::fit);
        assertEquals(0, minimap.getOpacity());
    }

    private List<Text> visibleTexts(FxRobot robot) {
        return robot.lookup(".node-label").queryAllAs(Text.class).stream().filter(DiagramCanvasTest::shown).toList();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) return false;
        }
        return true;
    }

    private static final class NoActions implements CanvasActions {
        public void select(String nodeId, boolean add) { }
        public void clearSelection() { }
        public void failNode(String nodeId) { }
        public void failInstance(String nodeId) { }
        public void showBlastRadius(String nodeId) { }
        public void pin(Map<String, Point> topLeftById) { }
        public void unpin(String nodeId) { }
        public boolean isPinned(String nodeId) { return false; }
        public void copyId(String nodeId) { }
        public List<dev.faultline.simulation.FailureEvent> domainEvents() { return List.of(); }
        public void failDomain(dev.faultline.simulation.FailureEvent event) { }
    }
}
