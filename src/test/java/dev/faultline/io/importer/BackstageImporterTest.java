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
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.Kind;
import dev.faultline.model.Topology;

class BackstageImporterTest {
    private final BackstageImporter importer = new BackstageImporter();

    @TempDir
    Path dir;

    private ImportResult importText(String yaml) throws IOException, ImportException {
        return Fixtures.importText(importer, dir, "catalog.yaml", yaml);
    }

    @Test
    void consumedApisJoinWithProvidersAndApisAreNotNodes() throws ImportException {
        Topology t = importer.importFiles(files("backstage-wayback", "wayback-archive-api.yaml",
                "wayback-archive-component.yaml", "wayback-archive-ingestion-component.yaml",
                "wayback-archive-storage-component.yaml", "wayback-search-api.yaml", "wayback-search-component.yaml"))
                .topology();
        assertTrue(requireDependency(t, "wayback-search", "wayback-archive").required());
        assertEquals(4, t.nodes().size(), "the two APIs are contracts, not nodes");
        assertEquals("team-d", node(t, "wayback-archive-ingestion").team());
        assertFalse(requireDependency(t, "wayback-archive", "wayback-archive-storage").required(), "part-of is soft");
    }

    @Test
    void relationWrittenFromBothSidesCountsOnceAndMissingProviderIsReported() throws ImportException {
        ImportResult r = importer.importFiles(files("backstage-demo", "catalog-info.yaml"));
        assertEquals(1, r.topology().nodes().size());
        assertTrue(r.topology().dependencies().isEmpty());
        assertEquals(1, r.report().unknown().stream().filter(u -> u.contains("demo-graphql")).count());
        assertEquals("backstage/maintainers", node(r.topology(), "backstage-demo").team());
        assertTrue(r.topology().team("backstage/maintainers").isPresent());
    }

    @Test
    void dependsOnComponentRefsInConsumesApisGroupsAndTags() throws IOException, ImportException {
        ImportResult r = importText("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: artist-lookup}
                spec: {type: service, owner: team-a, system: artist-engagement-portal, dependsOn: ['resource:artists-db']}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Resource
                metadata: {name: artists-db}
                spec: {type: database, owner: 'group:default/team-a'}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: www-artist}
                spec: {type: website, owner: team-a, consumesApis: ['component:artist-lookup']}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: System
                metadata: {name: artist-engagement-portal}
                spec: {owner: team-a, domain: artists}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: team-a, title: Team A}
                spec: {type: team, children: [], members: [ana]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: User
                metadata: {name: bo}
                spec: {memberOf: [team-a]}
                """);
        Topology t = r.topology();
        assertTrue(requireDependency(t, "artist-lookup", "artists-db").required());
        assertTrue(dependency(t, "www-artist", "artist-lookup").isPresent(), "kept although the field expects APIs");
        assertEquals(Kind.DATABASE, node(t, "artists-db").kind());
        assertEquals("team-a", node(t, "artists-db").team(), "group:default/team-a is team-a");
        assertEquals(List.of("ana", "bo"), t.team("team-a").orElseThrow().members());
        assertEquals("Team A", t.team("team-a").orElseThrow().name());
        assertEquals("artist-engagement-portal", node(t, "artist-lookup").tags().get("system"));
        assertEquals("artists", node(t, "artist-lookup").tags().get("domain"));
        assertTrue(node(t, "www-artist").entrypoint());
    }

    @Test
    void relationWrittenFromBothSidesWithAProviderGivesOneDependency() throws IOException, ImportException {
        Topology t = importText("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: web}
                spec: {type: website, owner: a, consumesApis: [graphql]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata: {name: graphql}
                spec: {type: graphql, owner: a, apiConsumedBy: [web], apiProvidedBy: ['component:default/backend']}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: backend}
                spec: {type: service, owner: a, providesApis: ['api:graphql']}
                """).topology();
        assertEquals(1, t.dependencies().size());
        assertTrue(requireDependency(t, "web", "backend").required());
    }

    @Test
    void ownersWithoutGroupsAreReportedAsUnknownMembers() throws ImportException {
        ImportResult r = importer.importFiles(files("backstage-wayback", "wayback-search-component.yaml"));
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("team team-a") && u.contains("members")));
        assertFalse(r.topology().team("team-a").orElseThrow().membersDeclared(), "unknown, not an empty team");
        assertFalse(r.toYaml().contains("members:"), r.toYaml());
    }

    @Test
    void unknownMembersAreNoKnowledgeSiloButListedOnesStillCount() throws IOException, ImportException {
        ImportResult r = importText("""
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: web}
                spec: {type: website, owner: ghosts, dependsOn: ['component:api']}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: api}
                spec: {type: service, owner: solo}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: ghosts}
                spec: {type: team, children: []}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: solo}
                spec: {type: team, children: [], members: [dee]}
                """);
        assertFalse(r.topology().team("ghosts").orElseThrow().membersDeclared());
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.startsWith("team ghosts: its Group entity lists no"
                + " members")));
        var silos = new dev.faultline.analysis.Analyzer().analyze(r.topology()).findings().stream()
                .filter(f -> f.rule().equals("knowledge-silo")).toList();
        assertEquals(1, silos.size(), silos.toString());
        assertTrue(silos.get(0).message().startsWith("Team solo has one member (dee)"), silos.get(0).message());
    }

    @Test
    void nonBackstageInputIsRefused() throws IOException {
        Path k8s = write(dir, "svc.yaml", "apiVersion: v1\nkind: Service\nmetadata: {name: x}\n");
        ImportException e = assertThrows(ImportException.class, () -> importer.importFiles(List.of(k8s)));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("kubernetes"));
    }

    @Test
    void aComponentThatProvidesAndConsumesTheSameApiIsNotMissingAProvider() throws IOException, ImportException {
        Path file = write(dir, "self.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: gateway}
                spec: {type: service, owner: team-a, providesApis: [routes], consumesApis: [routes]}
                ---
                apiVersion: backstage.io/v1alpha1
                kind: API
                metadata: {name: routes}
                spec: {type: openapi, owner: team-a, definition: x}
                """);
        ImportResult r = importer.importFiles(List.of(file));
        assertTrue(r.report().unknown().stream().noneMatch(u -> u.contains("no component")), r.report().format());
        assertTrue(r.report().inferred().stream().anyMatch(u -> u.contains("consumes it itself")), r.report().format());
    }
}
