package dev.faultline.io.importer;

import static dev.faultline.io.importer.Fixtures.dependency;
import static dev.faultline.io.importer.Fixtures.files;
import static dev.faultline.io.importer.Fixtures.node;
import static dev.faultline.io.importer.Fixtures.requireDependency;
import static dev.faultline.io.importer.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Topology;

class ComposeImporterTest {
    private final ComposeImporter importer = new ComposeImporter();

    @TempDir
    Path dir;

    private ImportResult importText(String yaml) throws IOException, ImportException {
        return Fixtures.importText(importer, dir, "docker-compose.yml", yaml);
    }

    @Test
    void overrideFileAddsEnvironmentAndPortsToTheBase() throws ImportException {
        Topology t = importer.importFiles(files("compose-eshop", "docker-compose.yml", "docker-compose.override.yml")).topology();
        // environment exists only in the override: the connection string inside a ${VAR:-default} names sqldata
        assertTrue(requireDependency(t, "identity-api", "sqldata").required());
        assertTrue(requireDependency(t, "basket-api", "basketdata").required(), "bare service name as a value");
        assertTrue(requireDependency(t, "basket-api", "identity-api").required(), "URL");
        assertTrue(requireDependency(t, "webshoppingagg", "basket-api").required(), "nested-config name urls__basket");
        // ports only in the override: a gateway publishing a port is an entrypoint
        assertTrue(node(t, "webshoppingapigw").entrypoint());
        assertEquals(Kind.DATABASE, node(t, "sqldata").kind());
    }

    @Test
    void dependsOnAloneIsSoftAndSaysSo() throws ImportException {
        ImportResult r = importer.importFiles(files("compose-eshop", "docker-compose.yml", "docker-compose.override.yml"));
        Dependency startOrderOnly = requireDependency(r.topology(), "webshoppingagg", "sqldata");
        assertFalse(startOrderOnly.required());
        assertTrue(r.notes().forDependency("webshoppingagg", "sqldata").stream().anyMatch(n -> n.contains("start order only")));
    }

    @Test
    void healthCheckUrlsAloneGiveSoftDependencies() throws ImportException {
        Topology t = importer.importFiles(files("compose-eshop", "docker-compose.yml", "docker-compose.override.yml")).topology();
        assertFalse(requireDependency(t, "webstatus", "webshoppingagg").required());
        // the aggregator also calls basket-api for real, so the health check does not soften that one
        assertTrue(requireDependency(t, "webshoppingagg", "basket-api").required());
    }

    @Test
    void brokerDependenciesAreAsync() throws ImportException {
        Topology t = importer.importFiles(files("compose-eshop", "docker-compose.yml", "docker-compose.override.yml")).topology();
        Dependency bus = requireDependency(t, "basket-api", "rabbitmq");
        assertEquals(Mode.ASYNC, bus.mode());
        assertTrue(bus.required());
    }

    @Test
    void servicesCalledByOthersAreNotEntrypointsAndDatabasesNever() throws ImportException {
        Topology t = importer.importFiles(files("compose-eshop", "docker-compose.yml", "docker-compose.override.yml")).topology();
        assertFalse(node(t, "identity-api").entrypoint(), "published, but called by basket-api");
        assertFalse(node(t, "sqldata").entrypoint(), "a published database port is developer access");
        assertTrue(node(t, "webshoppingagg").entrypoint(), "only a health check calls it");
    }

    @Test
    void credentialsInConnectionStringsStayOutOfNotes() throws ImportException {
        ImportResult r = importer.importFiles(files("compose-eshop", "docker-compose.yml", "docker-compose.override.yml"));
        assertFalse(r.toYaml().contains("Pass@word"));
        assertFalse(r.report().format().contains("Pass@word"));
    }

    @Test
    void envFileValuesFillBareEnvironmentNames() throws ImportException {
        Topology t = importer.importFiles(files("compose-otel", "docker-compose.yml")).topology();
        assertTrue(requireDependency(t, "checkout", "cart").required(), "CART_ADDR comes from .env as cart:${CART_PORT}");
        assertTrue(requireDependency(t, "cart", "flagd").required());
        assertTrue(requireDependency(t, "checkout", "postgresql").required(), "postgres:// URL");
        assertEquals(Mode.ASYNC, requireDependency(t, "checkout", "kafka").mode());
        assertEquals("ghcr.io/open-telemetry/demo:latest-cart", node(t, "cart").tags().get("image"));
    }

    @Test
    void observabilityIsSoftBothWays() throws ImportException {
        Topology t = importer.importFiles(files("compose-otel", "docker-compose.yml")).topology();
        assertFalse(requireDependency(t, "cart", "otel-collector").required(), "exporting telemetry");
        assertFalse(requireDependency(t, "otel-collector", "postgresql").required(), "scraping a database");
        assertEquals("observability", node(t, "otel-collector").tags().get("role"));
    }

    @Test
    void ownNameAndServiceNameKeysAreNotDependencies() throws ImportException {
        Topology t = importer.importFiles(files("compose-otel", "docker-compose.yml")).topology();
        // kafka advertises itself (PLAINTEXT://kafka:9092), cart sets OTEL_SERVICE_NAME=cart
        assertTrue(t.dependenciesOf("kafka").isEmpty());
        assertTrue(dependency(t, "frontend-proxy", "checkout").isPresent());
    }

    @Test
    void anchorsMergeKeysAndUnpublishedPorts() throws ImportException {
        Topology t = importer.importFiles(files("compose-otel", "docker-compose.yml")).topology();
        assertTrue(node(t, "frontend-proxy").entrypoint(), "${ENVOY_PORT}:${ENVOY_PORT} is published");
        assertFalse(node(t, "cart").entrypoint(), "a container port alone gets a random host port");
    }

    @Test
    void replicasProfilesAndExtends() throws IOException, ImportException {
        ImportResult r = importText("""
                services:
                  base:
                    image: example/api
                    environment:
                      DB_HOST: db
                  api:
                    extends: base
                    deploy:
                      replicas: 3
                  db:
                    image: postgres:16
                  debug:
                    image: busybox
                    profiles: [debug]
                """);
        Topology t = r.topology();
        assertEquals(3, node(t, "api").replicas());
        assertTrue(requireDependency(t, "api", "db").required(), "environment inherited through extends");
        assertEquals("debug", node(t, "debug").tags().get("compose-profiles"));
    }

    @Test
    void overrideMergesEnvironmentByNameAcrossListAndMapForms() throws IOException, ImportException {
        Path base = write(dir, "a.yml", """
                services:
                  app:
                    image: example/app
                    environment:
                      - CACHE=cache
                      - DB=old-db
                  cache: {image: redis}
                  old-db: {image: mysql}
                  new-db: {image: postgres}
                """);
        Path override = write(dir, "b.yml", """
                services:
                  app:
                    environment:
                      DB: new-db
                """);
        Topology t = importer.importFiles(List.of(base, override)).topology();
        assertTrue(dependency(t, "app", "cache").isPresent());
        assertTrue(dependency(t, "app", "new-db").isPresent());
        assertTrue(dependency(t, "app", "old-db").isEmpty(), "the override replaced DB");
    }

    @Test
    void hostnamesAndAliasesResolveToTheirService() throws IOException, ImportException {
        Topology t = importText("""
                services:
                  user-sim:
                    image: weaveworksdemos/load-test
                    command: "-d 60 -r 200 -c 2 -h edge-router"
                  edge-router:
                    image: example/router
                    hostname: router.local
                    ports: ["80:80"]
                  web:
                    image: example/web
                    environment:
                      UPSTREAM: http://router.local:80
                """).topology();
        assertTrue(dependency(t, "user-sim", "edge-router").isPresent(), "from the command line");
        assertTrue(dependency(t, "web", "edge-router").isPresent(), "through the hostname");
    }

    @Test
    void unsetVariablesAndMissingEdgesAreReported() throws IOException, ImportException {
        ImportResult r = importText("""
                services:
                  catalogue-db:
                    image: example/catalogue-db
                    environment:
                      - MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD}
                  front-end:
                    image: example/front-end
                """);
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("MYSQL_ROOT_PASSWORD")));
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("no dependency")));
        assertTrue(r.toYaml().contains("# - no dependency"), "the file says it too");
    }

    @Test
    void commentedOutPortsPublishNothingAndGatewaysWithoutRoutesAreReported() throws IOException, ImportException {
        ImportResult r = importText("""
                services:
                  social-graph-service:
                    image: deathstarbench/social-network-microservices:latest
                    #    ports:
                    #      - 10000:9090
                  post-storage-service:
                    image: deathstarbench/social-network-microservices:latest
                    ports:
                      - 10002:9090
                  webshoppingapigw:
                    image: envoyproxy/envoy:v1.11.1
                    ports:
                    - "5202:80"
                """);
        assertFalse(node(r.topology(), "social-graph-service").entrypoint());
        assertTrue(node(r.topology(), "post-storage-service").entrypoint());
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.startsWith("webshoppingapigw: a gateway whose routes")));
    }

    @Test
    void envFilesAndLinkAliasesAreRead() throws IOException, ImportException {
        write(dir, "api.env", "DATABASE_URL=mysql://app@legacy:3306/shop\nCACHE=cache\n");
        ImportResult r = importText("""
                services:
                  api:
                    image: example/api
                    env_file: [api.env, {path: missing.env, required: false}]
                    environment:
                      CACHE: ""
                    links: ["mysql:legacy"]
                  mysql: {image: "mysql:8"}
                  cache: {image: redis}
                """);
        Topology t = r.topology();
        assertTrue(requireDependency(t, "api", "mysql").required(), "env_file value, through the link alias");
        assertTrue(dependency(t, "api", "cache").isEmpty(), "environment overrides env_file");
        assertTrue(r.report().unknown().stream().anyMatch(i -> i.contains("missing.env")));
    }

    @Test
    void kubernetesFileIsRefusedWithAHint() throws IOException {
        ImportException e = assertThrows(ImportException.class, () -> importText("apiVersion: v1\nkind: Service\nmetadata: {name: x}\n"));
        assertTrue(e.getMessage().contains("import kubernetes"));
    }

    @Test
    void malformedInputPointsAtTheLine() throws IOException {
        ImportException e = assertThrows(ImportException.class, () -> importText("services:\n  a:\n    image: [x\n"));
        assertTrue(e.line() >= 3);
        ImportException replicas = assertThrows(ImportException.class, () -> importText(
                "services:\n  a:\n    deploy:\n      replicas: three\n"));
        assertEquals(4, replicas.line());
        assertTrue(replicas.getMessage().contains("three"));
    }

    @Test
    void formatOneFilesHaveTheirServicesAtTheTop() throws IOException, ImportException {
        Topology t = importText("""
                web:
                  image: example/web
                  links: ["db"]
                  environment: {DATABASE_URL: "postgres://db/app"}
                  ports: ["80:80"]
                db:
                  image: postgres:9
                """).topology();
        assertTrue(requireDependency(t, "web", "db").required());
        assertTrue(node(t, "web").entrypoint());
    }

    @Test
    void extendsLoopsAndEndlessChainsAreErrors() throws IOException {
        ImportException loop = assertThrows(ImportException.class, () -> importText("""
                services:
                  a: {image: x, extends: b}
                  b: {image: x, extends: a}
                """));
        assertTrue(loop.getMessage().contains("loops"));
        StringBuilder chain = new StringBuilder("services:\n  s0: {image: x}\n");
        for (int i = 1; i < 200; i++) chain.append("  s").append(i).append(": {extends: s").append(i - 1).append("}\n");
        assertThrows(ImportException.class, () -> importText(chain.toString()));
    }

    @Test
    void noServicesIsAnError() throws IOException {
        assertThrows(ImportException.class, () -> importText("version: '3'\n"));
    }

    @Test
    void defaultsNestedTooDeepAreReportedNotSilentlyDropped(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String url = "${A:-".repeat(18) + "postgres://db:5432/app" + "}".repeat(18);
        ImportResult r = importer.importFiles(List.of(write(dir, "docker-compose.yml", """
                services:
                  api:
                    image: example/api
                    environment:
                      DATABASE_URL: "%s"
                  db:
                    image: postgres:16
                """.formatted(url))));
        assertTrue(r.report().warnings().stream().anyMatch(w -> w.contains("nested more than 16 levels deep")),
                r.report().format());
        Files.writeString(dir.resolve(".env"), "X=" + url + "\n");
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> importer.importFiles(List.of(dir.resolve("docker-compose.yml"))));
        assertTrue(e.getMessage().contains("nested more than 16 levels deep"), e.getMessage());
    }

    @Test
    void anExtendsCycleAcrossTwoFilesIsReported(@TempDir Path dir) throws Exception {
        write(dir, "base.yml", "services:\n  b:\n    image: x\n    extends: {file: docker-compose.yml, service: a}\n");
        Path main = write(dir, "docker-compose.yml",
                "services:\n  a:\n    image: y\n    extends: {file: base.yml, service: b}\n");
        ImportException e = assertThrows(ImportException.class, () -> importer.importFiles(List.of(main)));
        assertTrue(e.getMessage().contains("'extends' loops back"), e.getMessage());
    }

    @Test
    void anExtendsChainAcrossFilesIsFollowed(@TempDir Path dir) throws Exception {
        write(dir, "base.yml", """
                services:
                  root:
                    image: example/api
                    environment: {DATABASE_URL: "postgres://db:5432/app"}
                  middle:
                    extends: root
                """);
        Path main = write(dir, "docker-compose.yml", """
                services:
                  api:
                    extends: {file: base.yml, service: middle}
                  db:
                    image: postgres:16
                """);
        requireDependency(importer.importFiles(List.of(main)).topology(), "api", "db");
    }

    @Test
    void envFilesWithAByteOrderMarkReadAndBadUtf8IsPositioned(@TempDir Path dir) throws Exception {
        Path main = write(dir, "docker-compose.yml", """
                services:
                  api:
                    image: example/api
                    environment: {DATABASE_URL: "postgres://${DB_HOST}:5432/app"}
                  db:
                    image: postgres:16
                """);
        Files.write(dir.resolve(".env"), "\uFEFFDB_HOST=db\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        requireDependency(importer.importFiles(List.of(main)).topology(), "api", "db");
        Files.write(dir.resolve(".env"), new byte[] {'A', '=', '1', '\n', 'B', '=', 'x', (byte) 0xC3, '(', '\n'});
        ImportException e = assertThrows(ImportException.class, () -> importer.importFiles(List.of(main)));
        assertEquals(2, e.line(), e.getMessage());
        assertEquals(4, e.column(), e.getMessage());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }
}
