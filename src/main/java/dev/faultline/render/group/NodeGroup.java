package dev.faultline.render.group;

import java.util.List;

/** One group of the semantic zoom: a stable id, the name drawn on its block, and its members in file order. */
public record NodeGroup(String id, String label, List<String> members) {
    public NodeGroup {
        members = List.copyOf(members);
    }
}
