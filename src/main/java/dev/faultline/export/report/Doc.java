package dev.faultline.export.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A format-neutral review document: the report's content is decided once ({@link ReviewDocumentBuilder}) and then
 * written as Markdown or HTML, so the two cannot drift apart. Text is plain (never pre-escaped); each writer escapes
 * it for its own format. Styles are meanings, not looks.
 */
final class Doc {
    private Doc() {
    }

    enum Style { PLAIN, CODE, STRONG, MUTED, ERROR, WARNING, INFO, DOWN, DEGRADED, UP, FAILED, SPOF, OK }

    record Span(String text, Style style) {
    }

    /** A run of styled spans. */
    record Text(List<Span> spans) {
        Text {
            spans = List.copyOf(spans);
        }

        static Text plain(String s) {
            return new Text(List.of(new Span(s, Style.PLAIN)));
        }

        static Text of(String s, Style style) {
            return new Text(List.of(new Span(s, style)));
        }

        static Text code(String s) {
            return of(s, Style.CODE);
        }

        /** At most this many ids in one cell; a review reader needs the first few, the JSON output has all. */
        static final int LIST_LIMIT = 12;

        /** Code spans joined by ", " (the first {@link #LIST_LIMIT}, then "and N more"), or a muted dash when empty. */
        static Text codes(List<String> items) {
            if (items.isEmpty()) return of("\u2014", Style.MUTED);
            List<Span> spans = new ArrayList<>();
            int shown = Math.min(items.size(), LIST_LIMIT);
            for (int i = 0; i < shown; i++) {
                if (i > 0) spans.add(new Span(", ", Style.PLAIN));
                spans.add(new Span(items.get(i), Style.CODE));
            }
            if (items.size() > shown) spans.add(new Span(" and " + (items.size() - shown) + " more", Style.MUTED));
            return new Text(spans);
        }

        Text then(String s) {
            return then(s, Style.PLAIN);
        }

        Text then(String s, Style style) {
            List<Span> list = new ArrayList<>(spans);
            list.add(new Span(s, style));
            return new Text(list);
        }

        Text then(Text other) {
            List<Span> list = new ArrayList<>(spans);
            list.addAll(other.spans);
            return new Text(list);
        }
    }

    sealed interface Block permits Paragraph, Bullets, Table, Diagram, Subheading, Mermaid {
    }

    record Paragraph(Text text) implements Block {
    }

    record Bullets(List<Text> items) implements Block {
        Bullets {
            items = List.copyOf(items);
        }
    }

    record Subheading(String title) implements Block {
    }

    /** An SVG document to embed (HTML only). */
    record Diagram(String svg, String caption) implements Block {
    }

    /** Mermaid source to embed (Markdown only: GitHub renders it). */
    record Mermaid(String source) implements Block {
    }

    /** A cell; {@code heat} 0..4 lets HTML shade counts (coupling matrix, blast radius). */
    record Cell(Text text, int heat) {
        static Cell of(Text text) {
            return new Cell(text, 0);
        }

        static Cell of(String plain) {
            return new Cell(Text.plain(plain), 0);
        }

        static Cell number(int n, int heat) {
            return new Cell(n == 0 ? Text.of("0", Style.MUTED) : Text.plain(Integer.toString(n)), heat);
        }
    }

    /** A table; {@code numeric} columns are right-aligned; {@code css} names its look in HTML. */
    record Table(List<String> headers, List<Boolean> numeric, List<List<Cell>> rows, String css) implements Block {
        Table {
            headers = List.copyOf(headers);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    record Section(String anchor, String title, List<Block> blocks) {
        Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** A headline number in the summary. */
    record Figure(String label, String value, Style tone) {
    }

    record Document(String title, String subtitle, List<String[]> meta, List<Figure> figures, List<Section> sections) {
        Document {
            meta = List.copyOf(meta);
            figures = List.copyOf(figures);
            sections = List.copyOf(sections);
        }
    }
}
