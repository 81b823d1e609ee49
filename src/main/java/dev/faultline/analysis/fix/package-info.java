/**
 * Proposed fixes per finding rule: {@link dev.faultline.analysis.fix.FixRecipes} maps a rule id to its
 * {@link dev.faultline.analysis.fix.FixRecipe}, which proposes {@link dev.faultline.analysis.fix.FixCandidate}s with a
 * {@link dev.faultline.analysis.fix.FixPrice}. A candidate is only a proposal: {@code service.FixAdvisor} applies it
 * to a copy, re-analyses and offers it as a {@link dev.faultline.analysis.fix.VerifiedFix} only if it helps.
 *
 * <p>May use: model, the analysis root and compare. It never edits a file.
 */
package dev.faultline.analysis.fix;
