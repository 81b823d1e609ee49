package dev.faultline.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers legend entries as styles are used, so the legend shows exactly what the scene draws: nothing unused,
 * nothing missing. Sections come out in a fixed reading order (kinds, fills, groups, lines, markers); within a
 * section, entries keep the order they were first used in, except kinds, which follow the Kind enum.
 */
final class LegendCollector {
    private enum Section { KINDS, FILLS, GROUPS, LINES, MARKERS }

    private final Map<Section, Map<String, LegendEntry>> sections = new EnumMap<>(Section.class);

    LegendCollector() {
        for (Section s : Section.values()) sections.put(s, new LinkedHashMap<>());
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
        all.addAll(sections.get(Section.FILLS).values());
        all.addAll(sections.get(Section.GROUPS).values());
        all.addAll(sections.get(Section.LINES).values());
        sections.get(Section.MARKERS).values().stream()
                .sorted(java.util.Comparator.comparing(LegendEntry::swatch)).forEach(all::add);
        return all;
    }
}
