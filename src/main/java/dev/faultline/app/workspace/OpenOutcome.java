package dev.faultline.app.workspace;

import java.util.List;

import dev.faultline.io.Problem;

/** The result of opening a file: either a document or the problems that kept it from opening. */
record OpenOutcome(TopologyDocument document, List<Problem> problems,
                   java.util.Map<String, dev.faultline.analysis.FindingReview> reviews) {
}
