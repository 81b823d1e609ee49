package dev.faultline.app.canvas;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.faultline.export.diagram.ScenePainter;
import dev.faultline.layout.Box;
import dev.faultline.render.Palette;
import dev.faultline.render.SceneNode;

/**
 * The moving picture's nodes as sprites (issue #13): each node look (its scene node, dimming, selection) is painted
 * with Java2D once per zoom and kept as a small bitmap, and a picture copies it in. Painting ~250 nodes' text and
 * anti-aliased rounded boxes took 0.1-0.3 s per picture at mid zoom (seconds under load), so a zoom outran the
 * pictures; a copy of the same pixels is a few milliseconds. The moving picture is painted at zooms in steps
 * ({@link #bucket}), so the sprites of one step serve every picture painted at it.
 * <p>A sprite lands on whole pixels of the picture: a node may sit up to half a pixel from where its view is, which
 * a picture shown only while the view moves can afford. Used on the edge worker thread only.
 */
final class NodeSprites {
    /** Diagram units round the box that a sprite keeps: the selection ring, the SPOF and state badges. */
    static final double PAD = 16;
    /** The moving picture's zooms: this many steps per doubling (about 9 % apart). */
    private static final int STEPS_PER_DOUBLING = 8;

    /** What a sprite shows; equal looks share one. */
    private record Key(SceneNode node, double dim, boolean selected, double zoom, Palette palette, int ring,
                       int background) { }

    /** Premultiplied ARGB pixels; the node's box corner (minus PAD) is at pixel (0, 0). */
    private record Sprite(int[] px, int width, int height) { }

    private final ScenePainter painter;
    private final long maxPixels;
    private long pixels;
    private final LinkedHashMap<Key, Sprite> cache = new LinkedHashMap<>(256, 0.75f, true);
    private int painted;

    NodeSprites(ScenePainter painter, long maxPixels) {
        this.painter = painter;
        this.maxPixels = maxPixels;
    }

    /** The zoom step nearest {@code zoom}: a picture at it is scaled by at most ~4.5 % to the view's zoom. */
    static double bucket(double zoom) {
        double steps = Math.rint(Math.log(zoom) / Math.log(2) * STEPS_PER_DOUBLING);
        return Math.pow(2, steps / STEPS_PER_DOUBLING);
    }

    /** Paints the picture's labelled edges, then its nodes (copied from their sprites), into {@code pic}. */
    void paint(int[] pic, EdgeRaster.Frame frame, NodePicture picture) {
        if (!picture.labelled().isEmpty()) {
            Graphics2D g = EdgeRaster.graphics(frame, pic);
            try {
                hints(g);
                picture.paintLabelled(g, painter);
            } finally {
                g.dispose();
            }
        }
        for (NodePicture.Look look : picture.nodes()) {
            Sprite s = spriteOf(look, frame.zoom(), picture);
            int x = (int) Math.rint(frame.px(look.x() - PAD));
            int y = (int) Math.rint(frame.py(look.y() - PAD));
            blend(pic, frame.width(), frame.height(), s, x, y);
        }
    }

    /** Sprites painted since this object was made (tests: a second picture of the same looks paints none). */
    int painted() {
        return painted;
    }

    private Sprite spriteOf(NodePicture.Look look, double zoom, NodePicture picture) {
        Key key = new Key(look.node(), look.dim(), look.selected(), zoom, picture.palette(), picture.ringColour(),
                picture.background());
        Sprite s = cache.get(key);
        if (s != null) return s;
        s = paintSprite(look, zoom, picture);
        cache.put(key, s);
        pixels += s.px().length;
        for (Iterator<Map.Entry<Key, Sprite>> it = cache.entrySet().iterator(); pixels > maxPixels && it.hasNext(); ) {
            Map.Entry<Key, Sprite> eldest = it.next();
            if (eldest.getValue() == s) break;
            pixels -= eldest.getValue().px().length;
            it.remove();
        }
        return s;
    }

    private Sprite paintSprite(NodePicture.Look look, double zoom, NodePicture picture) {
        Box b = look.node().bounds();
        int w = (int) Math.ceil((b.width() + 2 * PAD) * zoom) + 1;
        int h = (int) Math.ceil((b.height() + 2 * PAD) * zoom) + 1;
        int[] px = new int[w * h];
        EdgeRaster.Frame local = new EdgeRaster.Frame(b.x() - PAD, b.y() - PAD, zoom, w, h);
        Graphics2D g = EdgeRaster.graphics(local, px);
        try {
            hints(g);
            picture.paintNode(g, painter, look);
        } finally {
            g.dispose();
        }
        painted++;
        return new Sprite(px, w, h);
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Source-over of a premultiplied sprite onto premultiplied pixels, clipped to the picture. */
    private static void blend(int[] dst, int dw, int dh, Sprite s, int x, int y) {
        int fromX = Math.max(0, -x);
        int toX = Math.min(s.width(), dw - x);
        int fromY = Math.max(0, -y);
        int toY = Math.min(s.height(), dh - y);
        int[] src = s.px();
        for (int sy = fromY; sy < toY; sy++) {
            int si = sy * s.width();
            int di = (y + sy) * dw + x;
            for (int sx = fromX; sx < toX; sx++) {
                int p = src[si + sx];
                int a = p >>> 24;
                if (a == 0) continue;
                if (a == 255) {
                    dst[di + sx] = p;
                    continue;
                }
                int q = dst[di + sx];
                int inv = 255 - a;
                dst[di + sx] = ((p >>> 24) + mul(q >>> 24, inv)) << 24
                        | ((p >> 16 & 0xFF) + mul(q >> 16 & 0xFF, inv)) << 16
                        | ((p >> 8 & 0xFF) + mul(q >> 8 & 0xFF, inv)) << 8
                        | ((p & 0xFF) + mul(q & 0xFF, inv));
            }
        }
    }

    /** c * a / 255, rounded. */
    private static int mul(int c, int a) {
        int t = c * a + 128;
        return (t + (t >> 8)) >> 8;
    }
}
