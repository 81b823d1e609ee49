package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.generator.TopologyGenerator;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.model.Dependency;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

class TopologyEditorTest {
    private static final String SHOP = """
            faultline: 1
            name: shop
            teams:
              - {id: pay, members: [ana]}
            zones:
              - {id: za, region: r1}
              - {id: zb, region: r1}
            nodes:
              - {id: web, replicas: 2, zones: [za, zb], entrypoint: true}
              - {id: orders-db, kind: database, replicas: 1, zones: [za], team: pay}
              - {id: replica-db, kind: database, replicas: 1, zones: [zb]}
              - {id: stripe, kind: external}
            dependencies:
              - {from: web, to: orders-db}
              - {from: web, to: stripe, mode: async}
            """;

    private final TopologyEditor editor = new TopologyEditor();

    private static Topology shop() {
        return new TopologyLoader().parse(SHOP, Path.of("shop.yaml")).topology().orElseThrow();
    }

    private Topology edited(String... edits) throws EditException {
        EditOutcome out = editor.apply(shop(), List.of(edits), Path.of("shop.yaml"));
        assertTrue(out.ok(), () -> String.join("\n", out.errors()));
        return out.topology().orElseThrow();
    }

    private String usageError(String... edits) {
        return assertThrows(EditException.class, () -> editor.apply(shop(), List.of(edits), Path.of("shop.yaml")))
                .getMessage();
    }

    @Test
    void editsABigTopologyWhoseWrittenYamlIsOverSnakeYamlsDefaultLimit() throws EditException {
        // `analyze --suggest-fixes` of a 10,000-node file failed here: the edited copy is written out and read
        // back, and SnakeYAML's default code-point limit (3 MB) is below the topology's own size cap.
        Topology big = TopologyGenerator.generate(10_000, 7);
        assertTrue(new TopologyWriter().write(big).length() > 3 * 1024 * 1024);
        String node = big.nodes().get(0).id();
        EditOutcome out = editor.apply(big, List.of("set " + node + ".replicas=3"), Path.of("big.yaml"));
        assertTrue(out.ok(), () -> String.join("\n", out.errors()));
        assertEquals(3, out.topology().orElseThrow().requireNode(node).replicas());
    }

    @Test
    void noEditsGiveTheSameModel() throws EditException {
        Topology before = shop();
        Topology after = edited();
        assertEquals(before.nodes().stream().map(n -> n.toBuilder().position(null).build()).toList(),
                after.nodes().stream().map(n -> n.toBuilder().position(null).build()).toList());
        assertEquals(before.dependencies().size(), after.dependencies().size());
    }

    @Test
    void setsNodeAndDependencyKeysWithYamlValues() throws EditException {
        Topology t = edited("set orders-db.replicas=3", "set orders-db.zones=[za, zb]", "set web->stripe.mode=sync",
                "set web->orders-db.timeoutMs=250", "set orders-db.monthlyCost=420.5");
        Node db = t.requireNode("orders-db");
        assertEquals(3, db.replicas());
        assertEquals(List.of("za", "zb"), db.zones());
        assertEquals(420.5, db.monthlyCost());
        Dependency call = t.dependenciesOf("web").stream().filter(d -> d.to().equals("stripe")).findFirst().orElseThrow();
        assertEquals(Mode.SYNC, call.mode());
        assertEquals(250.0, t.dependenciesOf("web").get(0).timeoutMs());
    }

    @Test
    void nullRemovesAKeySoItsDefaultApplies() throws EditException {
        assertEquals(null, edited("set orders-db.team=null").requireNode("orders-db").team());
    }

    @Test
    void addsAndRemovesListItemsDependenciesAndMembers() throws EditException {
        Topology t = edited("add orders-db.zones=zb", "remove web.zones=za", "add web->orders-db.fallback=replica-db",
                "add dependency replica-db->stripe", "remove dependency web->stripe", "add pay.members=bea");
        assertEquals(List.of("za", "zb"), t.requireNode("orders-db").zones());
        assertEquals(List.of("zb"), t.requireNode("web").zones());
        assertEquals(List.of("replica-db"), t.dependenciesOf("web").get(0).fallback());
        assertEquals(1, t.dependenciesOf("replica-db").size());
        assertEquals(1, t.dependenciesOf("web").size());
        assertEquals(List.of("ana", "bea"), t.team("pay").orElseThrow().members());
        assertTrue(edited("remove web->orders-db.fallback=replica-db".replace("remove", "add"),
                "remove web->orders-db.fallback=replica-db").dependenciesOf("web").get(0).fallback().isEmpty());
    }

    @Test
    void unknownIdsAndKeysAreUsageErrorsWithASuggestion() {
        assertEquals("--apply #2: unknown node 'ordrs-db' (did you mean 'orders-db'?)",
                usageError("set web.replicas=3", "set ordrs-db.replicas=2"));
        assertEquals("--apply #1: unknown key 'replcas' (did you mean 'replicas'?)", usageError("set orders-db.replcas=2"));
        assertTrue(usageError("remove dependency web->strpe").contains("unknown node 'strpe' (did you mean 'stripe'?)"));
        assertTrue(usageError("remove dependency orders-db->web").contains("there is no dependency orders-db->web"));
        assertTrue(usageError("add dependency web->orders-db").contains("already exists"));
        assertTrue(usageError("add orders-db.zones=za").contains("already in zones"));
        assertTrue(usageError("remove orders-db.zones=zb").contains("not in zones"));
        assertTrue(usageError("add orders-db.replicas=2").contains("not a list"));
        assertTrue(usageError("set orders-db.id=db").contains("cannot be edited"));
        assertTrue(usageError("add payy.members=bea").contains("unknown team 'payy' (did you mean 'pay'?)"));
    }

    @Test
    void malformedEditsNameTheGrammar() {
        assertTrue(usageError("replicas=2").contains(EditParser.GRAMMAR));
        assertTrue(usageError("bump orders-db.replicas=2").startsWith("--apply #1: unknown verb 'bump'"));
        assertTrue(usageError("set orders-db.replicas").contains("has no '='"));
        assertTrue(usageError("set replicas=2").contains("is not TARGET.KEY"));
        assertTrue(usageError("add dependency web-orders-db").contains("is not a dependency FROM->TO"));
        assertTrue(usageError("set orders-db.zones=[za").contains("is not a YAML value"));
    }

    @Test
    void anEditThatBreaksTheTopologyIsBlamedByNumber() throws EditException {
        EditOutcome out = editor.apply(shop(), List.of("set web.replicas=3", "add orders-db.zones=zq",
                "set orders-db.replicas=0"), Path.of("shop.yaml"));
        assertFalse(out.ok());
        assertFalse(out.errors().isEmpty());
        assertTrue(out.errors().stream().allMatch(e -> e.startsWith("--apply #2 (add orders-db.zones=zq): ")), out.errors()::toString);
        assertTrue(out.errors().get(0).contains("zq"), out.errors()::toString);
    }

    @Test
    void idsWithDotsAreSplitAtTheLastDot() throws EditException {
        TopologyEdit e = EditParser.parse(1, "set api.v2.replicas=2");
        assertEquals("api.v2", e.target());
        assertEquals("replicas", e.key());
        TopologyEdit d = EditParser.parse(3, "set a.b->c.d.timeoutMs=5");
        assertEquals("a.b", d.from());
        assertEquals("c.d", d.to());
        assertEquals("--apply #3", d.label());
    }
}
