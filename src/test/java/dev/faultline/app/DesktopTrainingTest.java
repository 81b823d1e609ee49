package dev.faultline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;
import dev.faultline.io.v1.TopologyWriter;

/**
 * The desktop archive's training run works without a display (no toolkit is started in this test), and it picks the
 * window's classes: the app's own and those of the listed JavaFX packages, never unlisted ones.
 */
class DesktopTrainingTest {
    @TempDir
    Path dir;

    @Test
    void theOpeningsBackgroundWorkRunsWithoutADisplay() throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, new TopologyWriter().write(GeneratedTopologies.layered(300, 3)));

        assertThat(DesktopTraining.openInBackground(file)).isTrue();
        assertThat(DesktopTraining.openInBackground(dir.resolve("missing.yaml"))).isFalse();
    }

    @Test
    void itLoadsTheAppsClassesAndTheListedPackagesOnly() {
        Set<String> packages = DesktopTraining.packages();
        assertThat(packages).contains("javafx.scene", "javafx.scene.control.skin", "com.sun.prism.sw")
                .doesNotContain("javafx.scene.chart").allMatch(p -> !p.startsWith("#") && !p.isBlank());

        assertThat(DesktopTraining.wanted("dev.faultline.app.canvas.NodeView", packages)).isTrue();
        assertThat(DesktopTraining.wanted("dev.faultline.app.MainWindow$1", packages)).isTrue();
        assertThat(DesktopTraining.wanted("javafx.scene.control.skin.TreeViewSkin", packages)).isTrue();
        assertThat(DesktopTraining.wanted("javafx.scene.chart.LineChart", packages)).isFalse();
        assertThat(DesktopTraining.wanted("dev.faultline.cli.AnalyzeCommand", packages)).isFalse();
        assertThat(DesktopTraining.wanted("module-info", packages)).isFalse();
    }

    @Test
    void theOpeningCountsAsSettledOnceTheFileIsShownAndNothingRuns() throws Exception {
        Path file = dir.resolve("shop.yaml");
        Files.writeString(file, new TopologyWriter().write(GeneratedTopologies.layered(200, 4)));
        WorkspaceViewModel vm = new WorkspaceViewModel(FaultlineApp.productionServices(), new SameThreadTaskRunner());
        assertThat(OpenTiming.isSettled(vm)).isFalse();

        vm.open(file);

        assertThat(OpenTiming.isSettled(vm)).isTrue();
        assertThat(OpenTiming.message("g20000.yaml", 4_870, 7_120)).isEqualTo("opened g20000.yaml: 4.87 s from the "
                + "start of the load to a settled window, 7.12 s from the JVM's start");
    }
}
