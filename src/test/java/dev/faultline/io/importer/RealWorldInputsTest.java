package dev.faultline.io.importer;

import static dev.faultline.io.importer.Fixtures.node;
import static dev.faultline.io.importer.Fixtures.requireDependency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

/**
 * Every folder of {@code ../shared/real-world-inputs} (real files written by others) imports, with the services
 * visible in the files and the dependencies their configuration declares ({@link LoaderRoundTripTest} checks the
 * written files load back). Skipped only when that folder is absent (CI has it).
 */
class RealWorldInputsTest {
    static final Path INPUTS = RealWorldInputs.DIR;

    @BeforeAll
    static void inputsPresent() {
        RealWorldInputs.assumePresent();
    }

    static Stream<String> folders() throws IOException {
        if (!Files.isDirectory(INPUTS)) return Stream.of();
        try (Stream<Path> list = Files.list(INPUTS)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** Chooses the importer from what the folder holds; Compose base file first, then its override. */
    static ImportResult importFolder(String folder) throws IOException, ImportException {
        Path dir = INPUTS.resolve(folder);
        List<Path> yaml;
        try (Stream<Path> list = Files.list(dir)) {
            yaml = list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString().contains("override"))
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        }
        String first = Files.readString(yaml.get(0));
        Importer importer = yaml.get(0).getFileName().toString().startsWith("docker-compose") ? new ComposeImporter()
                : first.contains("backstage.io/") ? new BackstageImporter() : new KubernetesImporter();
        return importer.importFiles(new ArrayList<>(yaml));
    }

    @ParameterizedTest
    @MethodSource("folders")
    void everyFolderImportsDeterministically(String folder) throws Exception {
        ImportResult r = importFolder(folder);
        Topology t = r.topology();
        assertFalse(t.nodes().isEmpty());
        String yaml = r.toYaml();
        assertFalse(t.flows().isEmpty(), "something to analyse");
        assertTrue(yaml.startsWith("# Imported by Faultline from "), folder);
        assertEquals(yaml, importFolder(folder).toYaml(), "the same inputs give the same bytes");
    }

    @Test
    void sockShopSaysWhatIsNotWrittenDown() throws Exception {
        ImportResult r = importFolder("sock-shop");
        Topology t = r.topology();
        assertEquals(15, t.nodes().size());
        assertTrue(requireDependency(t, "user", "user-db").required(), "MONGO_HOST=user-db:27017");
        assertTrue(requireDependency(t, "user-sim", "edge-router").required(), "command -h edge-router");
        Dependency guessed = requireDependency(t, "orders", "orders-db");
        assertFalse(guessed.required(), "only the names link them");
        assertTrue(r.notes().forDependency("orders", "orders-db").get(0).startsWith("guessed from names"));
        assertTrue(node(t, "edge-router").entrypoint());
        assertEquals(Kind.QUEUE, node(t, "rabbitmq").kind());
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("MYSQL_ROOT_PASSWORD")));
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("front-end") && u.contains("not independent")));
    }

    @Test
    void deathStarBenchStartOrderIsSoftAndTracingNeverHard() throws Exception {
        ImportResult r = importFolder("dsb-social-network");
        Topology t = r.topology();
        assertEquals(27, t.nodes().size());
        assertFalse(requireDependency(t, "social-graph-service", "social-graph-mongodb").required());
        assertTrue(r.notes().forDependency("social-graph-service", "social-graph-mongodb").stream()
                .anyMatch(n -> n.contains("service_started")));
        assertFalse(requireDependency(t, "nginx-thrift", "jaeger-agent").required());
        assertEquals("observability", node(t, "jaeger-agent").tags().get("role"));
        assertFalse(node(t, "jaeger-agent").entrypoint(), "a tracing UI is not a user entrypoint");
        assertTrue(node(t, "nginx-thrift").entrypoint());
        assertEquals(Kind.GATEWAY, node(t, "nginx-thrift").kind());
        assertEquals(Kind.CACHE, node(t, "url-shorten-memcached").kind());
        assertTrue(t.dependencies().stream().noneMatch(Dependency::required), "nothing in the file is more than start order");
    }

    @Test
    void eShopPairMergesAndFindsAddressesInConnectionStrings() throws Exception {
        ImportResult r = importFolder("eshop-on-containers");
        Topology t = r.topology();
        assertEquals(21, t.nodes().size());
        assertTrue(requireDependency(t, "identity-api", "sqldata").required(), "Server=sqldata inside ${VAR:-default}");
        assertTrue(requireDependency(t, "catalog-api", "sqldata").required());
        assertTrue(requireDependency(t, "basket-api", "basketdata").required());
        assertTrue(requireDependency(t, "mobileshoppingagg", "basket-api").required(), "urls__grpcBasket");
        assertTrue(requireDependency(t, "webmvc", "webshoppingapigw").required());
        assertTrue(requireDependency(t, "webhooks-client", "webhooks-api").required());
        assertEquals(Mode.ASYNC, requireDependency(t, "ordering-api", "rabbitmq").mode());
        assertFalse(requireDependency(t, "webstatus", "ordering-api").required(), "health-check URL only");
        assertTrue(node(t, "webshoppingapigw").entrypoint());
        assertEquals(Kind.GATEWAY, node(t, "mobileshoppingapigw").kind());
        assertEquals(Kind.DATABASE, node(t, "sqldata").kind());
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("ESHOP_EXTERNAL_DNS_NAME_OR_IP")));
        // Browser-facing URLs use the host-published port, not the service name: reported, not made dependencies.
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.startsWith("browser-facing URLs reach 'identity-api'"
                + " through its published port 5105 from ") && u.contains("webspa (IdentityUrl)")));
        assertTrue(Fixtures.dependency(t, "webspa", "identity-api").map(d -> !d.required()).orElse(true));
    }

    @Test
    void otelDemoReadsDotEnvAndKeepsStartOrderApartFromCalls() throws Exception {
        ImportResult r = importFolder("otel-demo");
        Topology t = r.topology();
        assertTrue(requireDependency(t, "checkout", "cart").required(), "CART_ADDR from .env");
        assertTrue(requireDependency(t, "checkout", "payment").required());
        assertTrue(requireDependency(t, "frontend", "product-catalog").required());
        assertTrue(requireDependency(t, "product-catalog", "postgresql").required());
        assertTrue(requireDependency(t, "cart", "valkey-cart").required());
        assertTrue(requireDependency(t, "load-generator", "frontend-proxy").required());
        assertTrue(requireDependency(t, "shipping", "quote").required(), "an address with no depends_on entry");
        assertFalse(requireDependency(t, "frontend", "quote").required(), "a depends_on entry with no address");
        assertEquals(Mode.ASYNC, requireDependency(t, "checkout", "kafka").mode());
        assertFalse(requireDependency(t, "checkout", "otel-collector").required());
        assertEquals(List.of("frontend-proxy"), t.nodes().stream().filter(Node::entrypoint).map(Node::id).toList());
        assertEquals(Kind.CACHE, node(t, "valkey-cart").kind());
    }

    @Test
    void onlineBoutiqueMatchesServicesToDeployments() throws Exception {
        ImportResult r = importFolder("online-boutique");
        Topology t = r.topology();
        assertEquals(12, t.nodes().size());
        assertTrue(requireDependency(t, "frontend", "checkoutservice").required());
        assertTrue(requireDependency(t, "checkoutservice", "paymentservice").required());
        assertTrue(requireDependency(t, "recommendationservice", "productcatalogservice").required());
        assertTrue(requireDependency(t, "cartservice", "redis-cart").required());
        assertTrue(requireDependency(t, "loadgenerator", "frontend").required());
        assertTrue(node(t, "frontend").entrypoint(), "frontend-external LoadBalancer");
        assertTrue(t.node("shoppingassistantservice").isEmpty());
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("shoppingassistantservice")));
    }

    @Test
    void bookinfoUsesSelectorsNotNames() throws Exception {
        ImportResult r = importFolder("istio-bookinfo");
        Topology t = r.topology();
        assertEquals(List.of("details-v1", "ratings-v1", "reviews", "productpage-v1"),
                t.nodes().stream().map(Node::id).toList());
        assertEquals(3, node(t, "reviews").replicas(), "Service reviews selects reviews-v1, -v2 and -v3");
        assertEquals("v1, v2, v3", node(t, "reviews").tags().get("versions"));
        assertTrue(node(t, "productpage-v1").entrypoint(), "VirtualService routes to host productpage");
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("no dependency")));
    }

    @Test
    void backstageCatalogs() throws Exception {
        Topology artists = importFolder("backstage-artist-portal").topology();
        assertTrue(requireDependency(artists, "artist-lookup", "artists-db").required());
        assertTrue(requireDependency(artists, "www-artist", "artist-lookup").required());
        assertEquals(Kind.DATABASE, node(artists, "artists-db").kind());
        assertEquals("artists", node(artists, "artists-db").tags().get("domain"));

        Topology wayback = importFolder("backstage-wayback").topology();
        assertTrue(requireDependency(wayback, "wayback-search", "wayback-archive").required());
        assertEquals(4, wayback.nodes().size());

        ImportResult demo = importFolder("backstage-demo");
        assertEquals(List.of("backstage-demo"), demo.topology().nodes().stream().map(Node::id).toList());
        assertTrue(demo.topology().dependencies().isEmpty());
    }
}
