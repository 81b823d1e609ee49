package dev.faultline.export.diagram;

import java.time.Instant;

/**
 * How to export a diagram: the PDF paper (landscape), the PNG scale (1, 2 or 4 are usual), the source file name and
 * the date shown in the title block. {@code sourceName} may be null (then the title block leaves it out).
 */
public record DiagramExportOptions(PaperSize paper, double pngScale, String sourceName, Instant date) {
    public DiagramExportOptions {
        paper = paper == null ? PaperSize.A4 : paper;
        if (!(pngScale > 0 && pngScale <= 8)) throw new IllegalArgumentException("PNG scale must be in (0, 8]: " + pngScale);
        date = date == null ? Instant.now() : date;
    }

    /** A4, 2x PNG, no source name, now. */
    public static DiagramExportOptions defaults() {
        return new DiagramExportOptions(PaperSize.A4, 2, null, Instant.now());
    }

    public DiagramExportOptions withPaper(PaperSize p) {
        return new DiagramExportOptions(p, pngScale, sourceName, date);
    }

    public DiagramExportOptions withPngScale(double s) {
        return new DiagramExportOptions(paper, s, sourceName, date);
    }

    public DiagramExportOptions withSource(String name) {
        return new DiagramExportOptions(paper, pngScale, name, date);
    }

    public DiagramExportOptions withDate(Instant d) {
        return new DiagramExportOptions(paper, pngScale, sourceName, d);
    }
}
