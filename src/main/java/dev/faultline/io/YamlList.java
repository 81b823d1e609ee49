package dev.faultline.io;

import java.util.List;

import dev.faultline.model.SourcePosition;

/** A YAML sequence. */
record YamlList(List<YamlNode> items, SourcePosition at) implements YamlNode {
    YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
