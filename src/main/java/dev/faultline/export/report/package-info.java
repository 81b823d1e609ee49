/**
 * The architecture review report, as Markdown ({@link dev.faultline.export.report.MarkdownReport}) or as one
 * self-contained HTML file ({@link dev.faultline.export.report.HtmlReport}). Both write the same format-neutral
 * document, decided once by {@code ReviewDocumentBuilder} from a {@link dev.faultline.export.report.ReportInput}:
 * summary, diagram, SPOFs, blast radius, failure domains, teams and Conway's law, findings, scenarios.
 *
 * <pre>{@code
 * ReportInput in = new ReportInput(analysis, scenarioResults, "shop.yaml", Instant.now(), svgOrNull);
 * String md = new MarkdownReport().render(in);
 * String html = new HtmlReport().render(in);
 * }</pre>
 */
package dev.faultline.export.report;
