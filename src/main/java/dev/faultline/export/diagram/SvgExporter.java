package dev.faultline.export.diagram;

import java.nio.charset.StandardCharsets;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;

import dev.faultline.render.DiagramScene;

/**
 * A diagram as SVG (JFreeSVG): vector shapes, text kept as text (searchable, selectable), user strings escaped by
 * JFreeSVG's XML writer. Size in pixels; the page holds the title block, the diagram and the legend.
 */
public final class SvgExporter {
    private final ScenePainter painter;

    public SvgExporter(ScenePainter painter) {
        this.painter = painter;
    }

    public byte[] export(DiagramScene scene, DiagramExportOptions options) {
        ScenePainter.PageLayout page = painter.measure(scene, options);
        SVGGraphics2D g = new SVGGraphics2D(Math.ceil(page.width()), Math.ceil(page.height()), SVGUnits.PX);
        painter.paintPage(g, scene, options);
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
