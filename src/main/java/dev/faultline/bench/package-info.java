/**
 * {@code faultline bench}: warm-up plus medians of each stage (parse, load, scenario, analysis, layout, export) on
 * generated topologies. Figures go to docs/performance.md, never into timed unit tests. {@link
 * dev.faultline.bench.YamlParseFloor} is the baseline the loader is measured against: Jackson reading every token.
 *
 * <p>May use: the core packages and generator; not app or cli. Jackson only in YamlParseFloor (ArchitectureTest).
 */
package dev.faultline.bench;
