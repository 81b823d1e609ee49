package dev.faultline.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void zoomingKeepsThePointUnderThePointerStill() {
        Viewport v = new Viewport();
        v.set(0.7, 30, -12);
        double wx = v.toWorldX(400);
        double wy = v.toWorldY(250);
        v.zoomAt(1.6, 400, 250);
        assertEquals(wx, v.toWorldX(400), 1e-9);
        assertEquals(wy, v.toWorldY(250), 1e-9);
        assertEquals(1.12, v.scale(), 1e-9);
    }

    @Test
    void zoomIsClamped() {
        Viewport v = new Viewport();
        for (int i = 0; i < 100; i++) v.zoomAt(0.5, 0, 0);
        assertEquals(Viewport.MIN_SCALE, v.scale());
        for (int i = 0; i < 100; i++) v.zoomAt(2, 0, 0);
        assertEquals(Viewport.MAX_SCALE, v.scale());
    }

    @Test
    void fitShowsTheWholeDrawingCentred() {
        Viewport v = new Viewport();
        v.fit(0, 0, 8000, 2000, 1000, 600, 1.5);
        assertTrue(v.scale() < 0.13);
        double left = v.toWorldX(0);
        double right = v.toWorldX(1000);
        assertTrue(left < 0 && right > 8000, "the drawing fits horizontally");
        assertEquals(4000, (left + right) / 2, 1e-6);
    }

    @Test
    void fitNeverBlowsASmallDiagramUpBeyondTheLimit() {
        Viewport v = new Viewport();
        v.fit(0, 0, 100, 50, 1000, 600, 1.5);
        assertEquals(1.5, v.scale());
    }
}
