package dev.faultline.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * A team that owns nodes. Its bus factor is the number of members. {@code members} is null when the file does not
 * say who is in the team (an import from a catalog without its people): unknown, which is not a team of nobody, so
 * the analysis must not call it a knowledge silo. A declared empty list is a team of nobody (bus factor 0).
 */
public record Team(String id, String name, List<String> members, SourcePosition position) {
    public Team {
        members = members == null ? null : List.copyOf(members);
        name = name == null || name.isBlank() ? id : name;
    }

    public Team(String id, List<String> members) {
        this(id, id, members, SourcePosition.UNKNOWN);
    }

    /** The declared people; empty when undeclared too, so ask {@link #membersDeclared()} before reading "nobody". */
    @Override
    public List<String> members() {
        return members == null ? List.of() : members;
    }

    public boolean membersDeclared() {
        return members != null;
    }

    /** len(members), or empty when the members are not declared. */
    public OptionalInt busFactor() {
        return members == null ? OptionalInt.empty() : OptionalInt.of(members.size());
    }
}
