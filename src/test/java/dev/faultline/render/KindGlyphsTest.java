package dev.faultline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import dev.faultline.layout.Point;
import dev.faultline.model.Kind;
import dev.faultline.render.PathSegment.Op;

class KindGlyphsTest {
    @Test
    void everyKindHasAGlyphInsideTheBox() {
        KindGlyphs glyphs = KindGlyphs.load();
        for (Kind k : Kind.values()) {
            List<PathSegment> path = glyphs.path(k);
            assertFalse(path.isEmpty(), k.id());
            assertEquals(Op.MOVE, path.get(0).op());
            for (PathSegment s : path) {
                for (Point p : s.points()) {
                    assertTrue(p.x() >= -0.5 && p.x() <= 24.5 && p.y() >= -0.5 && p.y() <= 24.5, k + " " + p);
                }
            }
        }
    }

    @Test
    void relativeAndAbsoluteCommandsResolveToAbsolutePoints() {
        List<PathSegment> path = GlyphPathParser.parse("M2 3h4v5l-1-1L1,1c1 1 2 2 3 3Q5 5 6 6q1 1 2 2zm1 1 2 2");
        assertEquals(new Point(2, 3), path.get(0).points().get(0));
        assertEquals(new Point(6, 3), path.get(1).points().get(0));
        assertEquals(new Point(6, 8), path.get(2).points().get(0));
        assertEquals(new Point(5, 7), path.get(3).points().get(0));
        assertEquals(new Point(1, 1), path.get(4).points().get(0));
        assertEquals(List.of(new Point(2, 2), new Point(3, 3), new Point(4, 4)), path.get(5).points());
        assertEquals(Op.QUAD, path.get(6).op());
        assertEquals(List.of(new Point(7, 7), new Point(8, 8)), path.get(7).points());
        assertEquals(Op.CLOSE, path.get(8).op());
        // After z the pen is back at the subpath start (2,3); m is relative to it; the extra pair is a line-to.
        assertEquals(new Point(3, 4), path.get(9).points().get(0));
        assertEquals(Op.LINE, path.get(10).op());
        assertEquals(new Point(5, 6), path.get(10).points().get(0));
    }

    @Test
    void compactNumbersParseAsSvgDoes() {
        List<PathSegment> path = GlyphPathParser.parse("M.5.5L-1.5-2e1");
        assertEquals(new Point(0.5, 0.5), path.get(0).points().get(0));
        assertEquals(new Point(-1.5, -20), path.get(1).points().get(0));
    }

    @Test
    void arcsAndOtherCommandsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> GlyphPathParser.parse("M0 0A5 5 0 0 1 10 10"));
        assertThrows(IllegalArgumentException.class, () -> GlyphPathParser.parse("M0 0S1 1 2 2"));
        assertThrows(IllegalArgumentException.class, () -> GlyphPathParser.parse("10 10"));
        assertThrows(IllegalArgumentException.class, () -> GlyphPathParser.parse("M0"));
    }

    @Test
    void missingKindsFallBackToTheOtherGlyph() {
        Properties props = new Properties();
        props.setProperty("other", "M1 1h2v2z");
        KindGlyphs glyphs = KindGlyphs.fromProperties(props);
        assertEquals("M1 1h2v2z", glyphs.pathData(Kind.DATABASE));
    }
}
