package dev.faultline.app.workspace;

import java.util.List;

import dev.faultline.io.yaml.Problem;

/**
 * The result of opening a file: a document (with the layout sidecar's problems, if any), the reviewer's decisions
 * on findings and, for a newly opened file, its first picture and how it was drawn (made in the same background
 * work, so the panels and the canvas show the file together), or the problems that kept it from opening.
 * {@code firstGroups}: the new file's far-zoom groups, made in the same work (null: the tool bar makes them).
 */
record OpenOutcome(TopologyDocument document, List<Problem> problems,
                   java.util.Map<String, dev.faultline.analysis.FindingReview> reviews,
                   dev.faultline.render.DiagramScene firstScene, WorkspaceViewModel.FirstLook firstLook,
                   dev.faultline.render.group.GroupLevels firstGroups) {
}
