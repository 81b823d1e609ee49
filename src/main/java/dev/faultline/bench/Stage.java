package dev.faultline.bench;

import java.util.Locale;

/** The stages of {@code faultline bench}, in the order they run; {@code --stages} names them by {@link #id()}. */
public enum Stage {
    PARSE("parse", "parse only (floor)"),
    LOAD("load", "load + validate"),
    SCENARIO("scenario", "one scenario"),
    ANALYSIS("analysis", "full analysis"),
    LAYOUT("layout", "layout"),
    SVG("svg", "layout + SVG export"),
    LATENCY_LOAD("latency", "latency + load figures"),
    REHEARSAL("rehearsal", "capacity headroom rehearsal");

    private final String label;
    private final String id;

    Stage(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The short name {@code --stages} takes. */
    public String id() {
        return id;
    }

    /** The row label of the table in docs/performance.md. */
    public String label() {
        return label;
    }

    /** The stage named {@code id} (case-insensitive). */
    public static Stage of(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (Stage s : values()) {
            if (s.id.equals(wanted)) return s;
        }
        throw new IllegalArgumentException("unknown stage '" + id + "'; stages are " + ids());
    }

    /** "parse, load, scenario, ...": for help and error messages. */
    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (Stage s : values()) sb.append(sb.length() == 0 ? "" : ", ").append(s.id);
        return sb.toString();
    }
}
