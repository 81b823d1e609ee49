package dev.faultline.io.importer;

import dev.faultline.io.v1.TopologyNotes;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.model.Topology;

/** An imported topology and the report of how it was made. */
public record ImportResult(Topology topology, ImportReport report) {
    /** The topology as format-v1 YAML, with the report's notes as comments. */
    public String toYaml() {
        return new TopologyWriter().write(topology, notes());
    }

    public TopologyNotes notes() {
        return report.notes();
    }
}
