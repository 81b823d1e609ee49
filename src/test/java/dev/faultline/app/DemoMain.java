package dev.faultline.app;

/** Plain main for {@link DemoApp} (the java launcher refuses an Application main class on the class path). */
public final class DemoMain {
    private DemoMain() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(DemoApp.class, args);
    }
}
