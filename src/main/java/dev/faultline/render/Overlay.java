package dev.faultline.render;

/** What the diagram colours by. The same choice drives the canvas and every export. */
public enum Overlay {
    /** SPOFs and failure-domain SPOFs stand out; everything else plain. */
    SPOF,
    /** Colour by owning team, with cross-team dependencies heavier. */
    TEAMS,
    /** Colour by zone placement; zone groups drawn. */
    ZONES,
    /** Blast-radius heat from the chaos sweep. */
    HEAT,
    /** Plain diagram. */
    NONE,
    /** Colour by data class; dependencies that carry data out of its residency drawn as violations. */
    DATA,
    /** Latency heat: each node's L (its own work plus its sync calls), risk-model.md section 3. */
    LATENCY,
    /** Utilisation at peak (under the scenario when one runs), overloaded nodes marked; risk-model.md section 4. */
    LOAD,
    /**
     * Each node's share of one flow's unavailability (risk-model.md section 1): the focus flow when one is chosen,
     * else the least available flow. Only the flow's top contributors are coloured.
     */
    AVAILABILITY;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Overlay fromId(String id) {
        return valueOf(id.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
