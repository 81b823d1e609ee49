/**
 * What the simulation means for a reviewer: SPOFs, failure-domain SPOFs, the blast-radius ranking, team and Conway
 * figures, and findings ({@code rules/}: one small class per rule with a stable id). {@link
 * dev.faultline.analysis.Analyzer} produces one immutable {@link dev.faultline.analysis.AnalysisReport}.
 *
 * <p>May use: model, simulation, progress, JGraphT. Must not reach up into io, export, render or service.
 */
package dev.faultline.analysis;
