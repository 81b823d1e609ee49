package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import dev.faultline.io.v1.TopologyFileV1;
import dev.faultline.io.v1.V1Reader;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlList;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.YamlTreeReader;

/** Items streamed out of the parser and items read from a whole tree become the same records and problems. */
class V1ReaderTest {
    @Test
    void streamingAndWholeTreeReadsAgree() {
        String yaml = LoaderAssertions.fixture("five-errors.yaml") + "flows:\n  - {id: f, entry: web, extra: 1}\n";
        YamlTreeReader trees = new YamlTreeReader();

        ProblemLog wholeLog = new ProblemLog(null);
        YamlNode wholeRoot = trees.read(yaml, wholeLog).orElseThrow();
        TopologyFileV1 whole = new V1Reader(wholeLog).read(wholeRoot).orElseThrow();

        ProblemLog streamedLog = new ProblemLog(null);
        V1Reader streaming = new V1Reader(streamedLog);
        YamlNode streamedRoot = trees.read(yaml, streamedLog, streaming).orElseThrow();
        TopologyFileV1 streamed = streaming.read(streamedRoot).orElseThrow();

        assertEquals(whole, streamed);
        assertEquals(wholeLog.sorted(), streamedLog.sorted());
        assertTrue(((YamlMap) streamedRoot).entry("nodes").map(e -> ((YamlList) e.value()).items().isEmpty())
                .orElseThrow(), "streamed items are not kept in the tree");
        assertEquals(3, whole.nodes().size());
    }
}
