package dev.faultline.io;

import static dev.faultline.io.LoaderAssertions.assertError;
import static dev.faultline.io.LoaderAssertions.assertLoads;
import static dev.faultline.io.LoaderAssertions.assertWarning;
import static dev.faultline.io.LoaderAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.faultline.model.Dependency;
import dev.faultline.io.yaml.Problem;

/** One test per kind of problem: the exact message, line and column a user sees. */
class TopologyLoaderProblemsTest {
    /** Two header lines; the first node's "- id:" is then on line 4. */
    private static final String HEADER = "faultline: 1\nname: shop\n";

    @Nested
    class Structure {
        @Test
        void missingVersion() {
            assertError(parse("name: shop\nnodes:\n  - id: web\n"), 1, 1, "missing 'faultline: 1'");
        }

        @Test
        void missingName() {
            assertError(parse("faultline: 1\nnodes:\n  - id: web\n"), 1, 1, "the top level needs 'name'");
        }

        @Test
        void missingNodes() {
            assertError(parse(HEADER), 1, 1, "the top level needs 'nodes'");
        }

        @Test
        void nodesKeyWithoutValue() {
            assertError(parse(HEADER + "nodes:\n"), 3, 1, "the top level needs 'nodes'");
        }

        @Test
        void emptyNodes() {
            assertError(parse(HEADER + "nodes: []\n"), 3, 8, "nodes is empty");
        }

        @Test
        void unsupportedVersionIsTheOnlyProblemReported() {
            LoadResult result = parse("faultline: 2\nname: shop\nnodes: []\nbogus: 1\n");
            assertError(result, 1, 12, "unsupported format version 2; this Faultline reads version 1");
            assertEquals(1, result.problems().size(), LoaderAssertions.describe(result));
        }

        @Test
        void versionIsCheckedFirstEvenWhenWrittenLast() {
            LoadResult result = parse("name: shop\nnodes:\n  - {id: web, replicas: zero, colour: red}\nfaultline: 3\n");
            assertError(result, 4, 12, "unsupported format version 3");
            assertEquals(1, result.problems().size(), LoaderAssertions.describe(result));
        }

        @Test
        void repeatedTopLevelListIsReportedNotMerged() {
            LoadResult result = parse(HEADER + "nodes:\n  - {id: a, entrypoint: true}\nnodes:\n  - {id: a}\n");
            assertError(result, 5, 1, "duplicate key 'nodes' (first on line 3)");
            assertEquals(1, result.errors().size(), LoaderAssertions.describe(result));
        }

        @Test
        void topLevelMustBeAMapping() {
            assertError(parse("- web\n- db\n"), 1, 1, "the top level must be a mapping");
        }

        @Test
        void nodeEntryMustBeAMapping() {
            assertError(parse(HEADER + "nodes:\n  - web\n"), 4, 5, "each entry of nodes must be a mapping (id: ...), got 'web'");
        }

        @Test
        void nodeWithoutId() {
            assertError(parse(HEADER + "nodes:\n  - kind: service\n"), 4, 5, "a node needs 'id'");
        }
    }

    @Nested
    class Yaml {
        @Test
        void malformedYamlPointsAtSnakeYamlsMark() {
            LoadResult result = parse(HEADER + "nodes:\n  - id: web\n   kind: service\n");
            Problem p = LoaderAssertions.problem(result, "malformed YAML");
            assertEquals(5, p.line(), p::format);
            assertFalse(result.ok());
        }

        @Test
        void unclosedFlowListPointsAtWhereItBroke() {
            assertError(parse(HEADER + "nodes: [\n  {id: web}\nflows: 1\n"), 5, 1, "malformed YAML");
        }

        @Test
        void tabIndentation() {
            assertError(parse(HEADER + "nodes:\n\t- id: web\n"), 4, 1, "malformed YAML");
        }

        @Test
        void duplicateMappingKey() {
            assertError(parse(HEADER + "nodes:\n  - id: web\n    replicas: 2\n    replicas: 3\n"), 6, 5,
                    "duplicate key 'replicas' (first on line 5)");
        }

        @Test
        void anchorsAliasesAndMergeKeysAreRefused() {
            LoadResult result = parse(HEADER + """
                    nodes:
                      - &base {id: web, replicas: 2}
                      - id: api
                        <<: *base
                    """);
            assertError(result, 4, 5, "YAML anchors ('&base') are not supported");
            assertError(result, 6, 5, "YAML merge keys ('<<') are not supported");
            assertError(result, 6, 9, "YAML aliases ('*base') are not supported");
        }

        @Test
        void moreThanOneDocument() {
            assertError(parse(HEADER + "nodes:\n  - id: web\n---\nname: other\n"), 6, 1, "more than one YAML document");
        }

        @Test
        void trailingDocumentMarkerAloneIsFine() {
            assertLoads(parse(HEADER + "nodes:\n  - id: web\n    entrypoint: true\n---\n"));
        }

        @Test
        void onlyComments() {
            assertError(parse("# nothing here\n"), 1, 1, "no YAML content");
        }

        @Test
        void controlCharacter() {
            assertError(parse(HEADER + "nodes:\n  - id: \"w\u0007b\"\n"), 4, 11, "character U+0007 is not allowed");
        }
    }

    @Nested
    class Types {
        private LoadResult node(String lines) {
            return parse(HEADER + "nodes:\n  - id: web\n" + lines);
        }

        @Test
        void replicasMustBeWhole() {
            assertError(node("    replicas: three\n"), 5, 15, "replicas must be a whole number, got 'three'");
        }

        @Test
        void replicasMayNotBeFractional() {
            assertError(node("    replicas: 2.5\n"), 5, 15, "replicas must be a whole number, got '2.5'");
        }

        @Test
        void booleansMustBeBooleans() {
            assertError(node("    entrypoint: maybe\n"), 5, 17, "entrypoint must be true or false, got 'maybe'");
        }

        @Test
        void numbersMustBeNumbers() {
            assertError(node("    slo: high\n"), 5, 10, "slo must be a number, got 'high'");
        }

        @Test
        void listsMustBeLists() {
            assertError(node("    zones: eu-1a\n"), 5, 12, "zones must be a list, got 'eu-1a' (write [eu-1a]");
        }

        @Test
        void textMustBeText() {
            assertError(node("    name: [a, b]\n"), 5, 11, "name must be text, got a list");
        }

        @Test
        void observabilityIsAListOfText() {
            assertError(node("    observability: [metrics, {logs: true}]\n"), 5, 30,
                    "each entry of observability must be text, got a mapping");
        }

        @Test
        void tagsAreTextOrNumbers() {
            LoadResult result = node("    tags: {team-size: 3, owner: ana, flags: [a], on: true}\n");
            assertError(result, 5, 45, "tag 'flags' must be text or a number, got a list");
            assertError(result, 5, 54, "tag 'on' must be text or a number, got 'true' (quote it");
        }

        @Test
        void tagsMustBeAMapping() {
            assertError(node("    tags: [a]\n"), 5, 11, "tags must be a mapping");
        }

        @Test
        void hugeNumber() {
            assertError(node("    replicas: 123456789012345678901234567890\n"), 5, 15, "replicas is far too large");
        }
    }

    @Nested
    class Ranges {
        private LoadResult node(String lines) {
            return parse(HEADER + "nodes:\n  - id: web\n" + lines);
        }

        @Test
        void replicasAtLeastOne() {
            assertError(node("    replicas: 0\n"), 5, 15, "replicas must be at least 1, got 0");
        }

        @Test
        void replicasBounded() {
            assertError(node("    replicas: 1000001\n"), 5, 15, "replicas must be at most 100000");
        }

        @Test
        void minHealthyAtMostReplicas() {
            assertError(node("    replicas: 2\n    minHealthy: 3\n"), 6, 17, "minHealthy (3) is more than replicas (2)");
        }

        @Test
        void minHealthyAboveDefaultReplicas() {
            assertError(node("    minHealthy: 2\n"), 5, 17, "minHealthy (2) is more than replicas (1)");
        }

        @Test
        void minHealthyAtLeastOne() {
            assertError(node("    minHealthy: 0\n"), 5, 17, "minHealthy must be at least 1, got 0");
        }

        @Test
        void sloBelowOne() {
            assertError(node("    slo: 1.5\n"), 5, 10, "slo must be between 0 and 1, both excluded, e.g. 0.999; got 1.5");
        }

        @Test
        void sloWrittenAsPercentGetsAHint() {
            assertError(node("    slo: 99.9\n"), 5, 10, "(write 99.9% as 0.999)");
        }

        @Test
        void sloOfExactlyOneIsRefused() {
            assertError(node("    slo: 1\n"), 5, 10, "slo must be between 0 and 1");
        }

        @Test
        void availabilityOfOneIsAllowed() {
            assertLoads(node("    availability: 1\n    entrypoint: true\n"));
        }

        @Test
        void availabilityAboveZero() {
            assertError(node("    availability: 0\n"), 5, 19, "availability must be more than 0 and at most 1");
        }

        @Test
        void latencyNotNegative() {
            assertError(node("    latencyMs: -1\n"), 5, 16, "latencyMs must be 0 or more, got -1");
        }

        @Test
        void timeoutNotNegative() {
            assertError(parse(HEADER + """
                    nodes: [{id: a}, {id: b}]
                    dependencies:
                      - {from: a, to: b, timeoutMs: -5}
                    """), 5, 33, "timeoutMs must be 0 or more, got -5");
        }

        @Test
        void flowBudgetNotNegative() {
            assertError(parse(HEADER + """
                    nodes: [{id: a}]
                    flows:
                      - {id: f, entry: a, latencyBudgetMs: -1, slo: 2}
                    """), 5, 40, "latencyBudgetMs must be 0 or more");
        }

        @Test
        void zoneAvailability() {
            assertError(parse(HEADER + "zones:\n  - {id: z1, availability: 1.2}\nnodes: [{id: a}]\n"), 4, 28,
                    "availability must be more than 0 and at most 1");
        }

        @Test
        void modeIsSyncOrAsync() {
            assertError(parse(HEADER + """
                    nodes: [{id: a}, {id: b}]
                    dependencies:
                      - {from: a, to: b, mode: blocking}
                    """), 5, 28, "mode must be sync or async, got 'blocking'");
        }
    }

    @Nested
    class Identifiers {
        @Test
        void spelling() {
            assertError(parse(HEADER + "nodes:\n  - id: \"web frontend\"\n"), 4, 9,
                    "node id 'web frontend' may only contain letters, digits and . _ - / :");
        }

        @Test
        void pathLikeIdsAndOtherScriptsAreFine() {
            assertLoads(parse(HEADER + "nodes:\n  - {id: k8s:default/cart_v1.2, entrypoint: true}\n  - id: zahlungsdienst-größe\n"));
        }

        @Test
        void atMost200Characters() {
            String id = "a".repeat(201);
            assertError(parse(HEADER + "nodes:\n  - id: " + id + "\n"), 4, 9, "node id is 201 characters long; ids have at most 200");
        }

        @Test
        void emptyIdIsMissing() {
            assertError(parse(HEADER + "nodes:\n  - id: ''\n"), 4, 5, "a node needs 'id'");
        }

        @Test
        void duplicateNodeId() {
            assertError(parse(HEADER + "nodes:\n  - id: web\n  - id: db\n  - id: web\n"), 6, 9,
                    "duplicate node id 'web' (first on line 4)");
        }

        @Test
        void duplicateTeamZoneAndFlowIds() {
            LoadResult result = parse(HEADER + """
                    teams: [{id: t}, {id: t}]
                    zones: [{id: z}, {id: z}]
                    nodes: [{id: a}]
                    flows: [{id: f, entry: a}, {id: f, entry: a}]
                    """);
            assertError(result, 3, 23, "duplicate team id 't' (first on line 3)");
            assertError(result, 4, 23, "duplicate zone id 'z' (first on line 4)");
            assertError(result, 6, 33, "duplicate flow id 'f' (first on line 6)");
        }
    }

    @Nested
    class References {
        @Test
        void unknownTeamWithSuggestion() {
            assertError(parse(HEADER + """
                    teams: [{id: payments}, {id: storefront}]
                    nodes:
                      - id: web
                        team: paymnts
                    """), 6, 11, "node 'web' names unknown team 'paymnts' (did you mean 'payments'?)");
        }

        @Test
        void unknownZoneInList() {
            assertError(parse(HEADER + """
                    zones: [{id: eu-west-1a}, {id: eu-west-1b}]
                    nodes:
                      - id: web
                        zones: [eu-west-1a, eu-west-1c]
                    """), 6, 25, "unknown zone 'eu-west-1c' (did you mean 'eu-west-1a'?)");
        }

        @Test
        void unknownTeamWhenNoTeamsDeclared() {
            assertError(parse(HEADER + "nodes:\n  - {id: web, team: ops}\n"), 4, 21,
                    "unknown team 'ops' (the file declares no teams)");
        }

        @Test
        void unknownNodesInDependenciesAndFlows() {
            LoadResult result = parse(HEADER + """
                    nodes: [{id: web}, {id: payments}, {id: orders-db}]
                    dependencies:
                      - from: webb
                        to: paymnts
                        fallback: [orders-dbb]
                    flows:
                      - {id: checkout, entry: wbe, via: [payment]}
                    """);
            assertError(result, 5, 11, "'from' of dependency webb -> paymnts names unknown node 'webb' (did you mean 'web'?)");
            assertError(result, 6, 9, "'to' of dependency webb -> paymnts names unknown node 'paymnts' (did you mean 'payments'?)");
            assertError(result, 7, 16, "'fallback' of dependency webb -> paymnts names unknown node 'orders-dbb' (did you mean 'orders-db'?)");
            assertError(result, 9, 27, "'entry' of flow 'checkout' names unknown node 'wbe'");
            assertError(result, 9, 38, "'via' of flow 'checkout' names unknown node 'payment' (did you mean 'payments'?)");
        }

        @Test
        void unknownKindListsTheValidOnes() {
            Problem p = assertError(parse(HEADER + "nodes:\n  - {id: db, kind: databse}\n"), 4, 20,
                    "unknown kind 'databse' (did you mean 'database'?); kinds are: service, gateway, load-balancer");
            assertTrue(p.message().endsWith("dns, external, other"), p::format);
        }

        @Test
        void kindIsCaseInsensitive() {
            assertLoads(parse(HEADER + "nodes:\n  - {id: db, kind: Database, entrypoint: true}\n"));
        }
    }

    @Nested
    class Dependencies {
        private static final String NODES = HEADER + "nodes: [{id: web, entrypoint: true}, {id: db}, {id: replica}]\n";

        @Test
        void selfDependency() {
            assertError(parse(NODES + "dependencies:\n  - {from: web, to: web}\n"), 5, 21,
                    "a node cannot depend on itself ('web')");
        }

        @Test
        void fallbackEqualToFromIsAnError() {
            assertError(parse(NODES + "dependencies:\n  - {from: web, to: db, fallback: [web]}\n"), 5, 36,
                    "'web' cannot be its own fallback");
        }

        @Test
        void fallbackEqualToToIsAWarning() {
            LoadResult result = parse(NODES + "dependencies:\n  - {from: web, to: db, fallback: [db, replica]}\n");
            assertWarning(result, 5, 36, "fallback 'db' is the node the dependency already calls");
            assertLoads(result);
        }

        @Test
        void exactDuplicateIsAWarning() {
            LoadResult result = parse(NODES + "dependencies:\n  - {from: web, to: db}\n  - {from: web, to: db}\n");
            assertWarning(result, 6, 5, "duplicate dependency web -> db (first on line 5)");
            assertLoads(result);
            assertEquals(2, result.topology().orElseThrow().dependencies().size());
        }

        @Test
        void sameEndsOtherSettingsIsAWarning() {
            LoadResult result = parse(NODES + "dependencies:\n  - {from: web, to: db}\n  - {from: web, to: db, mode: async}\n");
            assertWarning(result, 6, 5, "dependency web -> db is declared again with other settings (first on line 5)");
        }
    }

    @Nested
    class Warnings {
        @Test
        void unknownKeyIsAWarningAndTheFileLoads() {
            LoadResult result = parse(HEADER + "nodes:\n  - id: web\n    replcas: 3\n    entrypoint: true\n");
            assertWarning(result, 5, 5, "unknown key 'replcas' in a node (did you mean 'replicas'?); it is ignored");
            assertLoads(result);
            assertEquals(1, result.topology().orElseThrow().requireNode("web").replicas());
        }

        @Test
        void unknownTopLevelKey() {
            LoadResult result = parse(HEADER + "nodes: [{id: a, entrypoint: true}]\ndependecies: []\n");
            assertWarning(result, 4, 1, "unknown key 'dependecies' in the top level (did you mean 'dependencies'?)");
            assertLoads(result);
        }

        @Test
        void neitherFlowsNorEntrypoints() {
            LoadResult result = parse(HEADER + """
                    nodes:
                      - id: a
                      - id: b
                      - id: c
                    dependencies:
                      - {from: a, to: b}
                    """);
            assertWarning(result, 3, 1,
                    "no flows and no entrypoint: treating the 2 nodes nothing depends on as entrypoints: a, c");
            assertLoads(result);
        }

        @Test
        void entrypointsSilenceTheRootWarning() {
            LoadResult result = parse(HEADER + "nodes:\n  - {id: a, entrypoint: true}\n  - id: b\n");
            assertTrue(result.problems().isEmpty(), LoaderAssertions.describe(result));
        }

        @Test
        void cycleWithoutEntrypointsIsExplained() {
            LoadResult result = parse(HEADER + "nodes: [{id: a}, {id: b}]\ndependencies:\n  - {from: a, to: b}\n  - {from: b, to: a}\n");
            assertWarning(result, 3, 1, "every node is depended on by another");
        }

        @Test
        void emptyOptionalValueMeansAbsent() {
            LoadResult result = parse(HEADER + "nodes:\n  - id: web\n    team:\n    entrypoint: true\n");
            assertLoads(result);
            assertTrue(result.topology().orElseThrow().requireNode("web").teamId().isEmpty());
        }
    }

    @Test
    void allProblemsOfAFileAreReportedTogetherInFileOrder() {
        LoadResult result = parse(LoaderAssertions.fixture("five-errors.yaml"));
        assertFalse(result.ok());
        assertError(result, 8, 15, "replicas must be a whole number");
        assertError(result, 9, 10, "slo must be between 0 and 1");
        assertError(result, 13, 11, "names unknown team 'storefrnt' (did you mean 'storefront'?)");
        assertError(result, 14, 9, "duplicate node id 'web' (first on line 6)");
        assertError(result, 18, 11, "names unknown node 'ordrs-db' (did you mean 'orders-db'?)");
        assertEquals(5, result.errors().size(), LoaderAssertions.describe(result));
        List<Problem> sorted = result.problems().stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
        assertEquals(sorted, result.problems());
    }

    @Test
    void problemsFormatLikeACompiler() {
        Problem p = assertError(parse(HEADER + "nodes:\n  - {id: web, replicas: 0}\n"), 4, 25, "replicas must be at least 1");
        assertEquals("shop.yaml:4:25: error: replicas must be at least 1, got 0", p.format());
    }

    @Test
    void dependencyFieldsReachTheModel() {
        LoadResult result = parse(HEADER + """
                nodes: [{id: web, entrypoint: true}, {id: db}, {id: replica}]
                dependencies:
                  - {from: web, to: db, mode: async, required: false, fallback: [replica], retries: 2}
                """);
        assertLoads(result);
        Dependency d = result.topology().orElseThrow().dependencies().get(0);
        assertEquals(dev.faultline.model.Mode.ASYNC, d.mode());
        assertFalse(d.required());
        assertEquals(List.of("replica"), d.fallback());
        assertEquals(2, d.retries());
        assertEquals(5, d.position().line());
    }
}
