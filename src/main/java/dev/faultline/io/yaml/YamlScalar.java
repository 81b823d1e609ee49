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

    /** A scalar made in code (an importer's interpolated or merged value): a string, or YAML null for null. */
    public static YamlScalar ofText(String valueOrNull, long pos) {
        return valueOrNull == null ? new YamlScalar("", Type.NULL, null, pos)
                : new YamlScalar(valueOrNull, Type.STRING, null, pos);
    }

    /** The text, or null for YAML null ({@code ~}, {@code null}, or nothing at all). */
    public String value() {
        return type == Type.NULL ? null : text;
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    /** An empty plain value ({@code team:}) means "not given", like YAML's null. */
    public boolean isAbsent() {
        return type == Type.NULL || (type == Type.STRING && text.isEmpty());
    }

    @Override
    public String describe() {
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
    }
}
