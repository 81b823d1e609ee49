package dev.faultline.export.report;

import java.util.List;

import dev.faultline.export.graph.GraphExportInput;
import dev.faultline.export.graph.MermaidExporter;
import dev.faultline.render.Overlay;

/**
 * The architecture review report as GitHub-flavoured Markdown. User strings are escaped so they cannot break tables
 * ({@code |}, line breaks) or turn into markup or HTML ({@code * _ [ ] < > `} ...). Small topologies get a Mermaid
 * diagram with SPOFs marked, which GitHub renders.
 */
public final class MarkdownReport {
    /** Above this many nodes a Mermaid diagram is unreadable, so none is embedded. */
    public static final int MERMAID_NODE_LIMIT = 60;

    public String render(ReportInput input) {
        Doc.Block diagram = null;
        if (input.analysis().topology().nodes().size() <= MERMAID_NODE_LIMIT) {
            diagram = new Doc.Mermaid(new MermaidExporter().export(GraphExportInput.of(input.analysis(), Overlay.SPOF)));
        }
        return write(ReviewDocumentBuilder.build(input, diagram));
    }

    private static String write(Doc.Document doc) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(doc.title())).append(" \u2014 ").append(escape(doc.subtitle())).append("\n\n");
        for (String[] m : doc.meta()) out.append("**").append(escape(m[0])).append(":** ").append(escape(m[1])).append("  \n");
        out.append('\n');
        out.append('|');
        doc.figures().forEach(f -> out.append(' ').append(escape(f.label())).append(" |"));
        out.append("\n|");
        doc.figures().forEach(f -> out.append("---:|"));
        out.append("\n|");
        doc.figures().forEach(f -> out.append(' ').append(figure(f)).append(" |"));
        out.append("\n\n");
        out.append("**Contents:** ");
        for (int i = 0; i < doc.sections().size(); i++) {
            String title = doc.sections().get(i).title();
            out.append(i == 0 ? "" : " \u00B7 ").append('[').append(escape(title)).append("](#").append(slug(title)).append(')');
        }
        out.append("\n\n");
        for (Doc.Section s : doc.sections()) {
            out.append("## ").append(escape(s.title())).append("\n\n");
            for (Doc.Block b : s.blocks()) block(out, b);
        }
        return out.toString().replaceAll("\n{3,}", "\n\n");
    }

    private static String figure(Doc.Figure f) {
        return f.tone() == Doc.Style.ERROR ? "**" + escape(f.value()) + "**" : escape(f.value());
    }

    private static void block(StringBuilder out, Doc.Block b) {
        if (b instanceof Doc.Paragraph p) {
            out.append(text(p.text())).append("\n\n");
        } else if (b instanceof Doc.Subheading h) {
            out.append("### ").append(escape(h.title())).append("\n\n");
        } else if (b instanceof Doc.Bullets l) {
            l.items().forEach(i -> out.append("- ").append(text(i)).append('\n'));
            out.append('\n');
        } else if (b instanceof Doc.Table t) {
            table(out, t);
        } else if (b instanceof Doc.Mermaid m) {
            out.append("```mermaid\n").append(m.source()).append("```\n\n");
        }
        // Doc.Diagram (SVG) has no place in Markdown: the Mermaid block stands in for it.
    }

    private static void table(StringBuilder out, Doc.Table t) {
        out.append('|');
        t.headers().forEach(h -> out.append(' ').append(escape(h)).append(" |"));
        out.append("\n|");
        t.numeric().forEach(n -> out.append(n ? "---:|" : "---|"));
        out.append('\n');
        for (List<Doc.Cell> row : t.rows()) {
            out.append('|');
            row.forEach(c -> out.append(' ').append(text(c.text())).append(" |"));
            out.append('\n');
        }
        out.append('\n');
    }

    /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens. */
    static String slug(String heading) {
        StringBuilder b = new StringBuilder();
        for (char c : heading.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') b.append(c);
            else if (c == ' ') b.append('-');
        }
        return b.toString();
    }

    static String text(Doc.Text text) {
        StringBuilder out = new StringBuilder();
        for (Doc.Span s : text.spans()) {
            if (s.text().isEmpty()) continue;
            out.append(switch (s.style()) {
                case CODE -> code(s.text());
                case STRONG, ERROR, DOWN, FAILED -> "**" + escape(s.text()) + "**";
                case SPOF -> "**\u26A0\u00A0" + escape(s.text()) + "**";
                // Italics help words stand back; on a bare number or dash they are only noise.
                case MUTED -> s.text().chars().anyMatch(Character::isLetter) ? "_" + escape(s.text()) + "_"
                        : escape(s.text());
                default -> escape(s.text());
            });
        }
        return out.toString();
    }

    /**
     * A code span that survives any content: the fence is one backtick longer than the longest run inside, pipes are
     * escaped (GFM splits table cells before it reads code spans) and line breaks become spaces.
     */
    static String code(String s) {
        String body = s.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (char c : body.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = body.startsWith("`") || body.endsWith("`");
        return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
    }

    /**
     * Plain text that Markdown shows literally: backslash-escapes the punctuation that starts markup, HTML or
     * entities, and the pipe that would split a table cell; line breaks become spaces so a row stays one line.
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '&', '!', '$' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
