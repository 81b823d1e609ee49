package dev.faultline.export.diagram;

import java.util.Locale;

/** Landscape paper for PDF export, in PDF points (1/72 inch). */
public enum PaperSize {
    A4(841.89f, 595.28f), A3(1190.55f, 841.89f), LETTER(792f, 612f);

    public final float width;
    public final float height;

    PaperSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public static PaperSize fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
