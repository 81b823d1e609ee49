package dev.faultline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The shared libraries JavaFX 21's Linux toolkit loads, checked before the toolkit starts: on a machine without
 * GTK the toolkit itself only says "Unable to load glass GTK library" (with stack traces), which does not tell anyone
 * what to install. The lists come from {@code readelf -d} on the {@code .so} files of javafx-graphics 21.0.11 (linux):
 * {@code libglassgtk3.so} needs GTK 3 and libXtst; {@code libprism_es2.so} needs libGL and libXxf86vm, but without
 * those the toolkit falls back to software rendering, so they are recommended rather than required.
 */
final class DesktopLibraries {
    /** Library file name to the Debian/Ubuntu package that ships it; without these the window cannot open. */
    static final Map<String, String> REQUIRED = ordered(
            "libgtk-3.so.0", "libgtk-3-0",
            "libgdk-3.so.0", "libgtk-3-0",
            "libXtst.so.6", "libxtst6",
            "libX11.so.6", "libx11-6");
    /** Hardware-accelerated rendering; installed alongside the required ones when we ask for an install anyway. */
    static final Map<String, String> RECOMMENDED = ordered(
            "libGL.so.1", "libgl1",
            "libXxf86vm.so.1", "libxxf86vm1");
    /** Every package above, for when the toolkit failed and we cannot tell which library was the cause. */
    static final String INSTALL_ALL = "sudo apt install libgtk-3-0 libxtst6 libgl1 libxxf86vm1";

    /** Where the dynamic linker looks besides its cache and LD_LIBRARY_PATH (ld.so's trusted directories). */
    private static final List<String> DEFAULT_DIRS = List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64");
    private static final List<String> LDCONFIG = List.of("/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig");

    private DesktopLibraries() {
    }

    /**
     * The message to print instead of starting the toolkit, or empty when nothing required is missing.
     * {@code installed} answers "can the dynamic linker find this library file?".
     */
    static Optional<String> missingMessage(Predicate<String> installed) {
        List<String> missing = REQUIRED.keySet().stream().filter(installed.negate()).toList();
        if (missing.isEmpty()) return Optional.empty();
        Set<String> packages = new LinkedHashSet<>();
        missing.forEach(lib -> packages.add(REQUIRED.get(lib)));
        RECOMMENDED.forEach((lib, pkg) -> {
            if (!installed.test(lib)) packages.add(pkg);
        });
        return Optional.of("faultline: the desktop app needs GTK 3, which this machine lacks (missing "
                + String.join(", ", missing) + "). On Debian/Ubuntu install it with:\n"
                + "    sudo apt install " + String.join(" ", packages) + "\n"
                + "then run the same command again.");
    }

    /** What to say when the toolkit failed to start although the check passed (or could not run). */
    static Optional<String> hintFor(String toolkitError) {
        String error = toolkitError == null ? "" : toolkitError.toLowerCase(Locale.ROOT);
        boolean nativeLibraries = error.contains("gtk") || error.contains("glass") || error.contains("pipeline")
                || error.contains("quantumrenderer");
        return nativeLibraries ? Optional.of("The desktop app needs GTK 3; on Debian/Ubuntu: " + INSTALL_ALL)
                : Optional.empty();
    }

    /**
     * The libraries this machine's dynamic linker can find: its cache ({@code ldconfig -p}) plus the files in
     * LD_LIBRARY_PATH and the default directories. Empty when this is not Linux or ldconfig cannot be run: then
     * we cannot tell, and leave it to the toolkit.
     */
    static Optional<Predicate<String>> onThisMachine() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) return Optional.empty();
        Optional<Set<String>> cached = ldconfigCache();
        if (cached.isEmpty()) return Optional.empty();
        List<Path> dirs = new ArrayList<>();
        String path = System.getenv("LD_LIBRARY_PATH");
        if (path != null) for (String dir : path.split(":")) if (!dir.isBlank()) dirs.add(Path.of(dir));
        DEFAULT_DIRS.forEach(dir -> dirs.add(Path.of(dir)));
        Set<String> known = cached.get();
        return Optional.of(lib -> known.contains(lib) || dirs.stream().anyMatch(d -> Files.exists(d.resolve(lib))));
    }

    /** Library names from {@code ldconfig -p}, whose lines read {@code "\tlibX11.so.6 (libc6,x86-64) => /..."}. */
    static Set<String> parseLdconfig(List<String> lines) {
        Set<String> names = new HashSet<>();
        for (String line : lines) {
            String trimmed = line.strip();
            int arrow = trimmed.indexOf(" => ");
            if (arrow < 0) continue;
            int space = trimmed.indexOf(' ');
            names.add(trimmed.substring(0, space));
        }
        return names;
    }

    private static Optional<Set<String>> ldconfigCache() {
        for (String command : LDCONFIG) {
            try {
                Process process = new ProcessBuilder(command, "-p").redirectErrorStream(true).start();
                List<String> lines;
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    lines = out.lines().toList();
                }
                if (process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    Set<String> names = parseLdconfig(lines);
                    if (!names.isEmpty()) return Optional.of(names);
                }
            } catch (IOException e) {
                // Not at this path (a normal user's PATH often lacks /sbin): try the next.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
        return map;
    }
}
