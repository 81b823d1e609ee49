package dev.faultline.io.yaml;

import dev.faultline.model.SourcePosition;

/**
 * A scalar as written: its raw text, what YAML resolved it to, and (for numbers) the parsed value.
 * Text fields use the raw text, so {@code id: 1.10} stays "1.10" rather than becoming a double.
 */
public record YamlScalar(String text, Type type, Number number, long pos) implements YamlNode {

    @Override
    public SourcePosition at() {
        return Positions.of(pos);
    }

    public enum Type { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    /** An empty plain value ({@code team:}) means "not given", like YAML's null. */
    public boolean isAbsent() {
        return type == Type.NULL || (type == Type.STRING && text.isEmpty());
    }

    @Override
    public String describe() {
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
    }
}
