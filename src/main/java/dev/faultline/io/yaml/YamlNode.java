package dev.faultline.io.yaml;

import dev.faultline.model.SourcePosition;

/**
 * A minimal positioned YAML tree. Jackson's {@code JsonNode} keeps no positions, and every problem Faultline reports
 * must point at a line and column, so the streaming tokens are gathered into these nodes instead.
 */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {
    SourcePosition at();

    /** How a problem message names what was found instead of the expected shape. */
    String describe();
}
