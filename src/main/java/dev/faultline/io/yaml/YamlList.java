package dev.faultline.io.yaml;

import java.util.List;

import dev.faultline.model.SourcePosition;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, long pos) implements YamlNode {
    /** {@code items} is handed over by {@link YamlTreeReader} and never changed afterwards; not copied, for speed. */
    public YamlList {
        items = java.util.Collections.unmodifiableList(items);
    }

    @Override
    public SourcePosition at() {
        return Positions.of(pos);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
