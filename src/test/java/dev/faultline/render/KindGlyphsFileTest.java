package dev.faultline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.faultline.model.Kind;

/**
 * The renderer draws node kinds from {@code kind-glyphs.properties}; the same glyphs ship as {@code icons/kinds/*.svg}
 * for exports and docs. Both must say the same thing, and the path data must stay within the commands that JavaFX
 * {@code SVGPath} and a small Java2D parser both understand.
 */
class KindGlyphsFileTest {
    private static final String RESOURCE = "/dev/faultline/render/kind-glyphs.properties";
    private static final Path KIND_ICONS = Path.of("icons", "kinds");
    /** The only commands allowed: no arcs (A/a), no smooth curves (S/s, T/t). */
    private static final Pattern ALLOWED = Pattern.compile("[MmLlHhVvCcQqZz0-9eE.,+\\-\\s]*");
    private static final Pattern SVG_PATH = Pattern.compile("<path\\b[^>]*\\bd=\"([^\"]*)\"");
    private static final Pattern ELEMENT = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)");

    static List<String> kinds() {
        return Kind.ids();
    }

    private static Properties glyphs() throws IOException {
        Properties p = new Properties();
        try (InputStream in = KindGlyphsFileTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is on the classpath");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void propertiesNameExactlyTheKinds() throws IOException {
        assertEquals(new TreeSet<>(Kind.ids()), new TreeSet<>(glyphs().stringPropertyNames()));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void svgFileHoldsOnePathEqualToTheProperty(String kind) throws IOException {
        String svg = Files.readString(KIND_ICONS.resolve(kind + ".svg"));
        assertTrue(svg.contains("viewBox=\"0 0 24 24\""), kind + ": 24x24 view box");
        assertEquals(List.of("svg", "path"), elements(svg), kind + ": only one <path> inside <svg>");
        assertTrue(svg.contains("fill=\"currentColor\""), kind + ": single colour, currentColor");
        assertFalse(svg.matches("(?s).*#[0-9a-fA-F]{3,6}.*"), kind + ": no fixed colours");
        Matcher m = SVG_PATH.matcher(svg);
        assertTrue(m.find(), kind + ": has path data");
        assertEquals(glyphs().getProperty(kind), m.group(1), kind + ": SVG and properties agree");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void pathDataUsesOnlyAllowedCommandsAndStaysOnTheGrid(String kind) throws IOException {
        String d = glyphs().getProperty(kind);
        assertNotNull(d, kind);
        assertTrue(ALLOWED.matcher(d).matches(), kind + ": only M L H V C Q Z commands");
        assertTrue(d.startsWith("M"), kind + ": starts with an absolute move");
        for (double[] p : absolutePoints(d)) {
            assertTrue(p[0] >= 0 && p[0] <= 24 && p[1] >= 0 && p[1] <= 24,
                    kind + ": point " + p[0] + "," + p[1] + " inside the 24x24 box");
        }
    }

    private static List<String> elements(String svg) {
        List<String> names = new ArrayList<>();
        Matcher m = ELEMENT.matcher(svg);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /**
     * End points of every command, made absolute: a deliberately small parser of the kind a Java2D renderer would use,
     * so this test also proves the data is parseable that way.
     */
    static List<double[]> absolutePoints(String d) {
        Matcher t = Pattern.compile("[A-Za-z]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?").matcher(d);
        List<String> tokens = new ArrayList<>();
        while (t.find()) tokens.add(t.group());
        List<double[]> points = new ArrayList<>();
        double x = 0, y = 0, startX = 0, startY = 0;
        char cmd = 0;
        int i = 0;
        Set<Character> arity2 = Set.of('M', 'L');
        while (i < tokens.size()) {
            String tok = tokens.get(i);
            if (Character.isLetter(tok.charAt(0))) {
                cmd = tok.charAt(0);
                i++;
                if (cmd == 'Z' || cmd == 'z') {
                    x = startX;
                    y = startY;
                    continue;
                }
            }
            boolean rel = Character.isLowerCase(cmd);
            char up = Character.toUpperCase(cmd);
            double[] n = switch (up) {
                case 'H', 'V' -> new double[] {num(tokens, i)};
                case 'Q' -> new double[] {num(tokens, i), num(tokens, i + 1), num(tokens, i + 2), num(tokens, i + 3)};
                case 'C' -> new double[] {num(tokens, i), num(tokens, i + 1), num(tokens, i + 2), num(tokens, i + 3),
                        num(tokens, i + 4), num(tokens, i + 5)};
                default -> {
                    if (!arity2.contains(up)) throw new IllegalArgumentException("unexpected command " + cmd);
                    yield new double[] {num(tokens, i), num(tokens, i + 1)};
                }
            };
            i += n.length;
            switch (up) {
                case 'H' -> x = rel ? x + n[0] : n[0];
                case 'V' -> y = rel ? y + n[0] : n[0];
                default -> {
                    double nx = n[n.length - 2], ny = n[n.length - 1];
                    x = rel ? x + nx : nx;
                    y = rel ? y + ny : ny;
                }
            }
            if (up == 'M') {
                startX = x;
                startY = y;
                cmd = rel ? 'l' : 'L'; // further pairs after a move are line-tos
            }
            points.add(new double[] {x, y});
        }
        return points;
    }

    private static double num(List<String> tokens, int i) {
        return Double.parseDouble(tokens.get(i));
    }

    /**
     * Holes must be wound against their outlines, so the nonzero rule (the default of SVG, JavaFX and Java2D) and
     * the even-odd rule paint the same pixels; and a glyph is neither empty nor a blob.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void glyphPaintsTheSameUnderBothFillRulesAndLooksLikeALineIcon(String kind) throws IOException {
        String d = glyphs().getProperty(kind);
        int nonZero = paintedPixels(d, Path2D.WIND_NON_ZERO);
        int evenOdd = paintedPixels(d, Path2D.WIND_EVEN_ODD);
        assertEquals(nonZero, evenOdd, kind + ": same picture under both fill rules");
        double coverage = nonZero / (double) (RASTER * RASTER);
        assertTrue(coverage > 0.12 && coverage < 0.5, kind + ": coverage " + coverage + " fits 2 px line art");
    }

    private static final int RASTER = 96;

    private static int paintedPixels(String d, int windingRule) {
        Path2D.Double path = new Path2D.Double(windingRule);
        Matcher m = Pattern.compile("([MLZ])([-\\d.]+)?[ ,]?([-\\d.]+)?").matcher(d);
        while (m.find()) {
            switch (m.group(1)) {
                case "M" -> path.moveTo(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
                case "L" -> path.lineTo(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
                default -> path.closePath();
            }
        }
        BufferedImage img = new BufferedImage(RASTER, RASTER, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.scale(RASTER / 24.0, RASTER / 24.0);
        g.setColor(Color.WHITE);
        g.fill(path);
        g.dispose();
        int painted = 0;
        for (int y = 0; y < RASTER; y++) {
            for (int x = 0; x < RASTER; x++) {
                if ((img.getRGB(x, y) & 0xff) > 127) painted++;
            }
        }
        return painted;
    }

    @Test
    void smallParserReadsRelativeAndShorthandCommands() {
        List<double[]> pts = absolutePoints("M1 2l3 4H10v-2Q1 1 2 2c1 1 1 1 1 1z");
        assertEquals(6, pts.size());
        assertEquals(10, pts.get(2)[0]);
        assertEquals(4, pts.get(3)[1]);
        assertEquals(3, pts.get(5)[0]);
    }
}
