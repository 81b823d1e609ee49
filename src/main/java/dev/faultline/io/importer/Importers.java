package dev.faultline.io.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every importer, registered once: its format name as users type it, the other names it answers to, and how to make
 * one. {@code service.ImportService}, the command line's {@code import} and the app's File › Import… menu all offer
 * what this list holds, so a new importer is one line here.
 */
public final class Importers {
    /** One importable format. */
    public record Format(String name, List<String> aliases, Supplier<Importer> create) {
        public Format {
            aliases = List.copyOf(aliases);
        }

        boolean answersTo(String typed) {
            return name.equals(typed) || aliases.contains(typed);
        }
    }

    private static final List<Format> FORMATS = List.of(
            new Format("compose", List.of("docker-compose"), ComposeImporter::new),
            new Format("kubernetes", List.of("k8s"), KubernetesImporter::new),
            new Format("backstage", List.of(), BackstageImporter::new));

    private Importers() {
    }

    /** The format names in the order menus offer them; the first is the default. */
    public static List<String> names() {
        return FORMATS.stream().map(Format::name).toList();
    }

    /** A new importer for a format name or alias, in any case; empty for a format nobody registered. */
    public static Optional<Importer> forName(String typed) {
        String name = typed.toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(f -> f.answersTo(name)).findFirst().map(f -> f.create().get());
    }
}
