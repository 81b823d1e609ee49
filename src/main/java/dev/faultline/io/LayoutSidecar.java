package dev.faultline.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.layout.Point;

/**
 * Pinned node positions kept next to a topology file, in {@code <file>.faultline-layout.json}. The user's YAML is
 * never rewritten; the sidecar is written atomically (temp file in the same directory, then an atomic move) so a
 * crash never leaves half a file. A missing or unreadable sidecar reads as "nothing pinned".
 */
public final class LayoutSidecar {
    public static final String SUFFIX = ".faultline-layout.json";
    private static final int VERSION = 1;
    private final ObjectMapper json = new ObjectMapper();

    public Path sidecarOf(Path topologyFile) {
        return topologyFile.resolveSibling(topologyFile.getFileName() + SUFFIX);
    }

    /** Pinned top-left corners by node id; empty when there is no usable sidecar. */
    public Map<String, Point> read(Path topologyFile) {
        Path file = sidecarOf(topologyFile);
        if (!Files.isRegularFile(file)) return Map.of();
        try {
            JsonNode root = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode pinned = root == null ? null : root.get("pinned");
            if (pinned == null || !pinned.isObject()) return Map.of();
            Map<String, Point> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = pinned.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode x = e.getValue().get("x");
                JsonNode y = e.getValue().get("y");
                if (x != null && y != null && x.isNumber() && y.isNumber()) {
                    out.put(e.getKey(), new Point(x.asDouble(), y.asDouble()));
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            // A damaged sidecar must never stop the topology from opening; positions are a convenience.
            return Map.of();
        }
    }

    /** Writes the pinned positions (sorted by id, for stable diffs); an empty map deletes the sidecar. */
    public void write(Path topologyFile, Map<String, Point> pinned) throws IOException {
        Path file = sidecarOf(topologyFile);
        if (pinned.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        ObjectNode root = json.createObjectNode();
        root.put("faultlineLayout", VERSION);
        ObjectNode nodes = root.putObject("pinned");
        new TreeMap<>(pinned).forEach((id, p) -> nodes.putObject(id).put("x", p.x()).put("y", p.y()));
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
