package dev.faultline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.faultline.export.ExportFixtures;
import dev.faultline.model.Topology;
import dev.faultline.simulation.NodeLossOutcome;

class HeatScaleTest {
    @Test
    void bucketsCutAtZeroAndEachQuarter() {
        assertEquals(0, HeatScale.bucket(0));
        assertEquals(1, HeatScale.bucket(0.01));
        assertEquals(1, HeatScale.bucket(0.25));
        assertEquals(2, HeatScale.bucket(0.26));
        assertEquals(2, HeatScale.bucket(0.5));
        assertEquals(3, HeatScale.bucket(0.75));
        assertEquals(4, HeatScale.bucket(0.76));
        assertEquals(4, HeatScale.bucket(1));
        assertEquals("blast radius: 50-75% of flows", HeatScale.label(3));
    }

    @Test
    void degradedFlowsCountHalfAndTheAnalysisAndTheSweepAgree() {
        Topology shop = ExportFixtures.shop();
        AnalysisReport analysis = ExportFixtures.analyse(shop);
        Map<String, Double> heat = HeatScale.of(analysis);
        NodeLossOutcome stripe = analysis.blastRadiusOf("stripe").orElseThrow();
        int flows = shop.flows().size();
        assertEquals((stripe.flowsDown().size() + 0.5 * stripe.flowsDegraded().size()) / flows, heat.get("stripe"));
        assertEquals(0.5, heat.get("stripe"), "1 down + 2 degraded of 4");
        assertEquals(heat, HeatScale.of(analysis.blastRadius(), flows), "what the app's chaos sweep computes");
        assertEquals(Map.of(), HeatScale.of(List.of(), 0));
    }
}
