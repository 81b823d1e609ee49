package dev.faultline.export.diagram;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import dev.faultline.render.DiagramScene;

/**
 * A diagram as an antialiased PNG at {@link DiagramExportOptions#pngScale()} (1x, 2x, 4x...). The image is
 * {@code ceil(page width x scale)} by {@code ceil(page height x scale)} pixels. So that a huge topology cannot exhaust
 * memory, the scale is lowered until the image holds at most {@link #MAX_PIXELS} pixels; {@link #effectiveScale}
 * says what scale will be used.
 */
public final class PngExporter {
    public static final long MAX_PIXELS = 40_000_000L;

    private final ScenePainter painter;

    public PngExporter(ScenePainter painter) {
        this.painter = painter;
    }

    public double effectiveScale(DiagramScene scene, DiagramExportOptions options) {
        ScenePainter.PageLayout page = painter.measure(scene, options);
        double area = page.width() * page.height();
        double scale = options.pngScale();
        return area * scale * scale <= MAX_PIXELS ? scale : Math.sqrt(MAX_PIXELS / area);
    }

    public byte[] export(DiagramScene scene, DiagramExportOptions options) {
        ScenePainter.PageLayout page = painter.measure(scene, options);
        double scale = effectiveScale(scene, options);
        int w = Math.max(1, (int) Math.ceil(page.width() * scale));
        int h = Math.max(1, (int) Math.ceil(page.height() * scale));
        // Opaque: the page paints its own background, and opaque images draw and encode faster.
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ScenePainter.hints(g);
            g.scale(scale, scale);
            painter.paintPage(g, scene, options);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** PNG bytes at a middling deflate level: much faster than the writer's default on big images, barely larger. */
    static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.6f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
