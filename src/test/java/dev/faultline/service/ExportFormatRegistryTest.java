package dev.faultline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ExportFormatRegistryTest {
    @Test
    void theSaveDialogOffersEveryFormatOnceWithTheDefaultFirst() {
        List<String> offered = ExportFormat.dialogExtensions();
        assertEquals("svg", offered.get(0));
        assertEquals(List.of("svg", "png", "pdf", "md", "html", "dot", "graphml", "mmd"), offered);
        assertEquals(ExportFormat.values().length, offered.stream().distinct().count());
    }

    @Test
    void aliasesAndExtensionsFindTheirFormat() {
        for (ExportFormat f : ExportFormat.values()) {
            assertEquals(Optional.of(f), ExportFormat.fromFileName("out." + f.extension.toUpperCase()));
        }
        assertEquals(Optional.of(ExportFormat.HTML), ExportFormat.fromFileName("r.htm"));
        assertEquals(Optional.of(ExportFormat.MARKDOWN), ExportFormat.fromFileName("r.markdown"));
        assertEquals(Optional.of(ExportFormat.MERMAID), ExportFormat.fromFileName("g.mermaid"));
        assertEquals(Optional.of(ExportFormat.DOT), ExportFormat.fromFileName("g.gv"));
        assertEquals(Optional.empty(), ExportFormat.fromFileName("g.txt"));
    }

    @Test
    void kindsSayWhichFormatsDrawThePicture() {
        assertEquals(List.of(ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF),
                Arrays.stream(ExportFormat.values()).filter(ExportFormat::isDiagram).toList());
        assertEquals(List.of(ExportFormat.MARKDOWN, ExportFormat.HTML), Arrays.stream(ExportFormat.values())
                .filter(f -> f.kind == ExportFormat.Kind.REPORT).toList());
        assertEquals(Optional.of(ExportFormat.MARKDOWN), ExportFormat.byId("markdown"));
    }
}
