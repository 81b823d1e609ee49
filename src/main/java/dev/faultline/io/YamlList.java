package dev.faultline.io;

import java.util.List;

import dev.faultline.model.SourcePosition;

/** A YAML sequence. */
record YamlList(List<YamlNode> items, long pos) implements YamlNode {
    YamlList {
        items = List.copyOf(items);
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
