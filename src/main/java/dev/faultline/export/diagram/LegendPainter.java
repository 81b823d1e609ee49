package dev.faultline.export.diagram;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

import dev.faultline.render.Colors;
import dev.faultline.render.KindGlyphs;
import dev.faultline.render.LegendEntry;
import dev.faultline.render.Palette;
import dev.faultline.render.StateMarker;

/** Draws the legend as a grid of swatch-and-label rows, filled column by column. */
public final class LegendPainter {
    static final double ROW = 22;
    static final double SWATCH = 40;
    static final double COLUMN_GAP = 24;
    static final double HEADING = 24;

    private final KindGlyphs glyphs;
    private final Font font = new Font(ScenePainter.FONT, Font.PLAIN, 11);
    private final Font headingFont = new Font(ScenePainter.FONT, Font.BOLD, 12);

    LegendPainter(KindGlyphs glyphs) {
        this.glyphs = glyphs;
    }

    /** How the entries are arranged: {@code columns} columns of {@code rows} rows, each column {@code columnWidth} wide. */
    public record Grid(int columns, int rows, double columnWidth) {
        public double width() {
            return columns * columnWidth - (columns > 0 ? COLUMN_GAP : 0);
        }

        public double height() {
            return HEADING + rows * ROW;
        }
    }

    Grid grid(Graphics2D g, List<LegendEntry> entries, double available) {
        if (entries.isEmpty()) return new Grid(0, 0, 0);
        FontMetrics fm = g.getFontMetrics(font);
        double widest = entries.stream().mapToDouble(e -> fm.stringWidth(e.label())).max().orElse(0);
        double columnWidth = SWATCH + 8 + widest + COLUMN_GAP;
        int columns = (int) Math.max(1, Math.min(entries.size(), Math.floor((available + COLUMN_GAP) / columnWidth)));
        int rows = (entries.size() + columns - 1) / columns;
        return new Grid(columns, rows, columnWidth);
    }

    void paint(Graphics2D g, List<LegendEntry> entries, Grid grid, double x, double y, Palette p) {
        g.setFont(headingFont);
        g.setColor(Java2d.color(p.text));
        g.drawString("Legend", (float) x, (float) (y + 14));
        g.setFont(font);
        for (int i = 0; i < entries.size(); i++) {
            int col = i / grid.rows();
            int row = i % grid.rows();
            double ex = x + col * grid.columnWidth();
            double ey = y + HEADING + row * ROW;
            LegendEntry e = entries.get(i);
            swatch(g, e, ex, ey, p);
            g.setFont(font);
            g.setColor(Java2d.color(p.text));
            g.drawString(e.label(), (float) (ex + SWATCH + 8), (float) (ey + 12));
        }
    }

    private void swatch(Graphics2D g, LegendEntry e, double x, double y, Palette p) {
        double cy = y + 8;
        switch (e.swatch()) {
            case FILL -> {
                RoundRectangle2D.Double box = new RoundRectangle2D.Double(x + 4, y + 1, SWATCH - 8, 15, 6, 6);
                g.setColor(Java2d.color(e.color()));
                g.fill(box);
                g.setColor(Java2d.color(p.nodeStroke));
                g.setStroke(Java2d.stroke(e.lineWidth(), e.dash()));
                g.draw(box);
            }
            case GROUP -> {
                RoundRectangle2D.Double box = new RoundRectangle2D.Double(x + 4, y + 1, SWATCH - 8, 15, 6, 6);
                g.setColor(Java2d.color(Colors.withAlpha(e.color(), 0.12)));
                g.fill(box);
                g.setColor(Java2d.color(e.color()));
                g.setStroke(Java2d.stroke(1.2, List.of(4.0, 3.0)));
                g.draw(box);
            }
            case LINE_SOLID, LINE_DASHED, LINE_FALLBACK -> {
                g.setColor(Java2d.color(e.color()));
                g.setStroke(Java2d.stroke(e.lineWidth(), e.dash()));
                g.draw(new Line2D.Double(x + 2, cy, x + SWATCH - 10, cy));
                Path2D.Double arrow = new Path2D.Double();
                double tip = x + SWATCH - 2;
                double half = 3.5 + e.lineWidth() * 0.6;
                arrow.moveTo(tip, cy);
                arrow.lineTo(tip - 9, cy - half);
                arrow.lineTo(tip - 9, cy + half);
                arrow.closePath();
                g.fill(arrow);
            }
            case MARKER_SPOF -> {
                RoundRectangle2D.Double box = new RoundRectangle2D.Double(x + 8, y + 1, SWATCH - 10, 15, 6, 6);
                g.setColor(Java2d.color(p.nodeFill));
                g.fill(box);
                g.setColor(Java2d.color(p.spof));
                g.setStroke(new BasicStroke(2.6f));
                g.draw(box);
                MarkerPainter.spof(g, x + 9, y + 5, p);
            }
            case MARKER_DEGRADED -> MarkerPainter.state(g, StateMarker.DEGRADED, x + SWATCH / 2, cy, p);
            case MARKER_DOWN -> MarkerPainter.state(g, StateMarker.DOWN, x + SWATCH / 2, cy, p);
            case MARKER_FAILED -> MarkerPainter.state(g, StateMarker.FAILED, x + SWATCH / 2, cy, p);
            case KIND -> {
                g.setColor(Java2d.color(e.color()));
                g.fill(Java2d.glyph(glyphs.path(e.kind()), x + SWATCH / 2 - 9, y - 1, 18));
            }
            case BADGE -> {
                g.setFont(new Font(ScenePainter.FONT, Font.PLAIN, 10));
                double w = Math.min(SWATCH, g.getFontMetrics().stringWidth(e.sample()) + 10);
                ScenePainter.paintPill(g, e.sample(), x + (SWATCH - w) / 2, y + 1, w, p);
            }
        }
    }
}
