package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.model.Topology;

/**
 * A big file's model built while it is validated ({@link SpeculativeModel}, issue #18) loads exactly as when built
 * after the validation: the same model for a good file, the same problems (and no model) for files whose mistakes
 * would also break the model building (an unknown kind, a node that does not exist, zero replicas).
 */
class SpeculativeModelTest {
    private static final Path FILE = Path.of("big.yaml");
    private static final String BIG = new TopologyWriter().write(TopologyGenerator.generate(2_500, 11));

    @Test
    void aGoodBigFileGivesTheSameModel() {
        LoadResult after = new TopologyLoader(false).parse(BIG, FILE);
        LoadResult during = new TopologyLoader(true).parse(BIG, FILE);
        assertTrue(after.topology().get().nodes().size() >= SpeculativeModel.FROM_NODES, "big enough to speculate");
        assertSameLoad(after, during);
    }

    @Test
    void mistakesThatBreakTheModelAreReportedAsWithoutIt() {
        String[] broken = {
            replaceFirst(BIG, "\n    kind: database\n", "\n    kind: datab4se\n"),
            replaceFirst(BIG, "\n    to: ", "\n    to: nowhere-"),
            replaceFirst(BIG, "\n    replicas: 2\n", "\n    replicas: 0\n"),
            replaceFirst(BIG, "\n  - id: ", "\n  - name: no-id\n    x: "),
        };
        for (String text : broken) {
            assertFalse(text.equals(BIG), "the mistake was made");
            LoadResult after = new TopologyLoader(false).parse(text, FILE);
            LoadResult during = new TopologyLoader(true).parse(text, FILE);
            assertTrue(after.topology().isEmpty());
            assertSameLoad(after, during);
        }
    }

    private static void assertSameLoad(LoadResult expected, LoadResult actual) {
        assertEquals(expected.problems(), actual.problems());
        assertEquals(expected.topology().isPresent(), actual.topology().isPresent());
        if (expected.topology().isEmpty()) return;
        Topology e = expected.topology().get();
        Topology a = actual.topology().get();
        assertEquals(e.nodes(), a.nodes());
        assertEquals(e.dependencies(), a.dependencies());
        assertEquals(e.flows(), a.flows());
        assertEquals(e.teams(), a.teams());
        assertEquals(e.zones(), a.zones());
        assertEquals(e.flowSource(), a.flowSource());
    }

    private static String replaceFirst(String text, String what, String with) {
        int at = text.indexOf(what);
        return at < 0 ? text : text.substring(0, at) + with + text.substring(at + what.length());
    }
}
