/**
 * Interoperable graph text: Graphviz DOT ({@link dev.faultline.export.graph.DotExporter}), GraphML with yEd graphics
 * ({@link dev.faultline.export.graph.GraphMlExporter}) and Mermaid flowcharts
 * ({@link dev.faultline.export.graph.MermaidExporter}). Each returns a {@code String}; the caller writes it.
 * {@link dev.faultline.export.graph.NodeStyler} decides every node's fill, outline, label and state glyph once, in the
 * diagram's colours ({@link dev.faultline.export.graph.GraphColours}), so the three formats and the canvas agree.
 *
 * <pre>{@code
 * GraphExportInput in = GraphExportInput.of(analysis, Overlay.SPOF)      // or GraphExportInput.of(topology)
 *         .withSimulation(result);                                      // optional: node states
 * String dot = new DotExporter().export(in);
 * String graphml = new GraphMlExporter().export(in);
 * String mermaid = new MermaidExporter().export(in);
 * }</pre>
 */
package dev.faultline.export.graph;
