package dev.faultline.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.app.AppFixtures;
import dev.faultline.model.Topology;

/** The node card's categories, without a toolkit. */
class NodeCardModelTest {
    private final Topology shop = AppFixtures.shop();
    private final AnalysisReport report = new Analyzer().analyze(shop);

    private String categoryOf(List<NodeCardModel.Property> props, String name) {
        return props.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().category();
    }

    @Test
    void everyDetailsRowLandsInTheCategoryAReviewerLooksIn() {
        List<NodeCardModel.Property> props = NodeCardModel.properties(shop, report, null, "orders-db");
        assertEquals(DetailsModel.rows(shop, report, null, "orders-db").size(), props.size(), "nothing dropped");
        assertEquals("Risk", categoryOf(props, "SPOF"));
        assertTrue(props.stream().filter(p -> p.name().equals("SPOF")).findFirst().orElseThrow().value()
                .startsWith("yes"));
        assertEquals("Redundancy", categoryOf(props, "replicas"));
        assertEquals("Redundancy", categoryOf(props, "zones"));
        assertEquals("Ownership", categoryOf(props, "team"));
        assertEquals("Identity", categoryOf(props, "kind"));
        assertEquals("Dependencies", categoryOf(props, "needed by"));
        assertTrue(props.stream().allMatch(p -> NodeCardModel.CATEGORIES.contains(p.category())));
        assertTrue(props.stream().anyMatch(p -> p.name().equals("advice") && p.category().equals("Risk")),
                "the SPOF's recommendation is in Risk, named to fit the sheet");
    }
}
