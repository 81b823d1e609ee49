package dev.faultline.analysis.fix;

import java.util.List;

/** A proposed fix before it is checked: a title people read and the {@code whatif} edits that carry it out. */
public record FixCandidate(String title, List<String> edits) {
    public FixCandidate {
        edits = List.copyOf(edits);
    }
}
