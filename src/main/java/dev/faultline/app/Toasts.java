package dev.faultline.app;

import java.util.List;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;

import org.controlsfx.control.Notifications;

import dev.faultline.app.workspace.WorkspaceViewModel;

/**
 * ControlsFX {@link Notifications} for the notices that finish something the user may not be watching: a reload
 * (often automatic, when the file changed on disk), an export or an import written. They slide in at the canvas's
 * bottom-right corner and hide themselves; nothing waits for a click. Every other notice stays in the status bar.
 */
final class Toasts {
    /** Notices that start like this get a notification too. */
    static final List<String> ANNOUNCED = List.of("Reloaded ", "Exported ", "Imported into ");
    static final Duration SHOWN_FOR = Duration.seconds(4);

    private Toasts() {
    }

    static void install(WorkspaceViewModel vm, Window owner) {
        vm.noticeCountProperty().addListener((o, a, b) -> {
            String text = vm.noticeProperty().get();
            if (text != null && ANNOUNCED.stream().anyMatch(text::startsWith) && owner.isShowing()) {
                Notifications.create().owner(owner).title("Faultline").text(text).position(Pos.BOTTOM_RIGHT)
                        .hideAfter(SHOWN_FOR).showInformation();
            }
        });
    }
}
