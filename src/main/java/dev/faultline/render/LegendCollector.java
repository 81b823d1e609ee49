package dev.faultline.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers legend entries as styles are used, so the legend shows exactly what the scene draws: nothing unused,
 * nothing missing. Sections come out in a fixed reading order (kinds, fills, groups, lines, markers); within a
 * section, entries keep the order they were first used in, except kinds (Kind enum order), markers (enum order) and
 * fills given a rank (teams and zones in declaration order, heat by bucket; unranked fills such as "unowned" last).
 */
final class LegendCollector {
    private enum Section { KINDS, FILLS, GROUPS, LINES, MARKERS }

    private final Map<Section, Map<String, LegendEntry>> sections = new EnumMap<>(Section.class);

    LegendCollector() {
        for (Section s : Section.values()) sections.put(s, new LinkedHashMap<>());
    }

    private final Map<String, Integer> order = new HashMap<>();

    /** Uses an entry that sorts by {@code rank} within its section (team or zone declaration order, heat bucket). */
    void use(LegendEntry entry, int rank) {
        order.putIfAbsent(entry.swatch() + "|" + entry.label(), rank);
        use(entry);
    }

    void use(LegendEntry entry) {
        Section s = switch (entry.swatch()) {
            case KIND -> Section.KINDS;
            case FILL -> Section.FILLS;
            case GROUP -> Section.GROUPS;
            case LINE_SOLID, LINE_DASHED, LINE_FALLBACK -> Section.LINES;
            default -> Section.MARKERS;
        };
        sections.get(s).putIfAbsent(entry.swatch() + "|" + entry.label(), entry);
    }

    List<LegendEntry> entries() {
        List<LegendEntry> all = new ArrayList<>();
        sections.get(Section.KINDS).values().stream()
                .sorted(java.util.Comparator.comparing(LegendEntry::kind)).forEach(all::add);
        sections.get(Section.FILLS).entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> order.getOrDefault(e.getKey(), Integer.MAX_VALUE)))
                .forEach(e -> all.add(e.getValue()));
        all.addAll(sections.get(Section.GROUPS).values());
        all.addAll(sections.get(Section.LINES).values());
        sections.get(Section.MARKERS).values().stream()
                .sorted(java.util.Comparator.comparing(LegendEntry::swatch)).forEach(all::add);
        return all;
    }
}
