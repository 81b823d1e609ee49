package dev.faultline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.faultline.io.yaml.YamlTreeReader;

/**
 * The floor for load time: Jackson's YAML parser reading every token of a document and doing nothing with it.
 * Benchmarks compare the real loader (which also builds, validates and indexes) against this.
 */
public final class YamlParseFloor {
    /** The same parser settings as the loader, so the floor is a fair one. */
    private final YAMLFactory factory = YamlTreeReader.newFactory();

    /** Reads every token; returns how many there were. */
    public long tokens(String yaml) {
        try (JsonParser p = factory.createParser(yaml)) {
            long count = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) count++;
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
