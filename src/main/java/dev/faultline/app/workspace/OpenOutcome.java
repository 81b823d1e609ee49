package dev.faultline.app.workspace;

import java.util.List;

import dev.faultline.io.yaml.Problem;

/**
 * The result of opening a file: a document (with the layout sidecar's problems, if any) and the reviewer's decisions
 * on findings, or the problems that kept it from opening.
 */
record OpenOutcome(TopologyDocument document, List<Problem> problems,
                   java.util.Map<String, dev.faultline.analysis.FindingReview> reviews) {
}
