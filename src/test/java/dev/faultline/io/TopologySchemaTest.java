package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.faultline.model.Kind;
import dev.faultline.io.v1.V1Reader;
import dev.faultline.io.v1.V1Validator;

/**
 * The JSON Schema editors use (docs/schema/faultline-v1.schema.json) agrees with the loader: every file the loader
 * accepts, from sample-topologies/ and from this package's fixtures, is valid against the schema; the schema names
 * exactly the keys the loader knows; and the schema itself is valid draft 2020-12.
 */
class TopologySchemaTest {
    private static final Path SCHEMA = Path.of("docs/schema/faultline-v1.schema.json");
    private static final List<Path> FOLDERS =
            List.of(Path.of("sample-topologies"), Path.of("src/test/resources/dev/faultline/io"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schemaJson;
    private static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        schemaJson = JSON.readTree(SCHEMA.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
    }

    @TestFactory
    Stream<DynamicTest> everyFileTheLoaderAcceptsMatchesTheSchema() {
        List<Path> files = yamlFiles();
        assertFalse(files.isEmpty(), "no fixtures found; is the working directory the project root?");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            LoadResult loaded = new TopologyLoader().load(file);
            if (file.startsWith("sample-topologies")) {
                assertTrue(loaded.ok(), () -> "a sample must load:\n" + LoaderAssertions.describe(loaded));
            }
            if (loaded.ok()) {
                Set<ValidationMessage> messages = schema.validate(YAML.readTree(file.toFile()));
                assertTrue(messages.isEmpty(), () -> file + " loads but breaks the schema: " + messages);
            }
        }));
    }

    @Test
    void schemaRejectsWrongTypesAndRanges() throws IOException {
        JsonNode file = YAML.readTree(LoaderAssertions.fixture("five-errors.yaml"));
        String messages = schema.validate(file).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.joining("\n"));
        assertTrue(messages.contains("replicas"), messages);
        assertTrue(messages.contains("slo"), messages);
    }

    @Test
    void schemaRejectsOtherVersionsAndBadIds() throws IOException {
        JsonNode file = YAML.readTree("faultline: 2\nname: x\nnodes: [{id: 'web frontend', kind: databse}]\n");
        String messages = schema.validate(file).stream().map(ValidationMessage::getMessage)
                .collect(Collectors.joining("\n"));
        assertTrue(messages.contains("faultline"), messages);
        assertTrue(messages.contains("id"), messages);
        assertTrue(messages.contains("kind"), messages);
    }

    @Test
    void schemaListsExactlyTheKeysTheLoaderKnows() {
        assertEquals(new TreeSet<>(V1Reader.ROOT_KEYS), keys(schemaJson.get("properties")));
        JsonNode defs = schemaJson.get("$defs");
        assertEquals(new TreeSet<>(V1Reader.TEAM_KEYS), keys(defs.get("team").get("properties")));
        assertEquals(new TreeSet<>(V1Reader.ZONE_KEYS), keys(defs.get("zone").get("properties")));
        assertEquals(new TreeSet<>(V1Reader.NODE_KEYS), keys(defs.get("node").get("properties")));
        assertEquals(new TreeSet<>(V1Reader.DEPENDENCY_KEYS), keys(defs.get("dependency").get("properties")));
        assertEquals(new TreeSet<>(V1Reader.FLOW_KEYS), keys(defs.get("flow").get("properties")));
        List<String> kinds = new ArrayList<>();
        defs.get("node").get("properties").get("kind").get("enum").forEach(k -> kinds.add(k.asText()));
        assertEquals(Kind.ids(), kinds);
        assertEquals(V1Validator.MAX_REPLICAS, defs.get("node").get("properties").get("replicas").get("maximum").asLong());
    }

    @Test
    void everyPropertyIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schemaJson.get("properties"), "", undescribed);
        schemaJson.get("$defs").fields().forEachRemaining(def -> {
            if (def.getValue().has("properties")) collectUndescribed(def.getValue().get("properties"), def.getKey() + ".", undescribed);
        });
        assertTrue(undescribed.isEmpty(), "without description: " + undescribed);
    }

    @Test
    void schemaIsValidDraft202012() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> messages = meta.validate(schemaJson);
        assertTrue(messages.isEmpty(), messages::toString);
    }

    private static void collectUndescribed(JsonNode properties, String prefix, List<String> out) {
        properties.fields().forEachRemaining(p -> {
            if (!p.getValue().has("description")) out.add(prefix + p.getKey());
        });
    }

    private static Set<String> keys(JsonNode properties) {
        Set<String> keys = new TreeSet<>();
        properties.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<Path> yamlFiles() {
        List<Path> files = new ArrayList<>();
        for (Path folder : FOLDERS) {
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
