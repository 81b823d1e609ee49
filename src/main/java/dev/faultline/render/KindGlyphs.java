package dev.faultline.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dev.faultline.model.Kind;

/**
 * The glyph of each node kind: filled SVG path data in a 24x24 box, read from
 * {@code dev/faultline/render/kind-glyphs.properties} ({@code kind-id=path data}). JavaFX can use the raw data in an
 * {@code SVGPath}; Java2D and anything else draw the parsed {@link PathSegment}s. A kind without an entry gets the
 * {@code other} glyph. Load once and keep the instance; it is immutable.
 */
public final class KindGlyphs {
    public static final double BOX = 24;
    static final String RESOURCE = "/dev/faultline/render/kind-glyphs.properties";

    private final Map<Kind, String> data;
    private final Map<Kind, List<PathSegment>> paths;

    private KindGlyphs(Map<Kind, String> data) {
        this.data = data;
        this.paths = new EnumMap<>(Kind.class);
        data.forEach((k, d) -> paths.put(k, GlyphPathParser.parse(d)));
    }

    /** The glyphs bundled with Faultline. */
    public static KindGlyphs load() {
        try (InputStream in = KindGlyphs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Properties props = new Properties();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return fromProperties(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Glyphs from {@code kind-id=path data} pairs; unknown keys are ignored, missing kinds fall back to {@code other}. */
    public static KindGlyphs fromProperties(Properties props) {
        String other = props.getProperty(Kind.OTHER.id(), "M4 4h16v16H4z");
        Map<Kind, String> data = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) data.put(k, props.getProperty(k.id(), other).trim());
        return new KindGlyphs(data);
    }

    /** SVG path data (24x24 box), as written in the properties file. */
    public String pathData(Kind kind) {
        return data.get(kind);
    }

    /** The same glyph as absolute segments in the 24x24 box. */
    public List<PathSegment> path(Kind kind) {
        return paths.get(kind);
    }
}
