/**
 * {@code faultline bench}: warm-up plus medians of each stage (parse, load, scenario, analysis, layout, export) on
 * generated topologies. Figures go to docs/performance.md, never into timed unit tests.
 *
 * <p>May use: the core packages and generator; not app or cli.
 */
package dev.faultline.bench;
