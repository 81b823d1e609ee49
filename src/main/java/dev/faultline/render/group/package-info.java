/**
 * Semantic zoom, toolkit-neutral: {@link dev.faultline.render.group.Grouping} puts every node in one group (by team,
 * by zone, or by clusters of the dependency graph when the file has neither), {@link
 * dev.faultline.render.group.GroupSummary} counts a group's nodes, SPOFs and, under a scenario, its DOWN and
 * DEGRADED nodes, {@link dev.faultline.render.group.EdgeBundler} turns the dependencies between groups into one
 * {@link dev.faultline.render.group.BundledEdge} per group pair, {@link dev.faultline.render.group.GroupPlacer}
 * places the group blocks near their members, and {@link dev.faultline.render.group.FocusFilter} picks the nodes
 * focus mode shows. The analysis is never changed: only the drawing aggregates. No JavaFX or AWT here.
 */
package dev.faultline.render.group;
