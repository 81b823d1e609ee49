/**
 * Everything Faultline writes for people and tools, each exporter returning bytes or text for the caller to write:
 * {@code diagram/} (SVG, PDF, PNG from the render scene), {@code graph/} (DOT, GraphML, Mermaid), {@code report/}
 * (Markdown and HTML review reports), {@code json/} (analysis JSON, SARIF), {@code text/} (console text).
 *
 * <p>May use: render, analysis, simulation, layout, model. Must not read files or know about the command line.
 */
package dev.faultline.export;
