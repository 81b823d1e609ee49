package dev.faultline.analysis;

/** How much a finding matters; ordered from most to least severe. {@code --fail-on} compares against it. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
