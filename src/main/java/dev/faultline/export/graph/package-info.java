/**
 * Interoperable graph text: Graphviz DOT ({@link dev.faultline.export.graph.DotExporter}), GraphML with yEd graphics
 * ({@link dev.faultline.export.graph.GraphMlExporter}) and Mermaid flowcharts
 * ({@link dev.faultline.export.graph.MermaidExporter}). Each returns a {@code String}; the caller writes it.
 * Fills, outlines, widths and dashes are not decided here: {@link dev.faultline.export.graph.NodeStyler} takes them
 * from {@link dev.faultline.render.StylePolicy}, the canvas's own policy, and adds only the words a text format needs
 * (label lines, state glyphs, "soft"/"async"), so the three formats and the canvas agree. Node positions, for the
 * formats that store them, come from {@code layout}.
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
