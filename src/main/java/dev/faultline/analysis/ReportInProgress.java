package dev.faultline.analysis;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.faultline.concurrent.Futures;
import dev.faultline.model.Topology;
import dev.faultline.progress.CancellationToken;
import dev.faultline.simulation.NodeLossOutcome;

/**
 * The sections of one analysis, each as soon as the {@link Analyzer} knows it: a writer can stream the report's first
 * sections while the rules still run (issue #18: the 50,000-node JSON, 196 MB, began only after the last rule). Each
 * accessor waits for its section; once the analysis has failed, every accessor still waiting throws its failure (an
 * out-of-memory error as such). The values are those of the finished {@link #report()}, element for element.
 */
public final class ReportInProgress {
    private final Topology topology;
    private final CompletableFuture<List<Spof>> spofs = new CompletableFuture<>();
    private final CompletableFuture<List<DomainSpof>> domainSpofs = new CompletableFuture<>();
    private final CompletableFuture<List<NodeLossOutcome>> blastRadius = new CompletableFuture<>();
    private final CompletableFuture<List<TeamFigures>> teams = new CompletableFuture<>();
    private final CompletableFuture<TeamCoupling> coupling = new CompletableFuture<>();
    private final CompletableFuture<AnalysisReport> report = new CompletableFuture<>();

    /** Sections of an analysis of {@code topology} still to come. */
    public ReportInProgress(Topology topology) {
        this.topology = topology;
    }

    /** A finished report's sections, all known. */
    public static ReportInProgress of(AnalysisReport done) {
        ReportInProgress r = new ReportInProgress(done.topology());
        r.finished(done);
        return r;
    }

    public Topology topology() { return topology; }

    public List<Spof> spofs() { return get(spofs); }

    public List<DomainSpof> domainSpofs() { return get(domainSpofs); }

    public List<NodeLossOutcome> blastRadius() { return get(blastRadius); }

    public List<TeamFigures> teams() { return get(teams); }

    public TeamCoupling coupling() { return get(coupling); }

    /** The whole report, once the analysis has finished. */
    public AnalysisReport report() { return get(report); }

    void spofs(List<Spof> value) { spofs.complete(value); }

    void domainSpofs(List<DomainSpof> value) { domainSpofs.complete(value); }

    void blastRadius(List<NodeLossOutcome> value) { blastRadius.complete(value); }

    void teams(List<TeamFigures> value) { teams.complete(value); }

    void coupling(TeamCoupling value) { coupling.complete(value); }

    /** Every section not published before is the report's (a report of some sections publishes nothing early). */
    void finished(AnalysisReport done) {
        spofs.complete(done.spofs());
        domainSpofs.complete(done.domainSpofs());
        blastRadius.complete(done.blastRadius());
        teams.complete(done.teams());
        coupling.complete(done.coupling());
        report.complete(done);
    }

    /** Every section still to come fails with the analysis' own failure. */
    void failed(Throwable failure) {
        for (CompletableFuture<?> f : List.of(spofs, domainSpofs, blastRadius, teams, coupling, report)) {
            f.completeExceptionally(failure);
        }
    }

    private static <T> T get(CompletableFuture<T> section) {
        return Futures.get(section, CancellationToken.CancelledException::new);
    }
}
