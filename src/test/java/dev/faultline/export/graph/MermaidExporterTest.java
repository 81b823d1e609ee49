package dev.faultline.export.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.faultline.export.ExportFixtures;
import dev.faultline.export.Golden;
import dev.faultline.model.Topology;
import dev.faultline.render.Overlay;

class MermaidExporterTest {
    private static final Pattern NODE_LINE = Pattern.compile("^    (\\S+?)[\\[({>](.*)$");
    private static final Pattern EDGE_LINE = Pattern.compile("^    (n\\d+) (-->|==>|-\\.->)(\\|[^|]*\\|)? (n\\d+)$");
    private final MermaidExporter exporter = new MermaidExporter();

    @Test
    void shopWithSpofOverlayMatchesGolden() {
        Golden.assertMatches("shop-spof.mmd",
                exporter.export(GraphExportInput.of(ExportFixtures.analyse(ExportFixtures.shop()), Overlay.SPOF)));
    }

    @Test
    void shopUnderScenarioMatchesGolden() {
        Topology shop = ExportFixtures.shop();
        Golden.assertMatches("shop-scenario.mmd", exporter.export(GraphExportInput.of(ExportFixtures.analyse(shop),
                Overlay.TEAMS).withSimulation(ExportFixtures.simulate(shop, "node:orders-db", "instance:web"))));
    }

    @Test
    void everyNodeGetsASafeIdAndEveryEdgeUsesThem() {
        Topology shop = ExportFixtures.shop();
        String mmd = exporter.export(GraphExportInput.of(shop));
        List<String> lines = mmd.lines().toList();
        long nodes = lines.stream().map(NODE_LINE::matcher).filter(Matcher::matches)
                .filter(m -> m.group(1).matches("n\\d+")).count();
        assertEquals(shop.nodes().size(), nodes);
        long edges = lines.stream().filter(l -> EDGE_LINE.matcher(l).matches()).count();
        assertEquals(shop.dependencies().stream().mapToInt(d -> 1 + d.fallback().size()).sum(), edges);
        assertTrue(mmd.contains("n5[(\"Orders DB<br/>orders-db · database\")]"), "database is a cylinder");
        assertTrue(mmd.contains("n6(\"Cart<br/>k8s:default/cart · service ×2\")"), "weird id kept in the label only");
        assertTrue(mmd.contains("n4 -.->|async| n9"), "async dotted");
        assertTrue(mmd.contains("n4 -.->|or| n12"), "fallback dotted with or");
    }

    @Test
    void teamsOverlayPutsEachTeamInATitledSubgraph() {
        String mmd = exporter.export(GraphExportInput.of(ExportFixtures.analyse(ExportFixtures.shop()), Overlay.TEAMS));
        assertTrue(mmd.contains("    subgraph t2 [\"Payments\"]\n        n4(\"⚠ Orders<br/>"), mmd);
        assertEquals(3, mmd.lines().filter(l -> l.equals("    end")).count());
        String hostile = exporter.export(GraphExportInput.of(ExportFixtures.hostile()).withOverlay(Overlay.TEAMS));
        assertTrue(hostile.contains("subgraph t1 [\"#60;b#62;bold#60;/b#62; #38; #60;script#62;"), hostile);
    }

    @Test
    void hostileLabelsCannotCloseTheLabelOrInjectMarkup() {
        String mmd = exporter.export(GraphExportInput.of(ExportFixtures.hostile()));
        for (String line : mmd.lines().toList()) {
            Matcher m = NODE_LINE.matcher(line);
            if (!m.matches() || !m.group(1).matches("n\\d+")) continue;
            String rest = m.group(2);
            int open = rest.indexOf('"');
            int close = rest.lastIndexOf('"');
            assertTrue(open >= 0 && close > open, line);
            String inside = rest.substring(open + 1, close);
            assertFalse(inside.contains("\""), "raw quote inside label: " + line);
            assertFalse(inside.replace("<br/>", "").matches(".*[<>`|].*"), "raw markup inside label: " + line);
        }
        assertTrue(mmd.contains("#60;script#62;alert(1)#60;/script#62;"), mmd);
        assertTrue(mmd.contains("#quot;onmouseover=alert(2) x=#quot;"), mmd);
        assertTrue(mmd.startsWith("---\ntitle: \"\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E | shop\"\n---\n"),
                "front-matter title is a quoted YAML string without tags");
    }

    @Test
    void graphsOverMermaidsLimitsSayWhy() {
        java.util.List<dev.faultline.model.Node> nodes = new java.util.ArrayList<>();
        java.util.List<dev.faultline.model.Dependency> deps = new java.util.ArrayList<>();
        for (int i = 0; i <= MermaidExporter.MERMAID_MAX_EDGES + 1; i++) {
            nodes.add(dev.faultline.model.Node.of("s" + i, dev.faultline.model.Kind.SERVICE, 2));
            if (i > 0) deps.add(dev.faultline.model.Dependency.sync("s" + (i - 1), "s" + i));
        }
        String big = exporter.export(GraphExportInput.of(Topology.of("big", nodes, deps)));
        assertTrue(big.contains("flowchart TD\n    %% 501 edges"), big.substring(0, 200));
        assertFalse(exporter.export(GraphExportInput.of(ExportFixtures.shop())).contains("%%"));
    }

    @Test
    void escapeUsesMermaidEntityCodes() {
        assertEquals("#quot;a#quot; #60;b#62; #38; #35;1 #96;x#96; #124;", MermaidExporter.escape("\"a\" <b> & #1 `x` |"));
    }
}
