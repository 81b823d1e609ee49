package dev.faultline.analysis.rules;

import java.util.List;

import dev.faultline.analysis.Finding;

/** One inspection with a stable id. Returns its findings (possibly none); never null, never throws for valid input. */
public interface Rule {
    String id();

    /** One line users see in `faultline analyze --help`-style listings and the docs. */
    String description();

    List<Finding> apply(AnalysisContext context);
}
