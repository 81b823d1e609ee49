package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.State;

/**
 * Zones and regions: what losing each one does. The failure-domain SPOFs come from the analysis; the node counts come
 * from simulating each zone and region here (one linear pass each), so every domain is listed, safe ones too.
 */
final class FailureDomainSection {
    private FailureDomainSection() {
    }

    static Doc.Section build(ReportInput in) {
        AnalysisReport a = in.analysis();
        Topology t = a.topology();
        List<Doc.Block> blocks = new ArrayList<>();
        blocks.add(new Doc.Paragraph(Doc.Text.plain("A zone or region is a failure-domain single point of failure "
                + "when losing it alone takes a user flow down. Nodes that declare no zones are left out of these "
                + "scenarios: their placement is unknown.")));
        if (t.zones().isEmpty()) {
            blocks.add(new Doc.Paragraph(Doc.Text.of("The file declares no zones, so zone and region failures were not "
                    + "analysed. Declare zones (and regions) to see whether one data-centre outage can take users down.",
                    Doc.Style.MUTED)));
            return new Doc.Section("failure-domains", "Failure domains", blocks);
        }
        FailureEngine engine = new FailureEngine(t);
        List<List<Doc.Cell>> rows = new ArrayList<>();
        for (Zone z : t.zones()) {
            rows.add(row(a, "zone", z.id(), z.region(), engine.simulate(Scenario.of(FailureEvent.zone(z.id())))));
        }
        for (String r : t.regions()) {
            rows.add(row(a, "region", r, null, engine.simulate(Scenario.of(FailureEvent.region(r)))));
        }
        blocks.add(new Doc.Table(List.of("Domain", "Type", "Region", "Verdict", "Flows down", "Nodes down",
                "Nodes degraded"), List.of(false, false, false, false, false, true, true), rows, "domains"));
        return new Doc.Section("failure-domains", "Failure domains", blocks);
    }

    private static List<Doc.Cell> row(AnalysisReport a, String type, String id, String region, SimulationResult r) {
        boolean spof = a.domainSpofs().stream().anyMatch(d -> id.equals(type.equals("zone") ? d.zone() : d.region()));
        List<String> flowsDown = r.flowsIn(State.DOWN);
        return List.of(
                Doc.Cell.of(Doc.Text.code(id)),
                Doc.Cell.of(type),
                Doc.Cell.of(region == null ? Doc.Text.of("\u2014", Doc.Style.MUTED) : Doc.Text.code(region)),
                Doc.Cell.of(spof ? Doc.Text.of("SPOF", Doc.Style.SPOF)
                        : flowsDown.isEmpty() ? Doc.Text.of("survivable", Doc.Style.OK) : Doc.Text.plain("flows lost")),
                Doc.Cell.of(Doc.Text.codes(flowsDown)),
                Doc.Cell.number(r.nodesIn(State.DOWN).size(), 0),
                Doc.Cell.number(r.nodesIn(State.DEGRADED).size(), 0));
    }
}
