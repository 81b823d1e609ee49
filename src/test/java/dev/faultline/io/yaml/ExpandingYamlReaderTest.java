package dev.faultline.io.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExpandingYamlReaderTest {
    private final Path file = Path.of("test.yml");

    private YamlMap read(String yaml) throws YamlSyntaxException {
        return (YamlMap) new ExpandingYamlReader().readAll(yaml, file).get(0);
    }

    @Test
    void aliasesAreExpandedNotReadAsStrings() throws YamlSyntaxException {
        YamlMap root = read("""
                x-logging: &logging
                  driver: json-file
                services:
                  a:
                    logging: *logging
                """);
        assertEquals("json-file", root.textAt("services", "a", "logging", "driver").orElseThrow());
    }

    @Test
    void mergeKeysApplyAndExplicitKeysWin() throws YamlSyntaxException {
        YamlMap root = read("""
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
        YamlMap cache = root.map("services").orElseThrow().map("cache").orElseThrow();
        assertEquals("valkey", cache.text("image").orElseThrow(), "explicit key wins");
        assertEquals("always", cache.text("restart").orElseThrow(), "first merged map wins over later ones");
        assertEquals("app", cache.text("user").orElseThrow());
        assertTrue(cache.get("<<").isEmpty());
    }

    @Test
    void positionsAreOneBased() throws YamlSyntaxException {
        YamlMap root = read("a: 1\nb:\n  c: x\n");
        YamlNode c = root.path("b", "c").orElseThrow();
        assertEquals(3, c.line());
        assertEquals(6, c.column());
    }

    @Test
    void malformedYamlReportsLineAndColumn() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> read("a: 1\nb: [1, 2\nc: 3\n"));
        assertTrue(e.problem().line() >= 2, "line " + e.problem().line());
        assertTrue(e.getMessage().startsWith("malformed YAML"));
        assertEquals(file, e.problem().file());
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            yaml.append("]\n");
        }
        assertThrows(YamlSyntaxException.class, () -> read(yaml.toString()));
    }

    @Test
    void emptyDocumentsAreSkipped() throws YamlSyntaxException {
        List<YamlNode> docs = new ExpandingYamlReader().readAll("---\na: 1\n---\n---\nb: 2\n---\n", file);
        assertEquals(2, docs.size());
    }

    @Test
    void duplicateKeysWarnAndTheLastWins() throws YamlSyntaxException {
        ExpandingYamlReader reader = new ExpandingYamlReader();
        YamlMap root = (YamlMap) reader.readAll("a: 1\na: 2\n", file).get(0);
        assertEquals("2", root.text("a").orElseThrow());
        assertEquals(1, reader.warnings().size());
    }
}
