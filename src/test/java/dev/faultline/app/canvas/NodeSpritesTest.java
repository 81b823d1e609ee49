package dev.faultline.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.export.diagram.ScenePainter;
import dev.faultline.layout.Box;
import dev.faultline.model.Kind;
import dev.faultline.render.KindGlyphs;
import dev.faultline.render.Palette;
import dev.faultline.render.SceneNode;
import dev.faultline.render.StateMarker;

/**
 * The moving picture's nodes copied from sprites (issue #13) look as the nodes painted directly with Java2D do
 * (within half a pixel of placement), a second picture of the same looks at the same zoom step paints no sprite
 * again, and a changed look (dimming, selection) gets its own.
 */
class NodeSpritesTest {
    private static final ScenePainter PAINTER = new ScenePainter(KindGlyphs.load());

    private static SceneNode node(String id, double x, double y, boolean spof, StateMarker marker) {
        return new SceneNode(id, id + "-service", Kind.SERVICE, new Box(x, y, 180, 56), "#F6F8FA", "#57606A", 1.5,
                List.of(), "#1F2328", List.of("x3", "eu-west-1a"), spof, marker, id);
    }

    private static NodePicture picture(boolean dimmed, boolean selected) {
        List<NodePicture.Look> looks = new ArrayList<>();
        looks.add(new NodePicture.Look(node("a", 40, 40, true, StateMarker.NONE), 40, 40, dimmed ? 0.3 : 1, selected));
        looks.add(new NodePicture.Look(node("b", 300, 60, false, StateMarker.DOWN), 300, 60, 1, false));
        // Drawn where its view is (dragged), not at its scene box.
        looks.add(new NodePicture.Look(node("c", 100, 200, false, StateMarker.NONE), 420, 210, 1, false));
        return new NodePicture(looks, List.of(), Palette.LIGHT, 0xFF0072B2, 0xFFFFFFFF);
    }

    /** The picture as the earlier moving picture painted it: every node with Java2D, straight into the bitmap. */
    private static int[] direct(EdgeRaster.Frame f, NodePicture p) {
        int[] px = new int[f.width() * f.height()];
        Graphics2D g = EdgeRaster.graphics(f, px);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        p.paint(g, PAINTER);
        g.dispose();
        return px;
    }

    @Test
    void spritesPaintTheNodesAsJava2dDoesWithinHalfAPixel() {
        // Whole pixels per diagram unit at this zoom and origin: the sprites then land exactly where Java2D paints.
        EdgeRaster.Frame f = new EdgeRaster.Frame(0, 0, 0.5, 360, 180);
        NodePicture p = picture(true, true);
        int[] expected = direct(f, p);
        int[] actual = new int[f.width() * f.height()];
        new NodeSprites(PAINTER, 1_000_000).paint(actual, f, p);
        long diff = 0;
        int painted = 0;
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != 0) painted++;
            for (int shift = 0; shift < 32; shift += 8) {
                diff += Math.abs((expected[i] >>> shift & 0xFF) - (actual[i] >>> shift & 0xFF));
            }
        }
        assertTrue(painted > 6_000, "the nodes cover a good part of the picture: " + painted);
        // Per painted pixel and channel, on average: the same picture but for rounding.
        double mean = diff / (painted * 4.0);
        assertTrue(mean < 1.5, "mean difference per channel " + mean);
    }

    @Test
    void aSecondPictureOfTheSameLooksAtTheSameZoomCopiesTheSpritesItPaintedBefore() {
        NodeSprites sprites = new NodeSprites(PAINTER, 1_000_000);
        double zoom = NodeSprites.bucket(0.52);
        // Panned: another frame at the same zoom step.
        EdgeRaster.Frame first = new EdgeRaster.Frame(0, 0, zoom, 400, 200);
        EdgeRaster.Frame second = new EdgeRaster.Frame(35.5, 12.25, zoom, 400, 200);
        sprites.paint(new int[400 * 200], first, picture(false, false));
        assertEquals(3, sprites.painted());
        sprites.paint(new int[400 * 200], second, picture(false, false));
        assertEquals(3, sprites.painted(), "no node painted again");
        // A dimmed, selected node is another look: one more sprite.
        sprites.paint(new int[400 * 200], second, picture(true, true));
        assertEquals(4, sprites.painted());
        // Another zoom step: all of them again.
        sprites.paint(new int[400 * 200], new EdgeRaster.Frame(0, 0, NodeSprites.bucket(0.7), 400, 200),
                picture(false, false));
        assertEquals(7, sprites.painted());
    }

    @Test
    void theCacheKeepsWithinItsPixelsAndStillPaintsEveryNode() {
        // Room for about one sprite: each picture paints what it lacks, and the pixels still arrive.
        NodeSprites sprites = new NodeSprites(PAINTER, 6_000);
        EdgeRaster.Frame f = new EdgeRaster.Frame(0, 0, 0.5, 360, 180);
        NodePicture p = picture(false, false);
        int[] once = new int[f.width() * f.height()];
        sprites.paint(once, f, p);
        int[] again = new int[f.width() * f.height()];
        sprites.paint(again, f, p);
        assertTrue(sprites.painted() > 3, "evicted sprites are painted again: " + sprites.painted());
        org.junit.jupiter.api.Assertions.assertArrayEquals(once, again);
    }

    @Test
    void zoomStepsAreAboutNinePercentApartAndTheNearestIsTaken() {
        assertEquals(0.5, NodeSprites.bucket(0.5), 1e-12);
        assertEquals(1.0, NodeSprites.bucket(1.0), 1e-12);
        assertEquals(1.0, NodeSprites.bucket(1.03), 1e-12);
        assertEquals(Math.pow(2, 1 / 8.0), NodeSprites.bucket(1.07), 1e-12);
        for (double z = 0.2; z < 3; z *= 1.013) {
            double b = NodeSprites.bucket(z);
            assertTrue(Math.abs(b / z - 1) < 0.045, z + " -> " + b);
        }
    }
}
