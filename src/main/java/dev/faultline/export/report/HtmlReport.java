package dev.faultline.export.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The architecture review report as one self-contained HTML file: inline CSS, the SVG diagram inline when given, no
 * scripts and no outside resources, so it can be mailed, archived and printed ({@code @media print}: A4, page breaks
 * before the big sections, table rows never split, headers repeated). Every user-supplied string goes through
 * {@link #escape}, in text and in attributes alike.
 */
public final class HtmlReport {
    /** Sections that start a new printed page. */
    private static final Set<String> PAGE_BREAK_BEFORE = Set.of("diagram", "spofs", "teams", "findings", "scenarios");
    private static final Pattern XML_PROLOG = Pattern.compile("(?s)^\\s*(<\\?xml.*?\\?>\\s*)?(<!DOCTYPE[^>]*>\\s*)?");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?(</script\\s*>|$)");

    private final String css;

    public HtmlReport() {
        this.css = loadCss();
    }

    public String render(ReportInput input) {
        Doc.Block diagram = input.svg()
                .map(svg -> (Doc.Block) new Doc.Diagram(svg, "Diagram of " + input.analysis().topology().name()))
                .orElse(null);
        return write(ReviewDocumentBuilder.build(input, diagram));
    }

    private String write(Doc.Document doc) {
        StringBuilder out = new StringBuilder(32_768);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Faultline\">\n")
                .append("<title>").append(escape(doc.title())).append(" \u2014 ").append(escape(doc.subtitle()))
                .append("</title>\n<style>\n").append(css).append("</style>\n</head>\n<body>\n<main>\n");
        cover(out, doc);
        int number = 1;
        for (Doc.Section s : doc.sections()) section(out, s, number++);
        out.append("<footer>Faultline architecture review of ").append(escape(doc.title()));
        for (String[] m : doc.meta()) {
            if (!m[0].equals("Scope")) out.append(" \u00B7 ").append(escape(m[0])).append(": ").append(escape(m[1]));
        }
        out.append("</footer>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void cover(StringBuilder out, Doc.Document doc) {
        out.append("<header class=\"cover\">\n<p class=\"eyebrow\">Faultline \u00B7 ").append(escape(doc.subtitle()))
                .append("</p>\n<h1>").append(escape(doc.title())).append("</h1>\n<dl class=\"meta\">");
        for (String[] m : doc.meta()) {
            out.append("<div><dt>").append(escape(m[0])).append("</dt><dd>").append(escape(m[1])).append("</dd></div>");
        }
        out.append("</dl>\n<div class=\"figures\">\n");
        for (Doc.Figure f : doc.figures()) {
            out.append("<div class=\"figure tone-").append(tone(f.tone())).append("\"><span class=\"value\">")
                    .append(escape(f.value())).append("</span><span class=\"label\">").append(escape(f.label()))
                    .append("</span></div>\n");
        }
        out.append("</div>\n<nav class=\"toc\" aria-label=\"Contents\"><ol>");
        for (Doc.Section s : doc.sections()) {
            out.append("<li><a href=\"#").append(escape(s.anchor())).append("\">").append(escape(s.title()))
                    .append("</a></li>");
        }
        out.append("</ol></nav>\n</header>\n");
    }

    private static String tone(Doc.Style s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OK -> "ok";
            default -> "plain";
        };
    }

    private static void section(StringBuilder out, Doc.Section s, int number) {
        out.append("<section id=\"").append(escape(s.anchor())).append('"');
        if (PAGE_BREAK_BEFORE.contains(s.anchor())) out.append(" class=\"page-break\"");
        out.append(">\n<h2><span class=\"n\">").append(number).append("</span>").append(escape(s.title()))
                .append("</h2>\n");
        for (Doc.Block b : s.blocks()) block(out, b);
        out.append("</section>\n");
    }

    private static void block(StringBuilder out, Doc.Block b) {
        if (b instanceof Doc.Paragraph p) {
            out.append("<p>").append(text(p.text())).append("</p>\n");
        } else if (b instanceof Doc.Subheading h) {
            out.append("<h3>").append(escape(h.title())).append("</h3>\n");
        } else if (b instanceof Doc.Bullets l) {
            out.append("<ul class=\"items\">\n");
            l.items().forEach(i -> out.append("<li>").append(text(i)).append("</li>\n"));
            out.append("</ul>\n");
        } else if (b instanceof Doc.Table t) {
            table(out, t);
        } else if (b instanceof Doc.Diagram d) {
            out.append("<figure class=\"diagram\">\n").append(inlineSvg(d.svg())).append("\n<figcaption>")
                    .append(escape(d.caption())).append("</figcaption>\n</figure>\n");
        }
        // Doc.Mermaid needs a script to render: HTML reports use the SVG instead.
    }

    private static void table(StringBuilder out, Doc.Table t) {
        out.append("<div class=\"table-wrap\"><table class=\"").append(escape(t.css())).append("\">\n<thead><tr>");
        for (int i = 0; i < t.headers().size(); i++) {
            out.append(t.numeric().get(i) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .append(escape(t.headers().get(i)))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Doc.Cell> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Doc.Cell c = row.get(i);
                String cls = (t.numeric().get(i) ? "num" : "") + (c.heat() > 0 ? " heat-" + c.heat() : "");
                out.append(cls.isBlank() ? "<td>" : "<td class=\"" + cls.trim() + "\">").append(text(c.text()))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    static String text(Doc.Text text) {
        StringBuilder out = new StringBuilder();
        for (Doc.Span s : text.spans()) {
            String t = escape(s.text());
            out.append(switch (s.style()) {
                case PLAIN -> t;
                case CODE -> "<code>" + t + "</code>";
                case STRONG -> "<strong>" + t + "</strong>";
                case MUTED -> "<span class=\"muted\">" + t + "</span>";
                case OK -> "<span class=\"ok\">" + t + "</span>";
                case ERROR -> badge("error", t);
                case WARNING -> badge("warning", t);
                case INFO -> badge("info", t);
                case DOWN -> badge("down", t);
                case DEGRADED -> badge("degraded", t);
                case UP -> badge("up", t);
                case FAILED -> badge("failed", t);
                case SPOF -> badge("spof", "\u26A0 " + t);
            });
        }
        return out.toString();
    }

    private static String badge(String kind, String escapedText) {
        return "<span class=\"badge b-" + kind + "\">" + escapedText + "</span>";
    }

    /**
     * The diagram as inline SVG: the XML prolog and doctype, which are not allowed inside HTML, are dropped, and so
     * is any script element (our exporter never writes one; this guards a report against a tampered diagram).
     */
    static String inlineSvg(String svg) {
        String body = XML_PROLOG.matcher(svg).replaceFirst("");
        return SCRIPT.matcher(body).replaceAll("");
    }

    /** HTML-escapes text for element content and for double- or single-quoted attribute values. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // Control characters from names are HTML parse errors (and break the embedded SVG's XML): dropped.
                default -> {
                    if (c >= 0x20 ? c != 0x7F : c == '\n' || c == '\t' || c == '\r') out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) throw new IllegalStateException("report.css is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
