package dev.faultline.export.diagram;

import dev.faultline.render.DiagramScene;
import dev.faultline.render.KindGlyphs;

/**
 * The one entry point for diagram export: SVG, PDF or PNG bytes of a scene, all drawn by the same
 * {@link ScenePainter}. Headless (needs no display and never starts JavaFX). The caller writes the bytes.
 */
public final class DiagramExporter {
    private final SvgExporter svg;
    private final PdfExporter pdf;
    private final PngExporter png;

    public DiagramExporter(KindGlyphs glyphs) {
        ScenePainter painter = new ScenePainter(glyphs);
        this.svg = new SvgExporter(painter);
        this.pdf = new PdfExporter(painter);
        this.png = new PngExporter(painter);
    }

    /** With the bundled kind glyphs. */
    public DiagramExporter() {
        this(KindGlyphs.load());
    }

    public byte[] export(DiagramScene scene, DiagramFormat format, DiagramExportOptions options) {
        return switch (format) {
            case SVG -> svg.export(scene, options);
            case PDF -> pdf.export(scene, options);
            case PNG -> png.export(scene, options);
        };
    }
}
