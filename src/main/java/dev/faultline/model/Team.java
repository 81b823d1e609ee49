package dev.faultline.model;

import java.util.List;

/** A team that owns nodes. Its bus factor is the number of members. */
public record Team(String id, String name, List<String> members, SourcePosition position) {
    public Team {
        members = List.copyOf(members);
        name = name == null || name.isBlank() ? id : name;
    }

    public Team(String id, List<String> members) {
        this(id, id, members, SourcePosition.UNKNOWN);
    }

    public int busFactor() {
        return members.size();
    }
}
