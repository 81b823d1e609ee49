package dev.faultline;

import java.nio.file.Path;

import dev.faultline.cli.FaultlineCommand;

/**
 * The one entry point of the jar and the installed app. Deliberately not a JavaFX {@code Application}: the java
 * launcher refuses those on the class path, and the command line must never load the toolkit. With no arguments,
 * or {@code gui [FILE]}, it opens the desktop app; anything else is a command.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            Path file = args.length > 1 ? Path.of(args[1]) : null;
            System.exit(openDesktopApp(file));
        }
        System.exit(FaultlineCommand.execute(args));
    }

    /** Reflection keeps JavaFX classes out of the command-line path entirely. */
    private static int openDesktopApp(Path file) {
        try {
            Class.forName("dev.faultline.app.FaultlineApp").getMethod("launchApp", Path.class).invoke(null, file);
            return 0;
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("faultline: cannot open the desktop app: " + cause.getMessage());
            System.err.println("Commands work without a display: faultline --help");
            return 1;
        }
    }
}
