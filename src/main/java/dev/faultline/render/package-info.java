/**
 * The toolkit-neutral diagram: {@link dev.faultline.render.SceneBuilder} turns a topology, its layout and optional
 * analysis and simulation into a {@link dev.faultline.render.DiagramScene} (nodes, edges, zone groups, legend, with
 * colours as CSS hex strings). The JavaFX canvas and every export draw that same scene, so they cannot drift apart.
 * How things look is {@link dev.faultline.render.StylePolicy}'s alone: the scene builder and the DOT/GraphML/Mermaid
 * exporters both translate its {@link dev.faultline.render.NodeStyle}s and {@link dev.faultline.render.EdgeStyle}s.
 *
 * <pre>{@code
 * LayoutResult layout = new ElkLayeredLayout().layout(topology, pinned, progress, cancel);
 * DiagramScene scene = new SceneBuilder().build(
 *         SceneRequest.of(topology, layout, analysis).withOverlay(Overlay.TEAMS).withSimulation(result));
 * KindGlyphs glyphs = KindGlyphs.load();          // kind glyph path data, raw (SVGPath) or parsed segments
 * }</pre>
 *
 * {@link dev.faultline.render.NodeGeometry} says where the glyph, label, badges and markers go inside a node box,
 * for every renderer alike. No JavaFX or AWT types here.
 */
package dev.faultline.render;
