/**
 * Compare mode and fix previews in the main window (File › Compare with…): {@link dev.faultline.app.compare.ComparePane}
 * is the Changes tab (compare with another file or a git revision; the verified fixes), docked beside Details;
 * {@link dev.faultline.app.compare.ChangeBanners} are the bars above the canvas ("Comparing with …" with Stop comparing,
 * the fix preview's before/after line with Keep / Discard / Save as…); {@link dev.faultline.app.compare.ChangeRow} is
 * one row of the Changes list. The state lives in {@code app.workspace.WorkspaceViewModel} (comparison, preview, kept
 * edits); the canvas marks come from {@code render.ChangeMarks}.
 *
 * <p>Never writes the user's file: a kept fix stays in memory until "Save as…" writes an edited copy elsewhere.
 */
package dev.faultline.app.compare;
