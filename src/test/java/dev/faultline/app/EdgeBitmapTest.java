package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.prefs.Preferences;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.faultline.app.canvas.DiagramCanvas;
import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.layout.Box;
import dev.faultline.layout.LayoutResult;
import dev.faultline.model.Dependency;
import dev.faultline.model.Topology;
import dev.faultline.render.SceneEdge;

/**
 * A large graph's edges are drawn as one bitmap at mid and close zoom (issue #13). Driven as a user does on a generated
 * 2,000-node topology: each edge is drawn with its scene look (colour, width, dash, arrow head) and an overlay
 * changes it; hovering a node fades the edges off its paths and leaving it brings them back; a dragged node's edges
 * follow it while it moves and are in the bitmap again, on their new route, once it is dropped; focus mode draws only
 * the focus's edges.
 */
@ExtendWith(ApplicationExtension.class)
class EdgeBitmapTest {
    private static final Topology BIG = GeneratedTopologies.layered(2000, 42);
    private static final Map<String, LayoutResult> LAYOUTS = new HashMap<>();
    private static final String NODE = "svc-1000";

    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private WorkspaceViewModel vm;
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) throws Exception {
        AppFixtures.Opened opened = AppFixtures.openBigInTempDir(stage, runner, prefs, BIG, LAYOUTS);
        vm = opened.vm();
        canvas = opened.window().canvas();
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    /** An unlabelled edge of the node in the scene shown now (labelled "or" edges are views, not bitmap lines). */
    private SceneEdge edgeOf(String node, boolean outgoing) {
        return AppFixtures.fx(() -> canvas.scene().edges().stream()
                .filter(e -> (outgoing ? e.from() : e.to()).equals(node) && e.label() == null && e.path().size() >= 2)
                .findFirst().orElseThrow());
    }

    private static void assertSameColour(Color expected, Color actual, String what) {
        double tolerance = 1.5 / 255;
        assertTrue(Math.abs(expected.getRed() - actual.getRed()) <= tolerance
                && Math.abs(expected.getGreen() - actual.getGreen()) <= tolerance
                && Math.abs(expected.getBlue() - actual.getBlue()) <= tolerance
                && Math.abs(expected.getOpacity() - actual.getOpacity()) <= tolerance,
                what + ": expected " + expected + ", drawn " + actual);
    }

    @Test
    void eachEdgeIsDrawnInTheBitmapWithItsSceneLookAndAnOverlayRedrawsIt(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        SceneEdge e = edgeOf(NODE, true);
        DiagramCanvas.DrawnEdge drawn = AppFixtures.fx(() -> canvas.drawnEdge(e.from(), e.to()));
        assertNotNull(drawn, "the edge is drawn");
        assertTrue(drawn.inBitmap(), "a large graph draws its edges in the bitmap, not as one path each");
        assertSameColour(Color.web(e.color()), drawn.colour(), "colour");
        assertEquals(e.width(), drawn.width(), 1e-9);
        assertEquals(e.dash(), drawn.dash());
        assertTrue(drawn.arrowHead());
        // And the pixels are there: a point on the line, near its caller, is painted.
        dev.faultline.layout.Point a = e.path().get(0);
        dev.faultline.layout.Point b = e.path().get(1);
        double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
        double t = Math.min(20, len / 2) / len;
        Color pixel = AppFixtures.fx(() -> canvas.edgeBitmapColourAt(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t));
        assertTrue(pixel.getOpacity() > 0.2, "the line's pixels are painted: " + pixel);

        // The Teams overlay draws cross-team dependencies heavier and darker: the bitmap follows the new scene.
        robot.clickOn("#overlay-teams");
        robot.interact(runner::runPending);
        CanvasDriver.waitForRest(canvas);
        SceneEdge cross = AppFixtures.fx(() -> canvas.scene().edges().stream()
                .filter(x -> (x.from().equals(NODE) || x.to().equals(NODE)) && x.label() == null
                        && x.width() > e.width())
                .findFirst().orElse(null));
        assertNotNull(cross, NODE + " has a cross-team dependency in this topology");
        DiagramCanvas.DrawnEdge heavy = AppFixtures.fx(() -> canvas.drawnEdge(cross.from(), cross.to()));
        assertNotNull(heavy);
        assertEquals(cross.width(), heavy.width(), 1e-9);
        assertSameColour(Color.web(cross.color()), heavy.colour(), "cross-team colour");
    }

    /** What a hover keeps bright: the node, everything it needs and everything that needs it (DiagramCanvas.walk). */
    private static Set<String> hoverKeeps(String node) {
        Set<String> keep = new HashSet<>(Set.of(node));
        for (boolean down : new boolean[]{true, false}) {
            ArrayDeque<String> todo = new ArrayDeque<>(List.of(node));
            Set<String> seen = new HashSet<>(List.of(node));
            while (!todo.isEmpty()) {
                String id = todo.pop();
                for (Dependency d : down ? BIG.dependenciesOf(id) : BIG.dependentsOf(id)) {
                    String next = down ? d.to() : d.from();
                    if (seen.add(next)) {
                        keep.add(next);
                        todo.push(next);
                    }
                }
            }
        }
        return keep;
    }

    @Test
    void hoveringANodeFadesTheEdgesOffItsPathsAndLeavingItBringsThemBack(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        Set<String> keep = hoverKeeps(NODE);
        SceneEdge own = edgeOf(NODE, true);
        // An edge in view whose ends are not both on the node's paths: it fades.
        SceneEdge other = AppFixtures.fx(() -> canvas.scene().edges().stream()
                .filter(x -> x.label() == null && !(keep.contains(x.from()) && keep.contains(x.to()))
                        && canvas.drawnEdge(x.from(), x.to()) != null)
                .findFirst().orElseThrow());
        double alpha = Color.web(other.color()).getOpacity();
        assertEquals(alpha, AppFixtures.fx(() -> canvas.drawnEdge(other.from(), other.to())).colour().getOpacity(), 1.5 / 255);

        robot.moveTo("#node-" + NODE);
        CanvasDriver.waitForRest(canvas);
        assertEquals(alpha * 0.15, AppFixtures.fx(() -> canvas.drawnEdge(other.from(), other.to())).colour().getOpacity(), 1.5 / 255,
                "off the hovered node's paths: faded");
        assertEquals(Color.web(own.color()).getOpacity(),
                AppFixtures.fx(() -> canvas.drawnEdge(own.from(), own.to())).colour().getOpacity(), 1.5 / 255,
                "the hovered node's own edge stays bright");

        robot.moveTo("#legend-header");
        CanvasDriver.waitForRest(canvas);
        assertEquals(alpha, AppFixtures.fx(() -> canvas.drawnEdge(other.from(), other.to())).colour().getOpacity(), 1.5 / 255,
                "the pointer left: bright again");
    }

    private static boolean meets(Box a, Box b, double slack) {
        return a.maxX() + slack >= b.x() && a.x() - slack <= b.maxX() && a.maxY() + slack >= b.y()
                && a.y() - slack <= b.maxY();
    }

    @Test
    void aDraggedNodesEdgesFollowItAndAreInTheBitmapAgainOnceDropped(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        SceneEdge e = edgeOf(NODE, true);
        Node view = robot.lookup("#node-" + NODE).query();
        Box before = AppFixtures.fx(() -> new Box(view.getLayoutX(), view.getLayoutY(), view.getLayoutBounds().getWidth(),
                view.getLayoutBounds().getHeight()));

        robot.drag(view, MouseButton.PRIMARY).moveBy(0, 160);
        WaitForAsyncUtils.waitForFxEvents();
        Box moved = AppFixtures.fx(() -> new Box(view.getLayoutX(), view.getLayoutY(), before.width(), before.height()));
        assertTrue(moved.y() > before.y() + 100, "the node moved down: " + before + " -> " + moved);
        DiagramCanvas.DrawnEdge live = AppFixtures.fx(() -> canvas.drawnEdge(e.from(), e.to()));
        assertNotNull(live);
        assertFalse(live.inBitmap(), "while dragged, the node's edges are drawn as views that follow it");
        assertTrue(meets(live.route(), moved, 1), "the edge starts at the node's new place: " + live.route());
        CanvasDriver.waitForRest(canvas);
        assertFalse(AppFixtures.fx(() -> canvas.edgeBitmapDraws(e.from(), e.to())),
                "the bitmap no longer draws the dragged node's edges at their old place");

        robot.drop();
        robot.interact(runner::runPending);
        CanvasDriver.waitForRest(canvas);
        // Dropped: the node is pinned there, the picture re-routed, and the edge is a bitmap line again.
        DiagramCanvas.DrawnEdge after = AppFixtures.fx(() -> canvas.drawnEdge(e.from(), e.to()));
        assertNotNull(after);
        assertTrue(after.inBitmap(), "back in the bitmap once the new picture is drawn");
        Box pinned = AppFixtures.fx(() -> new Box(view.getLayoutX(), view.getLayoutY(), before.width(), before.height()));
        assertTrue(meets(after.route(), pinned, 1), "on its new route: " + after.route() + " node " + pinned);
    }

    @Test
    void focusModeDrawsOnlyTheEdgesOfTheFocus(FxRobot robot) throws Exception {
        CanvasDriver.showNode(robot, canvas, NODE);
        SceneEdge own = edgeOf(NODE, true);
        // An edge in view between two nodes that are not within one hop of the node.
        Set<String> near = new HashSet<>(Set.of(NODE));
        BIG.dependenciesOf(NODE).forEach(d -> near.add(d.to()));
        BIG.dependentsOf(NODE).forEach(d -> near.add(d.from()));
        SceneEdge far = AppFixtures.fx(() -> canvas.scene().edges().stream()
                .filter(x -> x.label() == null && !near.contains(x.from()) && !near.contains(x.to())
                        && canvas.drawnEdge(x.from(), x.to()) != null)
                .findFirst().orElseThrow());

        robot.clickOn("#focus-toggle");
        CanvasDriver.waitForRest(canvas);
        assertNull(AppFixtures.fx(() -> canvas.drawnEdge(far.from(), far.to())), "outside the focus: not drawn");
        assertTrue(AppFixtures.fx(() -> canvas.drawnEdge(own.from(), own.to())).inBitmap(), "the focus's own edge is drawn");

        robot.clickOn("#focus-toggle"); // off: back to the whole graph at fit (groups)
        robot.interact(() -> canvas.centreOn(NODE));
        CanvasDriver.waitForRest(canvas);
        assertNotNull(AppFixtures.fx(() -> canvas.drawnEdge(far.from(), far.to())), "focus off: drawn again");
    }
}
