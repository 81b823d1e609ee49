package dev.faultline.export.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import dev.faultline.layout.ElkLayeredLayout;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.progress.ProgressListener;
import dev.faultline.render.DiagramScene;
import dev.faultline.render.Overlay;
import dev.faultline.render.RenderFixtures;
import dev.faultline.render.SceneBuilder;
import dev.faultline.render.SceneRequest;

class DiagramExportTest {
    static final String HOSTILE = "<script>alert(1)</script>&amp";
    private final DiagramExporter exporter = new DiagramExporter();
    private final DiagramExportOptions options = new DiagramExportOptions(PaperSize.A4, 1, "online-shop.yaml",
            Instant.parse("2026-11-28T01:00:00Z"));

    private static DiagramScene shopScene(Overlay overlay) {
        Topology t = RenderFixtures.shop();
        var layout = new ElkLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
        return new SceneBuilder().build(SceneRequest.of(t, layout, RenderFixtures.shopAnalysis(t)).withOverlay(overlay));
    }

    private static DiagramScene hostileScene() {
        Node evil = Node.builder("evil").name(HOSTILE).replicas(1).build();
        Topology t = Topology.of("hostile", List.of(Node.of("api", Kind.SERVICE, 2), evil),
                List.of(Dependency.sync("api", "evil")));
        var layout = new ElkLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
        return new SceneBuilder().build(SceneRequest.of(t, layout, null).withTitle("Title <b>x</b>", null));
    }

    private static List<String> svgTexts(byte[] svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) out.add(texts.item(i).getTextContent());
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), "no script element");
        return out;
    }

    @Test
    void svgIsWellFormedXmlWithLabelsAsText() throws Exception {
        List<String> texts = svgTexts(exporter.export(shopScene(Overlay.TEAMS), DiagramFormat.SVG, options));
        for (String label : List.of("orders-db", "checkout", "fulfilment-worker", "Legend", "team payments", "unowned")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("online-shop.yaml") && t.contains("2026-11-28")));
    }

    @Test
    void svgEscapesHostileLabels() throws Exception {
        byte[] svg = exporter.export(hostileScene(), DiagramFormat.SVG, options);
        String raw = new String(svg, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"), "raw <script> must not appear");
        List<String> texts = svgTexts(svg);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("<script>")), "label kept as text: " + texts);
        assertTrue(texts.contains("Title <b>x</b>"));
    }

    @Test
    void pdfIsLandscapeA4ByDefaultWithSearchableLabels() throws Exception {
        byte[] pdf = exporter.export(shopScene(Overlay.SPOF), DiagramFormat.PDF, DiagramExportOptions.defaults());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 1);
            assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 1);
            String text = new PDFTextStripper().getText(doc);
            for (String label : List.of("orders-db", "checkout", "fulfilment-worker", "single point of failure")) {
                assertTrue(text.contains(label), label + " in " + text);
            }
        }
    }

    @Test
    void pdfHonoursOtherPaperSizes() throws Exception {
        byte[] pdf = exporter.export(shopScene(Overlay.NONE), DiagramFormat.PDF, options.withPaper(PaperSize.LETTER));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(792, doc.getPage(0).getMediaBox().getWidth(), 1);
            assertEquals(612, doc.getPage(0).getMediaBox().getHeight(), 1);
        }
    }

    @Test
    void pdfKeepsHostileLabelsAsText() throws Exception {
        byte[] pdf = exporter.export(hostileScene(), DiagramFormat.PDF, options);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("<script>alert(1)"));
        }
    }

    @Test
    void pdfCopesWithNonLatinLabels() throws Exception {
        Node zurich = Node.builder("zurich").name("Zürich-Lager").kind(Kind.DATABASE).replicas(1).build();
        Node cjk = Node.builder("orders").name("注文サービス").replicas(1).build();
        Topology t = Topology.of("intl", List.of(cjk, zurich), List.of(Dependency.sync("orders", "zurich")));
        var layout = new ElkLayeredLayout().layout(t, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
        DiagramScene scene = new SceneBuilder().build(SceneRequest.of(t, layout, null));
        byte[] pdf = exporter.export(scene, DiagramFormat.PDF, options);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Zürich-Lager"));
        }
        assertTrue(svgTexts(exporter.export(scene, DiagramFormat.SVG, options)).contains("注文サービス"));
    }

    @Test
    void pngIsSizedByTheScale() throws Exception {
        DiagramScene scene = shopScene(Overlay.ZONES);
        ScenePainter.PageLayout page = new ScenePainter(dev.faultline.render.KindGlyphs.load()).measure(scene, options);
        BufferedImage one = ImageIO.read(new ByteArrayInputStream(exporter.export(scene, DiagramFormat.PNG, options)));
        BufferedImage two = ImageIO.read(new ByteArrayInputStream(
                exporter.export(scene, DiagramFormat.PNG, options.withPngScale(2))));
        assertEquals((int) Math.ceil(page.width()), one.getWidth());
        assertEquals((int) Math.ceil(page.height()), one.getHeight());
        assertEquals((int) Math.ceil(page.width() * 2), two.getWidth());
        assertEquals((int) Math.ceil(page.height() * 2), two.getHeight());
        // Not blank: the background is white and a node outline somewhere is not.
        assertEquals(0xFFFFFFFF, one.getRGB(1, 1));
        long nonWhite = 0;
        for (int y = 0; y < one.getHeight(); y += 3) for (int x = 0; x < one.getWidth(); x += 3) if (one.getRGB(x, y) != 0xFFFFFFFF) nonWhite++;
        assertTrue(nonWhite > 500);
    }

    @Test
    void hugePngsAreScaledDownToStayWithinThePixelBudget() {
        Topology big = DiagramBench.generated(5000, 1);
        var layout = new ElkLayeredLayout().layout(big, Map.of(), ProgressListener.NONE, CancellationToken.NONE);
        DiagramScene scene = new SceneBuilder().build(SceneRequest.of(big, layout, null));
        ScenePainter painter = new ScenePainter(dev.faultline.render.KindGlyphs.load());
        ScenePainter.PageLayout page = painter.measure(scene, options);
        double scale = new PngExporter(painter).effectiveScale(scene, options.withPngScale(4));
        assertTrue(scale < 4);
        assertTrue(page.width() * page.height() * scale * scale <= PngExporter.MAX_PIXELS * 1.0001);
        assertEquals(1.0, new PngExporter(painter).effectiveScale(shopScene(Overlay.NONE), options), 1e-9);
    }

    @Test
    void pageFitsTheDiagramTitleAndLegend() {
        DiagramScene scene = shopScene(Overlay.TEAMS);
        ScenePainter.PageLayout page = new ScenePainter(dev.faultline.render.KindGlyphs.load()).measure(scene, options);
        assertTrue(page.width() >= scene.width());
        assertTrue(page.diagramY() > 40, "title block above the diagram");
        assertTrue(page.height() >= page.legendY() + scene.legend().size() * LegendPainter.ROW / page.legend().columns());
    }

    @Test
    void formatsFollowTheFileExtension() {
        assertEquals(DiagramFormat.PDF, DiagramFormat.fromFileName("out/Diagram.PDF").orElseThrow());
        assertTrue(DiagramFormat.fromFileName("report.md").isEmpty());
    }

    @Test
    void pdfExportLogsNothingFromPdfBox() {
        java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLoggerName() != null && r.getLoggerName().startsWith("org.apache.pdfbox")) records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(handler);
        try {
            exporter.export(hostileScene(), DiagramFormat.PDF, options);
            new DiagramExporter().export(shopScene(Overlay.TEAMS), DiagramFormat.PDF, options);
        } finally {
            root.removeHandler(handler);
        }
        assertEquals(List.of(), records.stream().map(java.util.logging.LogRecord::getMessage).toList());
    }
}
