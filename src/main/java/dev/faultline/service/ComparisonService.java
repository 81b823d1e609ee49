package dev.faultline.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.faultline.analysis.AnalysisReport;
import dev.faultline.analysis.Analyzer;
import dev.faultline.analysis.compare.Comparer;
import dev.faultline.analysis.compare.Comparison;
import dev.faultline.analysis.compare.ComparisonInputs;
import dev.faultline.io.AtomicFiles;
import dev.faultline.io.EditException;
import dev.faultline.io.EditOutcome;
import dev.faultline.io.GitRevisions;
import dev.faultline.io.LoadResult;
import dev.faultline.io.TopologyEditor;
import dev.faultline.io.TopologyLoader;
import dev.faultline.io.v1.TopologyNotes;
import dev.faultline.io.v1.TopologyWriter;
import dev.faultline.model.Topology;

/**
 * Comparing two versions of a topology and trying edits (risk-model.md §6), shared by {@code faultline diff},
 * {@code faultline whatif}, the fix advisor and the app. Never writes the user's file: an edited copy is written only
 * by {@link #writeEdited}, and never over the file it came from.
 */
public final class ComparisonService {
    private final TopologyLoader loader;
    private final Analyzer analyzer;
    private final TopologyEditor editor = new TopologyEditor();

    public ComparisonService() {
        this(new TopologyLoader(), new Analyzer());
    }

    public ComparisonService(TopologyLoader loader, Analyzer analyzer) {
        this.loader = loader;
        this.analyzer = analyzer;
    }

    /** One side of a comparison: its analysis, or {@link #absent()} for a file that did not exist. */
    public record Version(AnalysisReport report) {
        public static Version absent() {
            return new Version(null);
        }

        public Optional<Topology> topology() {
            return report == null ? Optional.empty() : Optional.of(report.topology());
        }

        ComparisonInputs inputs() {
            return report == null ? ComparisonInputs.absent() : ComparisonInputs.of(report);
        }
    }

    /** The outcome of {@link #whatIf}: the edited copy and its analysis, or why the edits make it invalid. */
    public record WhatIf(EditOutcome outcome, AnalysisReport after, Comparison comparison) {
        public boolean ok() {
            return outcome.ok();
        }
    }

    public Version analyse(Topology topology) {
        return new Version(analyzer.analyze(topology));
    }

    public Comparison compare(Version before, Version after) {
        return Comparer.compare(before.inputs(), after.inputs());
    }

    public LoadResult load(Path file) {
        return loader.load(file);
    }

    /** The file as it was at a git revision; an empty result (no topology, no problems) when it did not exist then. */
    public LoadResult loadAtRevision(Path file, String revision) throws GitRevisions.GitException, IOException {
        Optional<byte[]> bytes = GitRevisions.read(file, revision);
        if (bytes.isEmpty()) return new LoadResult(Optional.empty(), List.of());
        return loader.parse(bytes.get(), revisionName(file, revision));
    }

    /** How problems name the old version: "REV:FILE", like git; just FILE where ':' cannot be in a path (Windows). */
    private static Path revisionName(Path file, String revision) {
        try {
            return Path.of(revision + ":" + file);
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
    }

    /**
     * Applies the edits to {@code base} in memory, validates the copy like a file, and compares it with the original.
     *
     * @throws EditException when an edit is malformed or names something unknown (a usage error)
     */
    public WhatIf whatIf(Version base, List<String> edits, Path file) throws EditException {
        EditOutcome outcome = editor.apply(base.report().topology(), edits, file);
        if (!outcome.ok()) return new WhatIf(outcome, null, null);
        Version after = analyse(outcome.topology().orElseThrow());
        return new WhatIf(outcome, after.report(), compare(base, after));
    }

    /**
     * The topology as an edited copy of it would be: written as YAML and read back with no edit. Comparing an edited
     * copy with this (not with the original) shows only what the edits changed, not what the round trip normalises.
     */
    public Topology roundTrip(Topology topology, Path file) throws EditException {
        return editor.apply(topology, List.of(), file).topology().orElse(topology);
    }

    /**
     * Writes the edited copy to {@code out} atomically, with the edits as a header comment. Refuses to write over
     * {@code original}, also when {@code out} reaches it through a symbolic or hard link.
     */
    public void writeEdited(Topology edited, List<String> edits, Path original, Path out) throws IOException {
        if (sameFile(original, out)) {
            throw new IOException("refusing to write the edited copy over " + original
                    + ": whatif never changes the file it reads; choose another --write-topology");
        }
        List<String> header = new ArrayList<>();
        header.add("Edited copy of " + original.getFileName() + " made by faultline whatif, with:");
        for (String e : edits) header.add("  --apply '" + e.strip() + "'");
        String text = new TopologyWriter().write(edited, new TopologyNotes(header, java.util.Map.of(), java.util.Map.of()));
        dev.faultline.io.OutputTarget.of(out, List.of(original)).write(text);
    }

    static boolean sameFile(Path a, Path b) throws IOException {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) return true;
        if (!Files.exists(b, LinkOption.NOFOLLOW_LINKS) && !Files.exists(b)) return false;
        return Files.exists(b) && Files.exists(a) && Files.isSameFile(a, b);
    }
}
