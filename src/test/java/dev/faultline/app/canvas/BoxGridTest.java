package dev.faultline.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.faultline.layout.Box;

/** The grid finds exactly the items whose boxes meet a rectangle, small ones and ones spanning the whole drawing. */
class BoxGridTest {
    @Test
    void aQueryReportsEachItemMeetingTheRectangleOnceAndNoOther() {
        Random rnd = new Random(3);
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            boolean wide = i % 10 == 0; // like an edge routed across the drawing: more than MAX_CELLS cells
            double w = wide ? 20000 + rnd.nextDouble() * 30000 : 10 + rnd.nextDouble() * 500;
            double h = wide ? 2000 + rnd.nextDouble() * 4000 : 10 + rnd.nextDouble() * 200;
            boxes.add(new Box(-5000 + rnd.nextDouble() * 60000, -2000 + rnd.nextDouble() * 20000, w, h));
        }
        boxes.add(null); // an edge without a route
        BoxGrid grid = new BoxGrid(boxes, 400);
        for (int q = 0; q < 50; q++) {
            double x0 = -8000 + rnd.nextDouble() * 70000, y0 = -4000 + rnd.nextDouble() * 25000;
            double x1 = x0 + rnd.nextDouble() * (q % 5 == 0 ? 100000 : 3000), y1 = y0 + rnd.nextDouble() * 3000;
            TreeSet<Integer> expected = new TreeSet<>();
            for (int i = 0; i < boxes.size(); i++) {
                Box b = boxes.get(i);
                if (b != null && b.maxX() >= x0 && b.x() <= x1 && b.maxY() >= y0 && b.y() <= y1) expected.add(i);
            }
            List<Integer> found = new ArrayList<>();
            grid.forEachIn(x0, y0, x1, y1, found::add);
            assertEquals(expected.size(), found.size(), "each item once");
            assertEquals(expected, new TreeSet<>(found));
        }
    }
}
