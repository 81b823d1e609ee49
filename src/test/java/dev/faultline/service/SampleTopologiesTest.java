package dev.faultline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.DomainSpof;
import dev.faultline.analysis.Finding;
import dev.faultline.io.LoadResult;
import dev.faultline.io.yaml.Problem;
import dev.faultline.model.Dependency;
import dev.faultline.model.FlowSource;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.State;

/**
 * The bundled samples are what a new user sees first, and each one's header comment promises what Faultline finds
 * in it. These tests keep the files valid and the promises true.
 */
class SampleTopologiesTest {
    private static final Path SAMPLES = Path.of("sample-topologies");
    private static final Path BROKEN = Path.of("docs", "examples", "broken");
    private final FaultlineService service = new FaultlineService();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Stream<Path> brokenExamples() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    private Topology load(String name) {
        LoadResult r = service.load(SAMPLES.resolve(name));
        assertTrue(r.ok(), () -> name + ": " + r.problems().stream().map(Problem::format).toList());
        return r.topology().orElseThrow();
    }

    private AnalysisReport analyze(String name) {
        return service.analyze(load(name));
    }

    private static Set<String> rules(AnalysisReport r) {
        return r.findings().stream().map(Finding::rule).collect(Collectors.toSet());
    }

    private static List<String> domainLabels(AnalysisReport r) {
        return r.domainSpofs().stream().map(DomainSpof::label).toList();
    }

    @Test
    void theSixSamplesAreThere() throws IOException {
        List<String> names = samples().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("online-shop.yaml", "payments-two-regions.yaml", "saas-on-kafka.yaml",
                "media-behind-cdn.yaml", "startup-one-database.yaml", "topology-without-flows.yaml")), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.contains("broken")), "broken demos live under docs/examples");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleLoadsWithoutErrorsOrStrayWarnings(Path file) {
        LoadResult r = service.load(file);
        assertTrue(r.ok(), () -> r.problems().stream().map(Problem::format).toList().toString());
        Topology t = r.topology().orElseThrow();
        if (t.flowSource() == FlowSource.ROOTS) {
            assertEquals(1, r.warnings().size(), "only the root-node warning");
        } else {
            assertEquals(List.of(), r.warnings().stream().map(Problem::format).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleOpensWithACommentSayingWhatToExpect(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("# "), "starts with a comment block");
        List<String> header = lines.stream().takeWhile(l -> l.startsWith("#")).toList();
        assertTrue(header.size() >= 8, "a real explanation, not a one-liner");
        assertTrue(header.stream().anyMatch(l -> l.contains("What Faultline should find")), "says what to expect");
    }

    @ParameterizedTest
    @MethodSource("brokenExamples")
    void everyBrokenExampleIsRefused(Path file) {
        LoadResult r = service.load(file);
        assertFalse(r.ok());
        assertFalse(r.errors().isEmpty());
    }

    @Test
    void theBrokenExampleReportsEveryProblemWithItsLine() {
        LoadResult r = service.load(BROKEN.resolve("broken-example.yaml"));
        assertEquals(List.of(23, 26, 28, 29, 35), r.errors().stream().map(Problem::line).toList());
        assertEquals(List.of(36), r.warnings().stream().map(Problem::line).toList());
        assertTrue(r.errors().get(4).message().contains("did you mean 'orders-db'"));
    }

    @Test
    void theOtherBrokenExamplesReportWhatTheirHeadersList() {
        LoadResult version = service.load(BROKEN.resolve("wrong-version.yaml"));
        assertEquals(List.of(4), version.errors().stream().map(Problem::line).toList());
        LoadResult ranges = service.load(BROKEN.resolve("duplicates-and-ranges.yaml"));
        assertEquals(List.of(15, 17, 18, 19, 23, 27, 28), ranges.errors().stream().map(Problem::line).toList());
        assertTrue(ranges.errors().get(5).message().contains("did you mean 'web'"));
    }

    @Test
    void onlineShopIsCanvasSizedAndFindsWhatItsHeaderPromises() {
        Topology t = load("online-shop.yaml");
        assertTrue(t.nodes().size() >= 15 && t.nodes().size() <= 30, "15-30 nodes for the default canvas");
        AnalysisReport r = service.analyze(t);
        assertEquals(List.of("checkout", "fulfilment"), r.spof("orders-db").orElseThrow().flowsDown());
        assertEquals("no-spare-instance", r.spof("orders-db").orElseThrow().cause().id());
        assertEquals("single-zone:eu-west-1a", r.spof("session-cache").orElseThrow().cause().id());
        assertEquals("single-zone:eu-west-1a", r.spof("search-api").orElseThrow().cause().id());
        assertTrue(r.isSpof("tax-api") && r.isSpof("sendgrid") && r.isSpof("search-index"));
        assertFalse(r.isSpof("stripe"), "adyen is its fallback");
        assertFalse(r.isSpof("catalog-db"), "it has a standby");
        assertEquals(1, r.rankOf("catalog-db"), "yet it tops the blast radius");
        assertEquals(List.of("zone:eu-west-1a", "region:eu-west-1"), domainLabels(r));
        assertTrue(rules(r).containsAll(Set.of("deep-sync-chain", "unowned-critical", "knowledge-silo",
                "shared-datastore", "flow-without-slo", "external-without-fallback", "observability-gap")));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("latency-budget")
                && f.message().contains("latency budget of 200 ms")), "browse exceeds its latency budget");
        assertTrue(rules(r).containsAll(Set.of("hang-exceeds-budget", "timeout-inversion", "no-capacity-headroom",
                "retry-storm")), "the sample shows the latency and capacity findings");
    }

    @Test
    void paymentsDependOnOneRegionDespiteTwo() {
        Topology t = load("payments-two-regions.yaml");
        AnalysisReport r = service.analyze(t);
        assertTrue(domainLabels(r).contains("region:us-east-1"));
        assertFalse(domainLabels(r).contains("region:us-west-2"));
        assertFalse(r.isSpof("ledger-db"));
        assertEquals(1, r.rankOf("ledger-db"));
        assertTrue(r.isSpof("fraud-features"));
        var east = service.simulate(t, Scenario.parse(List.of("region:us-east-1")));
        assertEquals(State.DOWN, east.flow("authorize"));
        assertNotEquals(State.DOWN, east.flow("dashboard"), "balance reads fall back to the west replica");
        assertNotEquals(State.DOWN, east.node("tokenization-vault"), "hsm-west stands in for hsm-east");
    }

    @Test
    void paymentsCardDataLeavesTheUsOnlyThroughTheBackupAcquirerAndWebhooks() {
        AnalysisReport r = analyze("payments-two-regions.yaml");
        List<List<String>> failover = r.findings().stream().filter(f -> f.rule().equals("residency-failover"))
                .map(f -> f.nodes()).toList();
        assertEquals(List.of(List.of("payments-service", "acquirer-backup")), failover, "the EU backup acquirer");
        List<List<String>> flow = r.findings().stream().filter(f -> f.rule().equals("residency-flow"))
                .map(f -> f.nodes()).toList();
        assertEquals(List.of(List.of("webhook-dispatcher", "merchant-endpoints")), flow);
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("residency-placement")), "all zones are US");
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("compliance-scope")
                && f.nodes().equals(List.of("payments-api", "payments-service", "tokenization-vault"))), "pan scope");
        assertEquals(66375.0, r.cost().total(), "every node is priced by its monthly-cost tag");
        assertEquals(List.of(), r.cost().unpriced());
    }

    @Test
    void saasOnKafkaHasQuorumsThatHoldAndACycle() {
        AnalysisReport r = analyze("saas-on-kafka.yaml");
        assertFalse(r.isSpof("kafka/brokers"));
        assertFalse(r.isSpof("kafka/zookeeper"));
        assertEquals(1, r.rankOf("kafka/zookeeper"));
        assertTrue(r.isSpof("kafka/schema-registry"));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("sync-cycle")
                && f.nodes().containsAll(List.of("accounts-service", "billing-service"))));
    }

    @Test
    void mediaSiteSurvivesOneCdnAndReadsWithoutTheCms() {
        Topology t = load("media-behind-cdn.yaml");
        AnalysisReport r = service.analyze(t);
        assertFalse(r.isSpof("cdn-fastly"));
        assertEquals(List.of("publish"), r.spof("cms-db").orElseThrow().flowsDown());
        assertTrue(r.isSpof("drm-license"));
        var fastly = service.simulate(t, Scenario.parse(List.of("cdn-fastly")));
        assertEquals(State.DEGRADED, fastly.flow("read-article"));
    }

    @Test
    void startupHangsOffOneDatabase() {
        AnalysisReport r = analyze("startup-one-database.yaml");
        assertEquals(List.of("background-jobs", "reporting", "signup", "subscribe"),
                r.spof("main-db").orElseThrow().flowsDown().stream().sorted().toList());
        assertEquals(1, r.rankOf("main-db"));
        assertTrue(rules(r).containsAll(Set.of("sync-cycle", "unowned-critical", "knowledge-silo")));
    }

    @Test
    void topologyWithoutFlowsUsesTheRootNodes() {
        Topology t = load("topology-without-flows.yaml");
        assertEquals(FlowSource.ROOTS, t.flowSource());
        assertEquals(List.of("ci-runners", "etcd-backup", "grafana"), t.flows().stream().map(f -> f.id()).sorted()
                .toList());
        AnalysisReport r = service.analyze(t);
        assertEquals("single-zone:fra-dc1", r.spof("etcd").orElseThrow().cause().id(), "3 members over 2 halls");
    }

    /** Across the set, every feature of the format is exercised at least once. */
    @Test
    void theSetUsesEveryFeature() throws IOException {
        List<Topology> all = new ArrayList<>();
        for (Path p : samples().toList()) all.add(service.load(p).topology().orElseThrow());
        List<Node> nodes = all.stream().flatMap(t -> t.nodes().stream()).toList();
        List<Dependency> deps = all.stream().flatMap(t -> t.dependencies().stream()).toList();

        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        nodes.forEach(n -> kinds.add(n.kind()));
        assertEquals(EnumSet.allOf(Kind.class), kinds, "every kind appears");
        assertTrue(nodes.stream().anyMatch(n -> n.replicas() == 3 && n.minHealthy() == 2), "a 3-node quorum");
        assertTrue(nodes.stream().anyMatch(n -> n.team() == null && n.kind() != Kind.EXTERNAL), "an unowned node");
        assertTrue(nodes.stream().anyMatch(n -> n.tags().containsKey("monthly-cost")), "monthly-cost tags");
        assertTrue(nodes.stream().anyMatch(n -> n.latencyMs() != null), "latencyMs");
        assertTrue(nodes.stream().anyMatch(n -> n.slo() != null), "node slo");
        assertTrue(nodes.stream().anyMatch(n -> !n.observability().contains("traces")
                && n.kind() != Kind.EXTERNAL), "observability gaps");
        assertTrue(all.stream().anyMatch(t -> t.teams().stream().anyMatch(team -> team.members().size() == 1)));
        assertTrue(all.stream().anyMatch(t -> !t.regions().isEmpty()), "zones with regions");
        assertTrue(deps.stream().anyMatch(d -> d.mode() == Mode.ASYNC), "async");
        assertTrue(deps.stream().anyMatch(d -> !d.required()), "soft");
        assertTrue(deps.stream().anyMatch(d -> !d.fallback().isEmpty()), "fallback");
        assertTrue(deps.stream().anyMatch(d -> d.timeoutMs() != null), "timeoutMs");
        assertTrue(deps.stream().anyMatch(d -> Boolean.TRUE.equals(d.circuitBreaker())), "circuitBreaker");
        assertTrue(all.stream().flatMap(t -> t.flows().stream()).anyMatch(f -> !f.via().isEmpty()), "via");
        assertTrue(all.stream().flatMap(t -> t.flows().stream()).anyMatch(f -> f.latencyBudgetMs() != null));
        assertTrue(all.stream().flatMap(t -> t.flows().stream()).anyMatch(f -> f.slo() != null), "flow slo");
        assertTrue(all.stream().flatMap(t -> t.flows().stream()).anyMatch(f -> !f.implicit() && f.slo() == null),
                "a declared flow without an SLO");
    }
}
