package dev.faultline.export.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

import dev.faultline.render.DiagramScene;

/**
 * A diagram as a one-page landscape PDF (PDFBox with the de.rototor Graphics2D bridge). The page is drawn once at
 * its natural size into a form and the form is scaled to fit the chosen paper with a margin (never enlarged more
 * than 1.5x), centred. Text is real PDF text in the standard Helvetica fonts, so PDF readers can search and copy node
 * labels; characters outside those fonts' encoding fall back to outlines for that string only.
 */
public final class PdfExporter {
    static final float MARGIN = 18f;
    static final double MAX_ENLARGE = 1.5;
    /**
     * PDFBox logs its font cache ("Building on-disk font cache...") and font fallbacks through commons-logging, which
     * lands in java.util.logging and so on standard error: a command must print only what it means to say. Held in a
     * field, because java.util.logging keeps loggers only weakly.
     */
    static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    private final ScenePainter painter;

    public PdfExporter(ScenePainter painter) {
        this.painter = painter;
        PDFBOX_LOG.setLevel(java.util.logging.Level.OFF);
    }

    public byte[] export(DiagramScene scene, DiagramExportOptions options) {
        ScenePainter.PageLayout layout = painter.measure(scene, options);
        PaperSize paper = options.paper();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(paper.width, paper.height));
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(scene.title());
            info.setCreator("Faultline");
            float w = (float) Math.ceil(layout.width());
            float h = (float) Math.ceil(layout.height());
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            g.setFontTextDrawer(new CachedStandardFonts());
            try {
                painter.paintPage(g, scene, options);
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            double scale = Math.min(MAX_ENLARGE,
                    Math.min((paper.width - 2 * MARGIN) / w, (paper.height - 2 * MARGIN) / h));
            float drawnW = (float) (w * scale);
            float drawnH = (float) (h * scale);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.saveGraphicsState();
                content.transform(new Matrix((float) scale, 0, 0, (float) scale,
                        (paper.width - drawnW) / 2, (paper.height - drawnH) / 2));
                content.drawForm(form);
                content.restoreGraphicsState();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
