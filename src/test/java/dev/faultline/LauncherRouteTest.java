package dev.faultline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.Launcher.Route;

/** GUI-versus-CLI routing: what a desktop entry, a file manager and a shell user each pass to the launcher. */
class LauncherRouteTest {
    private static final Predicate<Path> NO_FILES = p -> false;

    private static Predicate<Path> filesAre(String... paths) {
        Set<Path> existing = Set.of(java.util.Arrays.stream(paths).map(Path::of).toArray(Path[]::new));
        return existing::contains;
    }

    @Test
    void noArgumentsOpenTheAppOnTheSample() {
        Route route = Launcher.route(new String[0], NO_FILES);
        assertTrue(route.desktop());
        assertNull(route.file());
    }

    @Test
    void guiWithAndWithoutAFile() {
        assertEquals(Route.desktopApp(null), Launcher.route(new String[]{"gui"}, NO_FILES));
        assertEquals(Route.desktopApp(Path.of("shop.yaml")), Launcher.route(new String[]{"gui", "shop.yaml"}, NO_FILES));
    }

    @Test
    void aLoneExistingYamlFileOpensTheApp() {
        assertEquals(Route.desktopApp(Path.of("/home/u/shop.yaml")),
                Launcher.route(new String[]{"/home/u/shop.yaml"}, filesAre("/home/u/shop.yaml")));
        assertEquals(Route.desktopApp(Path.of("a.faultline.yaml")),
                Launcher.route(new String[]{"a.faultline.yaml"}, filesAre("a.faultline.yaml")));
        assertEquals(Route.desktopApp(Path.of("SHOP.YML")),
                Launcher.route(new String[]{"SHOP.YML"}, filesAre("SHOP.YML")));
    }

    @Test
    void aMissingYamlFileIsLeftToTheCommandLineToReport() {
        assertFalse(Launcher.route(new String[]{"missing.yaml"}, NO_FILES).desktop());
    }

    @Test
    void commandsStayCommandsEvenWhenTheirFileExists() {
        Predicate<Path> all = p -> true;
        assertEquals(Route.commandLine(), Launcher.route(new String[]{"analyze", "shop.yaml"}, all));
        assertEquals(Route.commandLine(), Launcher.route(new String[]{"validate", "shop.yaml"}, all));
        assertEquals(Route.commandLine(), Launcher.route(new String[]{"--help"}, all));
        assertEquals(Route.commandLine(), Launcher.route(new String[]{"shop.yaml", "--format", "json"}, all));
    }

    @Test
    void anExistingFileThatIsNotYamlIsACommand() {
        assertEquals(Route.commandLine(), Launcher.route(new String[]{"notes.txt"}, filesAre("notes.txt")));
    }

    @Test
    void theRealFileCheckRefusesDirectoriesNamedLikeYaml(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("looks.yaml"));
        Path file = Files.writeString(dir.resolve("real.yaml"), "version: 1\n");
        assertFalse(Launcher.route(new String[]{folder.toString()}, Files::isRegularFile).desktop());
        assertTrue(Launcher.route(new String[]{file.toString()}, Files::isRegularFile).desktop());
    }
}
