/**
 * Diagram export: SVG (JFreeSVG), PDF (PDFBox) and PNG (ImageIO), all drawn by one Java2D
 * {@link dev.faultline.export.diagram.ScenePainter} from a {@link dev.faultline.render.DiagramScene}. Headless; never
 * starts JavaFX; returns bytes and leaves writing the file to the caller.
 *
 * <pre>{@code
 * byte[] pdf = new DiagramExporter().export(scene, DiagramFormat.PDF,
 *         new DiagramExportOptions(PaperSize.A4, 2, "shop.yaml", Instant.now()));
 * }</pre>
 */
package dev.faultline.export.diagram;
