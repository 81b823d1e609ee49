package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.faultline.app.task.ManualTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.render.Overlay;

/** The latency and load figures where users see them: overlays, the flows list and the details pane. */
@ExtendWith(ApplicationExtension.class)
class LatencyLoadViewsTest {
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private final Preferences prefs = Preferences.userRoot().node("dev/faultline/test-" + System.nanoTime());
    private WorkspaceViewModel vm;

    @Start
    void start(Stage stage) {
        vm = AppFixtures.openSample(stage, runner, prefs, "online-shop.yaml");
    }

    @AfterEach
    void forgetPreferences() throws Exception {
        prefs.removeNode();
    }

    private Set<String> legend(FxRobot robot) {
        AppFixtures.openLegend(robot);
        return robot.lookup("#legend").lookup(".legend-label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
    }

    @Test
    void theLatencyOverlayColoursByLatencyWithALegend(FxRobot robot) {
        Rectangle shape = robot.lookup("#node-stripe").lookup(".node-shape").queryAs(Rectangle.class);
        Object before = shape.getFill();
        robot.clickOn("#overlay-latency");
        assertEquals(Overlay.LATENCY, vm.overlayProperty().get());
        assertNotEquals(before, shape.getFill());
        assertTrue(legend(robot).contains("latency: 200-500 ms"), legend(robot).toString());
    }

    @Test
    void selectingAFlowShowsItsSlowestChainWithMillisecondsPerHop(FxRobot robot) {
        Node cell = robot.lookup("#flows").lookup(".list-cell")
                .match((Node n) -> ((Labeled) n).getText() != null && ((Labeled) n).getText().contains("Browse products"))
                .query();
        assertTrue(((Labeled) cell).getText().contains("540 ms"), ((Labeled) cell).getText());
        robot.clickOn(cell);
        String text = ((Labeled) cell).getText();
        assertTrue(text.contains("slowest chain: cdn +5 ms → edge-lb +2 ms → api-gateway +8 ms"), text);
    }

    @Test
    void detailsShowLatencyAndLoadAndTheLoadOverlayMarksOverloadsUnderAScenario(FxRobot robot) {
        robot.clickOn("#search").write("cart-service").type(KeyCode.ENTER);
        assertEquals(List.of("cart-service"), vm.selection());
        assertTrue(robot.lookup("#details-latency").queryAs(Label.class).getText().startsWith("203 ms"),
                robot.lookup("#details-latency").queryAs(Label.class).getText());
        assertEquals("1180.0 rps, utilisation 87% of 3 × 450 rps",
                robot.lookup("#details-load").queryAs(Label.class).getText());
        robot.clickOn("#overlay-load");
        assertTrue(legend(robot).contains("utilisation: 80-100%"), legend(robot).toString());
        robot.rightClickOn("#node-cart-service");
        robot.clickOn("Fail one instance");
        runner.runPending();
        robot.interact(runner::runPending);
        Set<String> badges = robot.lookup("#node-cart-service").lookup(".node-badge").queryAll().stream()
                .map(n -> ((Text) n).getText()).collect(Collectors.toSet());
        assertTrue(badges.stream().anyMatch(b -> b.startsWith("load 131%")), badges.toString());
        assertTrue(robot.lookup("#details-load").queryAs(Label.class).getText().endsWith("OVERLOADED"),
                robot.lookup("#details-load").queryAs(Label.class).getText());
    }
}
