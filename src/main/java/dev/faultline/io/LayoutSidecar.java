package dev.faultline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.faultline.layout.Point;
import dev.faultline.io.yaml.Problem;

/**
 * Pinned node positions kept next to a topology file, in {@code <file>.faultline-layout.json}. The user's YAML is
 * never rewritten; the sidecar is written atomically (temp file in the same directory, then an atomic move) so a
 * crash never leaves half a file.
 *
 * <p>A sidecar is a file colleagues commit and merge, so it is not trusted: one that is not our JSON (merge-conflict
 * markers, a truncated file) is reported as a warning, ignored, and moved aside to {@code .bak} before Faultline
 * writes a new one, so the positions in it are never silently lost. Coordinates that are not finite or further than
 * {@link #MAX_COORDINATE} from the origin are dropped: one such point makes a diagram of nothing but empty space.
 */
public final class LayoutSidecar {
    public static final String SUFFIX = ".faultline-layout.json";
    /** Far beyond any real canvas (50,000 nodes span about 10^6 points), well within what drawing code handles. */
    public static final double MAX_COORDINATE = 1e7;
    private static final int VERSION = 1;
    private final ObjectMapper json = new ObjectMapper();

    /** The pinned positions, and what was wrong with the sidecar (empty when nothing was). */
    public record Reading(Map<String, Point> pinned, List<Problem> problems) {
        public Reading {
            pinned = Map.copyOf(pinned);
            problems = List.copyOf(problems);
        }

        static Reading nothing() {
            return new Reading(Map.of(), List.of());
        }
    }

    public Path sidecarOf(Path topologyFile) {
        return pathOf(topologyFile);
    }

    /**
     * Where the sidecar of {@code topologyFile} is, without making a reader: a command that only needs the name (to
     * refuse writing its output over it) does not pay for a JSON mapper (about 30 ms of a sample {@code analyze}).
     */
    public static Path pathOf(Path topologyFile) {
        return topologyFile.resolveSibling(topologyFile.getFileName() + SUFFIX);
    }

    /** Where a damaged sidecar is kept instead of being overwritten. */
    public Path backupOf(Path topologyFile) {
        Path file = sidecarOf(topologyFile);
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** Pinned top-left corners by node id; empty when there is no usable sidecar. */
    public Map<String, Point> read(Path topologyFile) {
        return load(topologyFile).pinned();
    }

    /** Pinned positions with a warning for a damaged sidecar or dropped coordinates; never throws. */
    public Reading load(Path topologyFile) {
        Path file = sidecarOf(topologyFile);
        if (!Files.exists(file)) return Reading.nothing();
        try {
            JsonNode root = parse(file);
            JsonNode pinned = root == null ? null : root.get("pinned");
            if (pinned == null || !pinned.isObject()) {
                return damaged(topologyFile, 1, 1, "not a Faultline layout (no 'pinned' object)");
            }
            Map<String, Point> out = new LinkedHashMap<>();
            List<String> dropped = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = pinned.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Optional<Point> p = point(e.getValue());
                if (p.isPresent()) out.put(e.getKey(), p.get());
                else dropped.add(e.getKey());
            }
            List<Problem> problems = dropped.isEmpty() ? List.of() : List.of(Problem.warning(file, 1, 1,
                    dropped.size() + " pinned position(s) ignored: not numbers, or further than "
                            + String.format(java.util.Locale.ROOT, "%.0e", MAX_COORDINATE) + " from the origin ("
                            + String.join(", ", dropped.subList(0, Math.min(5, dropped.size())))
                            + (dropped.size() > 5 ? ", ..." : "") + ")"));
            return new Reading(out, problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return damaged(topologyFile, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), "not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException | RuntimeException e) {
            // A sidecar that cannot be read must never stop the topology from opening; positions are a convenience.
            return damaged(topologyFile, 1, 1, "cannot be read (" + OutputTarget.reason(
                    e instanceof IOException io ? io : new IOException(e.getMessage())) + ")");
        }
    }

    private JsonNode parse(Path file) throws IOException {
        return json.readTree(InputFile.readText(file, InputFile.MAX_BYTES));
    }

    private Reading damaged(Path topologyFile, int line, int column, String why) {
        return new Reading(Map.of(), List.of(Problem.warning(sidecarOf(topologyFile), line, column,
                "layout sidecar " + why + ": pinned positions ignored; it will be kept as "
                        + backupOf(topologyFile).getFileName() + ", not overwritten")));
    }

    /** A finite point near enough to the origin to draw, else empty. */
    private static Optional<Point> point(JsonNode value) {
        JsonNode x = value.get("x");
        JsonNode y = value.get("y");
        if (x == null || y == null || !x.isNumber() || !y.isNumber()) return Optional.empty();
        double px = x.asDouble();
        double py = y.asDouble();
        if (!usable(px) || !usable(py)) return Optional.empty();
        return Optional.of(new Point(px, py));
    }

    private static boolean usable(double v) {
        return Double.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;
    }

    /**
     * Writes the pinned positions (sorted by id, for stable diffs); an empty map deletes the sidecar. A damaged
     * sidecar is moved to {@code .bak} first: it may hold a colleague's positions behind a merge conflict.
     */
    public void write(Path topologyFile, Map<String, Point> pinned) throws IOException {
        Path file = sidecarOf(topologyFile);
        keepDamagedAside(topologyFile);
        if (pinned.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        ObjectNode root = json.createObjectNode();
        root.put("faultlineLayout", VERSION);
        ObjectNode nodes = root.putObject("pinned");
        new TreeMap<>(pinned).forEach((id, p) -> {
            if (usable(p.x()) && usable(p.y())) nodes.putObject(id).put("x", p.x()).put("y", p.y());
        });
        OutputTarget.of(file, List.of(topologyFile)).write(json.writerWithDefaultPrettyPrinter()
                .writeValueAsString(root) + "\n");
    }

    private void keepDamagedAside(Path topologyFile) throws IOException {
        Path file = sidecarOf(topologyFile);
        if (!Files.isRegularFile(file)) return;
        boolean damaged;
        try {
            JsonNode root = parse(file);
            damaged = root == null || !(root.get("pinned") instanceof ObjectNode);
        } catch (IOException | RuntimeException e) {
            damaged = true;
        }
        if (!damaged) return;
        Path bak = backupOf(topologyFile);
        // An older backup is someone's positions too: take the next free name rather than replace it.
        for (int i = 1; Files.exists(bak, java.nio.file.LinkOption.NOFOLLOW_LINKS) && i < 1000; i++) {
            bak = backupOf(topologyFile).resolveSibling(backupOf(topologyFile).getFileName() + "." + i);
        }
        Files.move(file, bak);
    }
}
