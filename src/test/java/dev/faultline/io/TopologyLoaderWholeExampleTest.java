package dev.faultline.io;

import static dev.faultline.io.LoaderAssertions.assertLoads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.FlowSource;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Topology;

/** The contract's whole example (plus the 'adyen' node its fallback names) loads into the expected model. */
class TopologyLoaderWholeExampleTest {
    private static LoadResult result;
    private static Topology topology;

    @BeforeAll
    static void load() {
        result = LoaderAssertions.parse(LoaderAssertions.fixture("whole-example.yaml"));
        assertLoads(result);
        topology = result.topology().orElseThrow();
    }

    @Test
    void loadsWithoutAnyProblem() {
        assertTrue(result.problems().isEmpty(), LoaderAssertions.describe(result));
        assertEquals("Online shop", topology.name());
        assertEquals("Checkout path of the shop, as deployed in 2026.", topology.description().orElseThrow());
    }

    @Test
    void nodesKeepEveryField() {
        Node web = topology.requireNode("web");
        assertEquals("Web frontend", web.name());
        assertEquals(Kind.SERVICE, web.kind());
        assertEquals("storefront", web.team());
        assertEquals(3, web.replicas());
        assertEquals(1, web.minHealthy());
        assertEquals(List.of("eu-west-1a", "eu-west-1b"), web.zones());
        assertTrue(web.entrypoint());
        assertEquals(0.999, web.slo());
        assertEquals(0.995, web.availability());
        assertEquals(20, web.latencyMs());
        assertEquals(List.of("metrics", "logs", "traces"), web.observability());
        assertEquals(Map.of("cost-center", "web", "monthly-cost", 1200L), web.tags());
        assertEquals(new SourcePosition(19, 5), web.position());
    }

    @Test
    void defaultsApply() {
        Node stripe = topology.requireNode("stripe");
        assertEquals(Kind.EXTERNAL, stripe.kind());
        assertEquals(1, stripe.replicas());
        assertEquals(1, stripe.minHealthy());
        assertTrue(stripe.zones().isEmpty());
        assertFalse(stripe.entrypoint());
        assertNull(stripe.team());
        assertEquals("stripe", stripe.name());
        assertEquals(Kind.DATABASE, topology.requireNode("orders-db").kind());
    }

    @Test
    void teamsAndZones() {
        assertEquals(List.of("ana", "bo", "chen"), topology.team("storefront").orElseThrow().members());
        assertEquals("Storefront team", topology.team("storefront").orElseThrow().name());
        assertEquals(1, topology.team("payments").orElseThrow().busFactor().getAsInt());
        assertEquals("eu-west-1", topology.zone("eu-west-1b").orElseThrow().region());
        assertEquals(List.of("eu-west-1"), topology.regions());
    }

    @Test
    void dependenciesWithFallback() {
        Dependency db = topology.dependencies().get(0);
        assertEquals("web -> orders-db", db.label());
        assertEquals(Mode.SYNC, db.mode());
        assertTrue(db.required());
        Dependency payment = topology.dependencies().get(1);
        assertEquals(List.of("adyen"), payment.fallback());
        assertEquals(800, payment.timeoutMs());
        assertEquals(Boolean.TRUE, payment.circuitBreaker());
        assertNull(payment.retries());
    }

    @Test
    void declaredFlows() {
        assertEquals(FlowSource.DECLARED, topology.flowSource());
        Flow checkout = topology.flow("checkout").orElseThrow();
        assertEquals("Checkout", checkout.name());
        assertEquals("web", checkout.entry());
        assertEquals(List.of("orders-db", "stripe"), checkout.via());
        assertEquals(0.9995, checkout.slo());
        assertEquals(400, checkout.latencyBudgetMs());
        assertFalse(checkout.implicit());
    }

    @Test
    void loadingTwiceGivesEqualResults() {
        LoadResult again = new TopologyLoader().parse(LoaderAssertions.fixture("whole-example.yaml"), null);
        assertEquals(topology.nodes(), again.topology().orElseThrow().nodes());
        assertEquals(topology.dependencies(), again.topology().orElseThrow().dependencies());
    }

    @Test
    void otherFixturesLoadCleanly() {
        for (String name : List.of("minimal.yaml", "kubernetes-style-ids.yaml")) {
            LoadResult other = LoaderAssertions.parse(LoaderAssertions.fixture(name));
            assertLoads(other);
            assertTrue(other.problems().isEmpty(), () -> name + ":\n" + LoaderAssertions.describe(other));
        }
        Topology k8s = LoaderAssertions.parse(LoaderAssertions.fixture("kubernetes-style-ids.yaml")).topology().orElseThrow();
        Node cart = k8s.requireNode("k8s:default/cart");
        assertEquals(2, cart.minHealthy());
        assertEquals(Map.of("namespace", "default", "replicas-max", 10L, "ratio", 0.5), cart.tags());
        assertEquals(List.of("ana", "007"), k8s.team("cart-team").orElseThrow().members());
        assertFalse(k8s.dependencies().get(0).required());
        assertEquals(Mode.ASYNC, k8s.dependencies().get(1).mode());
    }
}
