package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.io.importer.YNode.YMap;

class YamlReaderTest {
    private final Path file = Path.of("test.yml");

    private YMap read(String yaml) throws ImportException {
        return (YMap) new YamlReader().readAll(yaml, file).get(0);
    }

    @Test
    void aliasesAreExpandedNotReadAsStrings() throws ImportException {
        YMap root = read("""
                x-logging: &logging
                  driver: json-file
                services:
                  a:
                    logging: *logging
                """);
        assertEquals("json-file", root.textAt("services", "a", "logging", "driver").orElseThrow());
    }

    @Test
    void mergeKeysApplyAndExplicitKeysWin() throws ImportException {
        YMap root = read("""
                x-base: &base
                  image: redis
                  restart: always
                x-more: &more
                  restart: never
                  user: app
                services:
                  cache:
                    <<: [*base, *more]
                    image: valkey
                """);
        YMap cache = root.map("services").orElseThrow().map("cache").orElseThrow();
        assertEquals("valkey", cache.text("image").orElseThrow(), "explicit key wins");
        assertEquals("always", cache.text("restart").orElseThrow(), "first merged map wins over later ones");
        assertEquals("app", cache.text("user").orElseThrow());
        assertTrue(cache.get("<<").isEmpty());
    }

    @Test
    void positionsAreOneBased() throws ImportException {
        YMap root = read("a: 1\nb:\n  c: x\n");
        YNode c = root.at("b", "c").orElseThrow();
        assertEquals(3, c.line());
        assertEquals(6, c.column());
    }

    @Test
    void malformedYamlReportsLineAndColumn() {
        ImportException e = assertThrows(ImportException.class, () -> read("a: 1\nb: [1, 2\nc: 3\n"));
        assertTrue(e.line() >= 2, "line " + e.line());
        assertTrue(e.getMessage().startsWith("malformed YAML"));
        assertTrue(e.format().startsWith("test.yml:"));
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            yaml.append("]\n");
        }
        assertThrows(ImportException.class, () -> read(yaml.toString()));
    }

    @Test
    void emptyDocumentsAreSkipped() throws ImportException {
        List<YNode> docs = new YamlReader().readAll("---\na: 1\n---\n---\nb: 2\n---\n", file);
        assertEquals(2, docs.size());
    }

    @Test
    void duplicateKeysWarnAndTheLastWins() throws ImportException {
        YamlReader reader = new YamlReader();
        YMap root = (YMap) reader.readAll("a: 1\na: 2\n", file).get(0);
        assertEquals("2", root.text("a").orElseThrow());
        assertEquals(1, reader.warnings().size());
    }
}
