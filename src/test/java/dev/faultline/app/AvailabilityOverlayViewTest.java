package dev.faultline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
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
import dev.faultline.render.Palette;

/**
 * The Availability overlay as a user meets it: it colours the least available flow's contributors until a flow is
 * chosen in the Flows panel, then that flow's. In online-shop, checkout (the least available) is mostly tax-api's
 * fault and search mostly search-index's.
 */
@ExtendWith(ApplicationExtension.class)
class AvailabilityOverlayViewTest {
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

    private static Paint fill(FxRobot robot, String node) {
        return robot.lookup("#node-" + node).lookup(".node-shape").queryAs(Rectangle.class).getFill();
    }

    private Set<String> legend(FxRobot robot) {
        AppFixtures.openLegend(robot);
        return robot.lookup("#legend").lookup(".legend-label").queryAll().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.toSet());
    }

    private static Node flowCell(FxRobot robot, String name) {
        return robot.lookup("#flows").lookup(".list-cell")
                .match((Node n) -> ((Labeled) n).getText() != null && ((Labeled) n).getText().contains(name))
                .query();
    }

    @Test
    void theTopContributorOfTheChosenFlowTakesTheDarkestColour(FxRobot robot) {
        Color darkest = Color.web(Palette.LIGHT.heat.get(4));
        Color plain = Color.web(Palette.LIGHT.nodeFill);
        robot.clickOn("#overlay-availability");
        assertEquals(Overlay.AVAILABILITY, vm.overlayProperty().get());
        // No flow chosen yet: the least available one, checkout.
        assertEquals(darkest, fill(robot, "tax-api"));
        assertTrue(legend(robot).contains("share of Checkout's unavailability: 50% or more"), legend(robot).toString());

        robot.clickOn(flowCell(robot, "Search (search)"));
        assertEquals("search", vm.focusFlowProperty().get());
        assertEquals(darkest, fill(robot, "search-index"));
        // The flow's highlight dims the nodes it does not need by blending their colour: look without it.
        robot.interact(vm::clearHighlight);
        assertEquals(plain, fill(robot, "tax-api")); // checkout's problem, not search's
        assertTrue(legend(robot).contains("share of Search's unavailability: 50% or more"), legend(robot).toString());
    }

    @Test
    void aFlowRowGivesAvailabilityAndLatencyALineEach(FxRobot robot) {
        String text = ((Labeled) flowCell(robot, "Checkout (checkout)")).getText();
        String[] lines = text.split("\n");
        assertEquals(3, lines.length, text);
        assertTrue(lines[1].contains("SLO 99.950\u00A0% ✗"), text);
        assertTrue(lines[2].trim().startsWith("latency "), text);
    }

    @Test
    void pointingAtAFlowRowNamesItsTopContributorsInATooltip(FxRobot robot) {
        Labeled checkout = (Labeled) flowCell(robot, "Checkout (checkout)");
        robot.moveTo(checkout);
        // Made when the pointer comes (not for every row as the panel fills), with the row's own shares.
        assertTrue(checkout.getTooltip() != null, "a tooltip once pointed at");
        String tip = checkout.getTooltip().getText();
        assertTrue(tip.startsWith("Share of the unavailability:"), tip);
        assertTrue(tip.contains("tax-api"), tip);
        Labeled search = (Labeled) flowCell(robot, "Search (search)");
        robot.moveTo(search);
        assertTrue(search.getTooltip() != null && search.getTooltip().getText().contains("search-index"),
                String.valueOf(search.getTooltip() == null ? null : search.getTooltip().getText()));
    }
}
