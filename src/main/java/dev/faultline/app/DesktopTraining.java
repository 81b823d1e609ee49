package dev.faultline.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import dev.faultline.app.panels.FindingsModel;
import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.app.workspace.WorkspaceViewModel;

/**
 * The training run of the desktop app's class-data-sharing archive (the {@code faultline} wrapper's desktop branch,
 * installer/cds-archive.sh): run with {@code -XX:ArchiveClassesAtExit}, so the JVM writes every class it loaded to
 * the archive at exit, and the app's next start maps them instead of reading, parsing and verifying them from the
 * jar (about 3,600 of the jar's classes when a big file opens, docs/performance-history.md "#13 the cold opening").
 *
 * <p>It needs no display, so it can run at build or install time: it opens {@code TOPOLOGY} through the window's own
 * view model on the calling thread (load, analysis, layout, first picture, far-zoom groups, findings' entries: the
 * background half of an opening, with its lambdas), then loads, without initialising, the classes of the window
 * that need a running toolkit: all of {@code dev.faultline.app} and the JavaFX and ControlsFX packages in
 * {@code training-packages.txt}. The JVM links (verifies) loaded classes before it archives them.
 *
 * <p>usage: {@code java -XX:ArchiveClassesAtExit=A -cp faultline.jar dev.faultline.app.DesktopTraining TOPOLOGY};
 * exits 0, or 1 when the file did not open (the archive is then still usable, only smaller).
 */
public final class DesktopTraining {
    static final String PACKAGES = "training-packages.txt";

    private DesktopTraining() {
    }

    public static void main(String[] args) throws IOException {
        // Run only by the wrapper and cds-archive.sh, which ignore its output: a wrong call just exits.
        if (args.length != 1) System.exit(2);
        boolean opened = openInBackground(Path.of(args[0]));
        loadWindowClasses();
        System.exit(opened ? 0 : 1);
    }

    /** The opening's background work, as the window runs it, on this thread; true when the file opened. */
    static boolean openInBackground(Path topology) {
        WorkspaceViewModel vm = new WorkspaceViewModel(FaultlineApp.productionServices(), new SameThreadTaskRunner());
        vm.whileOpening(FindingsModel::groups, null);
        vm.open(topology);
        return vm.document() != null;
    }

    /** Loads (never initialises: no toolkit runs) the classes of the jar that the window will need. */
    static int loadWindowClasses() throws IOException {
        Path jar = jarOf(DesktopTraining.class);
        if (jar == null) return 0; // classes from a directory (an IDE, the tests): nothing to archive
        Set<String> packages = packages();
        ClassLoader loader = DesktopTraining.class.getClassLoader();
        int loaded = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/")) continue;
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                if (!wanted(className, packages)) continue;
                try {
                    Class.forName(className, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError skipped) {
                    // A class needing what this jar lacks (another platform's toolkit): the app never loads it.
                }
            }
        }
        return loaded;
    }

    /** The app's own classes, and those of the listed packages (not their sub-packages: each is listed). */
    static boolean wanted(String className, Set<String> packages) {
        if (className.equals("module-info") || className.endsWith(".module-info")) return false;
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        return pkg.equals("dev.faultline.app") || pkg.startsWith("dev.faultline.app.") || packages.contains(pkg);
    }

    /** The packages of {@code training-packages.txt}: one a line, {@code #} starts a comment. */
    static Set<String> packages() {
        try (InputStream in = DesktopTraining.class.getResourceAsStream(PACKAGES)) {
            if (in == null) return Set.of();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            return lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jarOf(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path path = Path.of(source.getLocation().toURI());
            return path.toString().endsWith(".jar") ? path : null;
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
