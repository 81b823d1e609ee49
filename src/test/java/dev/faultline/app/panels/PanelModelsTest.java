package dev.faultline.app.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.app.AppFixtures;
import dev.faultline.model.Topology;
import dev.faultline.simulation.FailureEngine;
import dev.faultline.simulation.FailureEvent;
import dev.faultline.simulation.Scenario;

/** The findings grouping and the details rows, without a toolkit. */
class PanelModelsTest {
    private final Topology shop = AppFixtures.shop();
    private final AnalysisReport report = new Analyzer().analyze(shop);

    @Test
    void findingsStartWithSpofsThenFailureDomains() {
        List<FindingEntry> groups = FindingsModel.groups(report);
        assertTrue(groups.get(0).text().startsWith("Single points of failure (" + report.spofs().size() + ")"));
        assertEquals(report.spofs().stream().map(s -> s.node()).toList(),
                groups.get(0).children().stream().map(FindingEntry::nodeId).toList());
        assertTrue(groups.get(0).children().stream().allMatch(c -> c.detail() != null && !c.detail().isBlank()),
                "every SPOF carries a recommendation");
        assertTrue(groups.get(1).text().startsWith("Failure domains"));
        assertTrue(groups.stream().skip(2).flatMap(g -> g.children().stream())
                .noneMatch(c -> c.text().startsWith("[spof]")), "SPOF findings are not listed twice");
    }

    @Test
    void detailsDescribeTheNodeItsDependenciesAndBlastRadius() {
        Map<String, String> rows = DetailsModel.rows(shop, report, null, "api").stream()
                .collect(Collectors.toMap(DetailsModel.Row::key, DetailsModel.Row::value, (a, b) -> a));
        assertEquals("service", rows.get("kind"));
        assertEquals("storefront (2 members)", rows.get("team"));
        assertEquals("2 (min healthy 1)", rows.get("replicas"));
        assertEquals("orders-db, cache (soft), stripe or adyen, events (async)", rows.get("depends on"));
        assertEquals("web", rows.get("needed by"));
        assertTrue(rows.get("blast radius").startsWith("#" + report.rankOf("api") + " of 7"), rows.get("blast radius"));
        assertEquals("no", rows.get("SPOF"));
    }

    @Test
    void aLongListNamesItsFirstItemsAndSaysHowManyMore() {
        // A hub's hundreds of dependents: the panel's label stays short enough to lay out on a click (issue #13).
        List<String> callers = java.util.stream.IntStream.range(0, 791).mapToObj(i -> "svc-" + i).toList();
        String value = DetailsModel.list(callers);
        assertTrue(value.startsWith("svc-0, svc-1, "), value);
        assertTrue(value.endsWith("svc-" + (DetailsModel.LIST_LIMIT - 1) + " … and " + (791 - DetailsModel.LIST_LIMIT)
                + " more"), value);
        assertEquals(DetailsModel.LIST_LIMIT, value.split(", ").length);
        List<String> exactly = callers.subList(0, DetailsModel.LIST_LIMIT);
        assertEquals(String.join(", ", exactly), DetailsModel.list(exactly), "a list at the limit is whole");
        assertEquals("—", DetailsModel.list(List.of()));
    }

    @Test
    void detailsShowTheSimulatedStateAndWhy() {
        var sim = new FailureEngine(shop).simulate(Scenario.of(FailureEvent.node("orders-db")));
        Map<String, String> rows = DetailsModel.rows(shop, report, sim, "api").stream()
                .collect(Collectors.toMap(DetailsModel.Row::key, DetailsModel.Row::value, (a, b) -> a));
        assertEquals("DOWN — needs orders-db, which is DOWN", rows.get("state"));
        Map<String, String> db = DetailsModel.rows(shop, report, null, "orders-db").stream()
                .collect(Collectors.toMap(DetailsModel.Row::key, DetailsModel.Row::value, (a, b) -> a));
        assertEquals("yes — no spare instance", db.get("SPOF"));
    }

    @Test
    void theLoadsUnderAScenarioAreComputedOncePerScenarioAndAreTheAnalysisLoads() {
        FailureEngine engine = new FailureEngine(shop);
        var first = engine.simulate(Scenario.of(FailureEvent.node("cache")));
        var loads = DetailsModel.loadsUnder(shop, first);
        assertEquals(dev.faultline.analysis.capacity.CapacityAnalysis.under(shop, first), loads);
        org.junit.jupiter.api.Assertions.assertSame(loads, DetailsModel.loadsUnder(shop, first),
                "selecting another node under the same scenario reuses the pass");
        var second = engine.simulate(Scenario.of(FailureEvent.node("orders-db")));
        assertEquals(dev.faultline.analysis.capacity.CapacityAnalysis.under(shop, second),
                DetailsModel.loadsUnder(shop, second), "a new scenario gets its own loads");
    }
}
