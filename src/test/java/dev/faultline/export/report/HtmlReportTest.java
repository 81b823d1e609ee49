package dev.faultline.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.faultline.export.Golden;

class HtmlReportTest {
    /** Every start tag and its attribute names: what a browser would build elements from. */
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)((?:\\s+[^\\s=>/]+(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=>/]+)(?:=\"[^\"]*\")?");
    private static final Set<String> OUR_TAGS = Set.of("html", "head", "meta", "title", "style", "body", "main",
            "header", "p", "h1", "h2", "h3", "dl", "div", "dt", "dd", "nav", "ol", "li", "a", "section", "span", "table",
            "thead", "tbody", "tr", "th", "td", "code", "strong", "ul", "figure", "figcaption", "footer", "svg", "rect",
            "text");
    private static final Set<String> OUR_ATTRIBUTES = Set.of("lang", "charset", "name", "content", "class", "id",
            "href", "aria-label", "scope", "xmlns", "width", "height", "viewbox", "x", "y", "fill", "stroke", "text-anchor");

    private final HtmlReport report = new HtmlReport();

    @Test
    void shopReportMatchesGolden() {
        Golden.assertMatches("shop-report.html", report.render(ReportFixtures.shop()));
    }

    @Test
    void isSelfContainedWithInlineCssAndSvgAndNoScriptOrOutsideResource() {
        String html = report.render(ReportFixtures.shop());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<style>") && html.contains("@media print"), "inline CSS with print rules");
        assertTrue(html.contains("<figure class=\"diagram\">\n<svg xmlns=\"http://www.w3.org/2000/svg\""), "inline SVG");
        assertFalse(html.contains("<?xml"), "XML prolog dropped inside HTML");
        assertFalse(html.contains("<!DOCTYPE svg"), "SVG doctype dropped inside HTML");
        assertFalse(html.toLowerCase().contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:|//).*"), "no outside resources");
        assertFalse(html.contains("<link"), "no linked stylesheet");
        assertTrue(html.contains("break-before: page") && html.contains("break-inside: avoid"), "print page breaks");
    }

    @Test
    void hostileLabelsAreEscapedEverywhere() {
        String html = report.render(ReportFixtures.hostile());
        Matcher tags = TAG.matcher(html.substring(html.indexOf("</style>")));
        List<String> foreign = new ArrayList<>();
        while (tags.find()) {
            String name = tags.group(1).toLowerCase();
            if (!OUR_TAGS.contains(name)) foreign.add(tags.group());
            Matcher attrs = ATTRIBUTE.matcher(tags.group(2));
            while (attrs.find()) {
                if (!OUR_ATTRIBUTES.contains(attrs.group(1).toLowerCase())) foreign.add(tags.group());
            }
        }
        assertEquals(List.of(), foreign, "elements or attributes that came from user data");
        assertFalse(html.contains("<script>alert"), "no raw script");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "script shown as text");
        assertTrue(html.contains("&quot;onmouseover=alert(2) x=&quot;"), "attribute breakout escaped");
        assertTrue(html.contains("a &amp; b | c"), "ampersand escaped");
        assertTrue(html.contains("&lt;script&gt;alert(5)&lt;/script&gt;|evil.yaml"), "source name escaped");
        assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; | shop"), "title escaped");
    }

    @Test
    void aScriptInAGivenSvgIsDropped() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(6)</script><text>x</text></svg>";
        String html = report.render(ReportFixtures.shop().withSvgDiagram(svg));
        assertFalse(html.contains("alert(6)"));
        assertTrue(html.contains("<text>x</text>"));
    }

    @Test
    void escapeCoversTextAndBothAttributeQuotes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt; &amp;amp;", HtmlReport.escape("<a href=\"x\" title='y'> &amp;"));
    }

    @Test
    void withoutScenariosOrDiagramThoseSectionsAreLeftOut() {
        ReportInput in = ReportFixtures.shop().withScenarios(List.of()).withSvgDiagram(null);
        String html = report.render(in);
        assertFalse(html.contains("id=\"scenarios\""));
        assertFalse(html.contains("id=\"diagram\""));
        assertTrue(html.contains("id=\"spofs\"") && html.contains("id=\"teams\""));
    }
}
