package dev.faultline;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import dev.faultline.cli.ExitCodes;
import dev.faultline.cli.FaultlineCommand;
import dev.faultline.cli.OutOfMemoryAdvice;

/**
 * The one entry point of the jar and the installed app. Deliberately not a JavaFX {@code Application}: the java
 * launcher refuses those on the class path, and the command line must never load the toolkit. With no arguments,
 * {@code gui [FILE]}, or a single existing {@code .yaml}/{@code .yml} file (what a desktop entry or a file manager
 * passes), it opens the desktop app; anything else is a command.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Where the arguments go: the desktop app (on {@code file}, null for the bundled sample) or the command line. */
    record Route(boolean desktop, Path file) {
        static Route commandLine() {
            return new Route(false, null);
        }

        static Route desktopApp(Path file) {
            return new Route(true, file);
        }
    }

    public static void main(String[] args) {
        Route route = route(args, Files::isRegularFile);
        if (route.desktop()) {
            System.exit(startDesktop(route.file(), DesktopLibraries.onThisMachine(), Launcher::launchToolkit,
                    System.err));
        }
        try {
            System.exit(FaultlineCommand.execute(args));
        } catch (OutOfMemoryError e) {
            // A huge topology or export: say what to do instead of dumping a stack trace. Not exit code 2: the
            // input is not invalid, the heap is too small for it.
            System.err.println("faultline: out of memory with a " + OutOfMemoryAdvice.heapMegabytes()
                    + " MB heap; give Java more, " + OutOfMemoryAdvice.moreHeap());
            System.exit(ExitCodes.OUT_OF_MEMORY);
        }
    }

    /**
     * Decides desktop app versus command line from the arguments alone; {@code isFile} is the only look at the disk,
     * so this stays testable. A lone YAML path opens the app because desktop entries and "Open with" pass just the
     * file; a missing file stays a command so the CLI can say what is wrong with it.
     */
    static Route route(String[] args, Predicate<Path> isFile) {
        if (args.length == 0) return Route.desktopApp(null);
        if (args[0].equals("gui")) return Route.desktopApp(args.length > 1 ? Path.of(args[1]) : null);
        if (args.length == 1 && looksLikeTopologyFile(args[0]) && isFile.test(Path.of(args[0]))) {
            return Route.desktopApp(Path.of(args[0]));
        }
        return Route.commandLine();
    }

    private static boolean looksLikeTopologyFile(String arg) {
        String name = arg.toLowerCase(Locale.ROOT);
        return !arg.startsWith("-") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** Opens the desktop app; a seam so tests can stand in for the toolkit. */
    @FunctionalInterface
    interface DesktopApp {
        void open(Path fileOrNull) throws Exception;
    }

    /**
     * Opens the app unless a library the toolkit needs is missing ({@code libraries}: which library files the
     * dynamic linker finds; empty when that cannot be told). Either way a failure is a message and exit code 1,
     * never a stack trace.
     */
    static int startDesktop(Path file, Optional<Predicate<String>> libraries, DesktopApp app, PrintStream err) {
        Optional<String> missing = libraries.flatMap(DesktopLibraries::missingMessage);
        if (missing.isPresent()) {
            err.println(missing.get());
            err.println(withoutTheApp(file));
            return 1;
        }
        try {
            app.open(file);
            return 0;
        } catch (Exception | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
            err.println("faultline: cannot open the desktop app: " + cause.getMessage());
            DesktopLibraries.hintFor(messages(cause)).ifPresent(err::println);
            err.println(withoutTheApp(file));
            return 1;
        }
    }

    /** Someone who typed {@code faultline shop.yaml} over ssh most likely wanted the analysis. */
    private static String withoutTheApp(Path file) {
        return file == null ? "Commands work without a display or GTK: faultline --help"
                : "Without a display, analyse it with: faultline analyze " + file;
    }

    /** Every message down the cause chain: the toolkit wraps the one that names the missing library. */
    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null && all.length() < 10_000; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /** Reflection keeps JavaFX classes out of the command-line path entirely. */
    private static void launchToolkit(Path file) throws ReflectiveOperationException {
        Class.forName("dev.faultline.app.FaultlineApp").getMethod("launchApp", Path.class).invoke(null, file);
    }
}
