package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Issue #10 item 13: the schema is used by editors and CI validators that are not Java. Its patterns must be plain
 * ECMA-262 (no {@code \p{..}} classes, which Python's {@code re} rejects as "bad escape \p"), and, where python3 with
 * the {@code jsonschema} package is installed, a second implementation must accept the schema and the samples.
 */
class SchemaPortabilityTest {
    private static final Path SCHEMA = Path.of("docs/schema/faultline-v1.schema.json");

    @Test
    void everyPatternIsPortableRegex() throws IOException {
        List<String> patterns = new ArrayList<>();
        collectPatterns(new ObjectMapper().readTree(SCHEMA.toFile()), patterns);
        assertFalse(patterns.isEmpty());
        for (String p : patterns) {
            // Unicode property classes, lookbehind, named groups and possessive or atomic forms differ between
            // implementations; ECMA-262 without the 'u' flag has none of them.
            for (String unportable : List.of("\\p", "\\P", "(?<", "(?>", "*+", "++", "?+", "\\A", "\\Z", "\\z")) {
                assertFalse(p.contains(unportable), "pattern " + p + " uses " + unportable);
            }
        }
    }

    @Test
    void pythonJsonschemaAcceptsTheSchemaAndTheSamples(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(python("import jsonschema", dir).exitCode == 0, "python3 with jsonschema not installed");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        List<String> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-topologies"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Path out = dir.resolve(f.getFileName() + ".json");
                json.writeValue(out.toFile(), yaml.readTree(f.toFile()));
                samples.add(out.toString());
            }
        }
        assertFalse(samples.isEmpty());
        Files.write(dir.resolve("bad.json"), "{\"faultline\": 1, \"name\": \"x\", \"nodes\": [{\"id\": \"a b\"}]}"
                .getBytes(StandardCharsets.UTF_8));
        String script = """
                import json, sys, jsonschema
                schema = json.load(open(sys.argv[1]))
                V = jsonschema.Draft202012Validator
                V.check_schema(schema, format_checker=V.FORMAT_CHECKER)
                v = V(schema)
                for f in sys.argv[3:]:
                    errors = list(v.iter_errors(json.load(open(f))))
                    if errors: print(f, errors[0].message); sys.exit(3)
                if not list(v.iter_errors(json.load(open(sys.argv[2])))): print("accepted 'a b'"); sys.exit(4)
                print("ok")
                """;
        List<String> args = new ArrayList<>(List.of(SCHEMA.toString(), dir.resolve("bad.json").toString()));
        args.addAll(samples);
        Result r = python(script, dir, args.toArray(String[]::new));
        assertEquals(0, r.exitCode, r.output);
        assertTrue(r.output.contains("ok"), r.output);
    }

    private static void collectPatterns(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("pattern") && e.getValue().isTextual()) out.add(e.getValue().asText());
                else collectPatterns(e.getValue(), out);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectPatterns(n, out));
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result python(String script, Path dir, String... args) throws Exception {
        Path file = dir.resolve("check.py");
        Files.writeString(file, script);
        List<String> command = new ArrayList<>(List.of("python3", file.toString()));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, "no python3");
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
        return new Result(p.exitValue(), output);
    }
}
