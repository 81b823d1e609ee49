package dev.faultline.export.diagram;

import java.nio.charset.StandardCharsets;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

import dev.faultline.render.DiagramScene;

/**
 * A diagram as SVG (JFreeSVG): vector shapes, text kept as text (searchable, selectable), user strings escaped by
 * JFreeSVG's XML writer. Size in pixels with a matching viewBox; the page holds the title block, the diagram and
 * the legend. UTF-8, no DOCTYPE.
 */
public final class SvgExporter {
    private final ScenePainter painter;

    public SvgExporter(ScenePainter painter) {
        this.painter = painter;
    }

    public byte[] export(DiagramScene scene, DiagramExportOptions options) {
        ScenePainter.PageLayout page = painter.measure(scene, options);
        double w = Math.ceil(page.width());
        double h = Math.ceil(page.height());
        SVGGraphics2D g = new SVGGraphics2D(w, h, SVGUnits.PX);
        // Two decimals are finer than any screen or printer needs and keep big diagrams' files a third smaller.
        g.setGeomDoubleConverter(SvgExporter::twoDecimals);
        g.setTransformDoubleConverter(SvgExporter::twoDecimals);
        painter.paintPage(g, scene, options);
        // No DOCTYPE (JFreeSVG's document names a remote DTD that XML tools try to fetch); a viewBox so the SVG
        // scales when embedded in HTML reports.
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xmlCharactersOnly(svg) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * JFreeSVG escapes markup but writes control characters from names as they are (a node named "bell\u0007"), and
     * XML 1.0 forbids them: browsers refuse the whole file. Dropped, as the GraphML export does; the document's own
     * markup never contains any.
     */
    static String xmlCharactersOnly(String xml) {
        StringBuilder out = null;
        for (int i = 0, n = xml.length(); i < n; i++) {
            char c = xml.charAt(i);
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\n' || c == '\t' || c == '\r';
            if (allowed && out != null) out.append(c);
            if (!allowed && out == null) out = new StringBuilder(n).append(xml, 0, i);
        }
        return out == null ? xml : out.toString();
    }

    static String twoDecimals(double v) {
        double r = Math.round(v * 100) / 100.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }
}
