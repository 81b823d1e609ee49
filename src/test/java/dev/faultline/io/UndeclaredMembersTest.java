package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.export.json.AnalysisJson;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.io.v1.TopologyWriter;

/** "members" left out means "not known"; "members: []" means nobody (the contract's bus factor len(members) = 0). */
class UndeclaredMembersTest {
    private static final String FILE = """
            faultline: 1
            name: teams
            teams:
              - id: unknown
              - id: nobody
                members: []
              - id: blank
                members:
            nodes:
              - {id: web, entrypoint: true, team: unknown}
              - {id: db, team: nobody}
            dependencies:
              - {from: web, to: db}
            """;

    private static Topology load() {
        LoadResult r = new TopologyLoader().parse(FILE, Path.of("teams.yaml"));
        assertTrue(r.problems().isEmpty(), () -> r.problems().toString());
        return r.topology().orElseThrow();
    }

    @Test
    void aMissingOrEmptyMembersKeyIsUndeclaredAndAnEmptyListIsDeclared() {
        Topology t = load();
        assertEquals(List.of(false, true, false), t.teams().stream().map(Team::membersDeclared).toList());
        assertEquals(0, t.team("nobody").orElseThrow().busFactor().getAsInt());
        assertTrue(t.team("unknown").orElseThrow().busFactor().isEmpty());
    }

    @Test
    void onlyTheDeclaredEmptyTeamIsAKnowledgeSiloAndJsonSaysNullForUnknown() {
        AnalysisReport report = new Analyzer().analyze(load());
        List<String> silos = report.findings().stream().filter(f -> f.rule().equals("knowledge-silo"))
                .flatMap(f -> f.nodes().stream()).toList();
        assertEquals(List.of("db"), silos);
        String json = AnalysisJson.render(report, List.of());
        assertTrue(json.contains("\"team\": \"unknown\",\n      \"members\": null"), json);
        assertTrue(json.contains("\"team\": \"nobody\",\n      \"members\": 0"), json);
        assertFalse(new TopologyWriter().write(load()).contains("- id: unknown\n    members"));
    }
}
