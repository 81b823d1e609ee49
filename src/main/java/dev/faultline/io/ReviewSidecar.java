package dev.faultline.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.analysis.FindingReview;

/**
 * The reviewer's decisions on findings (accepted / ignored, with a note), kept next to the topology in
 * {@code <file>.faultline-review.json}, like the layout sidecar: the user's YAML is never rewritten, the sidecar is
 * written atomically, and a missing or damaged one reads as "no decisions".
 */
public final class ReviewSidecar {
    public static final String SUFFIX = ".faultline-review.json";
    private static final int VERSION = 1;
    private final ObjectMapper json = new ObjectMapper();

    public Path sidecarOf(Path topologyFile) {
        return topologyFile.resolveSibling(topologyFile.getFileName() + SUFFIX);
    }

    /** Decisions by finding key; empty when there is no usable sidecar. */
    public Map<String, FindingReview> read(Path topologyFile) {
        Path file = sidecarOf(topologyFile);
        if (!Files.isRegularFile(file)) return Map.of();
        try {
            JsonNode root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode findings = root == null ? null : root.get("findings");
            if (findings == null || !findings.isObject()) return Map.of();
            Map<String, FindingReview> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = findings.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode status = e.getValue().get("status");
                JsonNode note = e.getValue().get("note");
                if (status == null || !status.isTextual()) continue;
                FindingReview.Status.fromId(status.asText()).ifPresent(s -> out.put(e.getKey(),
                        new FindingReview(e.getKey(), s, note != null && note.isTextual() ? note.asText() : "")));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            // Decisions are a convenience: a damaged sidecar must never stop the topology from opening.
            return Map.of();
        }
    }

    /** Writes the decisions (sorted by key, for stable diffs); none deletes the sidecar. */
    public void write(Path topologyFile, Map<String, FindingReview> reviews) throws IOException {
        Path file = sidecarOf(topologyFile);
        if (reviews.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        ObjectNode root = json.createObjectNode();
        root.put("faultlineReview", VERSION);
        ObjectNode findings = root.putObject("findings");
        new TreeMap<>(reviews).forEach((key, r) -> findings.putObject(key).put("status", r.status().id())
                .put("note", r.note()));
        AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }
}
