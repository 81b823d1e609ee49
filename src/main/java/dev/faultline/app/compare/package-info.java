/**
 * The Changes window (File › Compare with…): {@link dev.faultline.app.compare.ComparePane} compares the open topology
 * with another file or a git revision and previews verified fixes; {@link dev.faultline.app.compare.ChangeRow} is one
 * row of the list. Heavy work runs through {@code app.task.TaskRunner} and {@code service.ComparisonService}.
 *
 * <p>Never writes the user's file: a kept fix stays in memory until "Save as…" writes an edited copy elsewhere.
 */
package dev.faultline.app.compare;
