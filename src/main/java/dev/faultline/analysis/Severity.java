package dev.faultline.analysis;

/** How much a finding matters; ordered from most to least severe. {@code --fail-on} compares against it. */
public enum Severity {
    ERROR, WARNING, INFO;

    /**
     * Made once: the JSON writes it for every finding (issue #18: 83,000 at 50,000 nodes), and it recognises a string
     * already encoded by identity, which a new string each time never is.
     */
    private final String id = name().toLowerCase(java.util.Locale.ROOT);

    public String id() {
        return id;
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
