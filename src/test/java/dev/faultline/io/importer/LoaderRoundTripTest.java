package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.faultline.io.LoadResult;
import dev.faultline.io.TopologyLoader;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;

/** What an import writes is a valid topology file: the project's own loader reads it back into the same model. */
class LoaderRoundTripTest {
    /** CI has ../shared beside the clone; elsewhere (a clone in /tmp) the real-world inputs are skipped, and said so. */
    @BeforeAll
    static void inputsPresent() {
        RealWorldInputs.assumePresent();
    }

    static java.util.stream.Stream<String> folders() throws java.io.IOException {
        return RealWorldInputsTest.folders();
    }

    @ParameterizedTest
    @MethodSource("folders")
    void importedFileValidatesAndLoadsIntoTheSameModel(String folder) throws Exception {
        RealWorldInputs.assumePresent();
        ImportResult imported = RealWorldInputsTest.importFolder(folder);
        LoadResult loaded = new TopologyLoader().parse(imported.toYaml(), Path.of(folder + ".yaml"));
        assertTrue(loaded.errors().isEmpty(), () -> loaded.problems().toString());
        // The only warning allowed is the contract's "no entrypoint" one, which the import report already states.
        assertTrue(loaded.warnings().stream().allMatch(w -> w.message().contains("entrypoint")),
                () -> loaded.warnings().toString());
        Topology back = loaded.topology().orElseThrow();
        Topology original = imported.topology();
        assertEquals(nodes(original), nodes(back));
        assertEquals(dependencies(original), dependencies(back));
        assertEquals(teams(original), teams(back));
        assertEquals(original.zones().stream().map(z -> z.id()).toList(), back.zones().stream().map(z -> z.id()).toList());
        assertEquals(original.flows().stream().map(f -> f.id()).toList(), back.flows().stream().map(f -> f.id()).toList());
    }

    private static List<Node> nodes(Topology t) {
        return t.nodes().stream().map(n -> n.toBuilder().position(SourcePosition.UNKNOWN).build()).toList();
    }

    private static List<Dependency> dependencies(Topology t) {
        return t.dependencies().stream().map(d -> d.toBuilder().position(SourcePosition.UNKNOWN).build()).toList();
    }

    private static List<Team> teams(Topology t) {
        return t.teams().stream().map(x -> new Team(x.id(), x.name(), x.members(), SourcePosition.UNKNOWN)).toList();
    }
}
