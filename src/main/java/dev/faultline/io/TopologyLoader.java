package dev.faultline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.faultline.model.FlowSource;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Topology;
import dev.faultline.io.v1.ModelBuilder;
import dev.faultline.io.v1.PlainSplitRead;
import dev.faultline.io.v1.SplitYamlRead;
import dev.faultline.io.v1.TopologyFileV1;
import dev.faultline.io.v1.V1Reader;
import dev.faultline.io.v1.V1Validator;
import dev.faultline.io.yaml.InputGuard;
import dev.faultline.io.yaml.PlainBytesReader;
import dev.faultline.io.yaml.Problem;
import dev.faultline.io.yaml.ProblemLog;
import dev.faultline.io.yaml.YamlTreeReader;

/**
 * Reads a topology file: hostile-input checks, then YAML (Jackson's streaming parser, for exact positions) into
 * version-1 records, then validation, then the immutable model. Never throws for a user's mistake: everything
 * wrong is a {@link Problem}, all of a file's problems are reported together, and a file with errors yields no
 * topology. Thread-safe; one instance can serve many loads.
 */
public final class TopologyLoader {
    /** Files bigger than this are refused before reading (a 50,000-service topology is about 17 MB). */
    public static final long MAX_FILE_BYTES = InputGuard.MAX_BYTES;
    /** Problems listed per file; beyond this one last problem says how many more there were. */
    public static final int MAX_PROBLEMS = ProblemLog.MAX_STORED;
    /** How many names the "treating ... as entrypoints" warning lists before "and N more". */
    private static final int NAMES_IN_WARNING = 10;

    private final YamlTreeReader yaml = new YamlTreeReader();
    private final SplitYamlRead split = new SplitYamlRead(yaml);
    private final PlainSplitRead plainSplit = new PlainSplitRead();
    /** Big files' models are built while they are validated ({@link SpeculativeModel}); off only in tests. */
    private final boolean speculate;
    /** Plain YAML is read by the fast reader ({@link PlainSplitRead}); off only in tests, as their oracle. */
    private final boolean fast;

    public TopologyLoader() {
        this(true);
    }

    /** {@code speculate}: build a big file's model while validating it (the tests compare with and without). */
    TopologyLoader(boolean speculate) {
        this(speculate, true);
    }

    private TopologyLoader(boolean speculate, boolean fast) {
        this.speculate = speculate;
        this.fast = fast;
    }

    /** A loader that reads every file with the full reader: what the fast reader must match (the tests' oracle). */
    static TopologyLoader fullReaderOnly() {
        return new TopologyLoader(true, false);
    }

    /** Loads a file from disk. */
    public LoadResult load(Path file) {
        ProblemLog log = new ProblemLog(file);
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                log.error(1, 1, InputGuard.tooBigMessage(size));
                return failed(log);
            }
            // Never more than the limit and one byte: /dev/zero or a growing file must not fill the memory.
            return parse(InputFile.readAtMost(file, MAX_FILE_BYTES), file);
        } catch (InputFile.UnreadableException e) {
            log.error(e.line(), e.column(), (e.unopened() ? "cannot read the file: " : "") + e.getMessage());
            return failed(log);
        } catch (IOException | SecurityException e) {
            log.error(1, 1, "cannot read the file: " + describe(e));
            return failed(log);
        }
    }

    /** Loads raw bytes, which must be UTF-8 (a byte order mark is fine); {@code file} only names them in problems. */
    public LoadResult parse(byte[] bytes, Path file) {
        ProblemLog log = new ProblemLog(file);
        // Plain block YAML (nearly every topology) is read by the fast reader from the file's bytes, which answers only
        // when it reads the file exactly as the full reader reads the decoded text; decoding would only check the
        // bytes again and copy them (issue #18).
        Optional<SplitYamlRead.Parts> plain = fast
                ? InputGuard.undecoded(bytes).flatMap(reader -> plainSplit.readCleanly(reader, log)) : Optional.empty();
        if (plain.isPresent()) {
            bytes = null; // not kept alive by this frame while the model is built (see below)
            Optional<TopologyFileV1> records = plain.get().records(log);
            plain = null;
            return fromRecords(records, log);
        }
        Optional<String> text = InputGuard.decode(bytes, log);
        // Only the text is read from here on. The interpreter, which runs this once, would keep the bytes alive
        // through the parameter until the model is built: 36 MB at 50,000 nodes, copied by the first young
        // collection and then kept in the old generation (issue #18).
        bytes = null;
        return text.map(t -> fromRecords(readFully(t, log), log)).orElseGet(() -> failed(log));
    }

    /** Loads YAML text; {@code file} is only used in problem messages (may be null). */
    public LoadResult parse(String yaml, Path file) {
        ProblemLog log = new ProblemLog(file);
        return InputGuard.checkText(yaml, log).map(text -> fromText(text, log)).orElseGet(() -> failed(log));
    }

    /** A text is read by the fast reader as its UTF-8 bytes (the editor's copy, the benchmark's), else fully. */
    private LoadResult fromText(String text, ProblemLog log) {
        Optional<SplitYamlRead.Parts> plain = fast
                ? PlainBytesReader.of(text).flatMap(reader -> plainSplit.readCleanly(reader, log)) : Optional.empty();
        return fromRecords(plain.isPresent() ? plain.get().records(log) : readFully(text, log), log);
    }

    /**
     * The records as the full reader reads them, reporting what is wrong: a big file in two parts on two cores when
     * that reads it exactly as in one piece, else in one piece.
     */
    private Optional<TopologyFileV1> readFully(String text, ProblemLog log) {
        return split.read(text, log).map(parts -> parts.records(log)).orElseGet(() -> {
            V1Reader reader = new V1Reader(log);
            return yaml.read(text, log, reader).flatMap(reader::read);
        });
    }

    /** Validation and the model, from the records read. */
    private LoadResult fromRecords(Optional<TopologyFileV1> file, ProblemLog log) {
        if (file.isEmpty()) return failed(log);
        // A big file's model is built on another core while this one validates (issue #18); it is used only when
        // the validation finds no error, and then exactly as if it had been built after it.
        SpeculativeModel model = speculate && file.get().nodes().size() >= SpeculativeModel.FROM_NODES
                && Runtime.getRuntime().availableProcessors() >= 2 ? SpeculativeModel.start(file.get()) : null;
        new V1Validator(log).validate(file.get());
        if (log.hasErrors()) return failed(log);
        Topology topology;
        try {
            topology = model != null ? model.join() : ModelBuilder.build(file.get());
        } catch (IllegalArgumentException e) {
            // The validator should have caught this; report it rather than crash if a rule slipped through.
            log.error(1, 1, "inconsistent topology: " + e.getMessage());
            return failed(log);
        }
        warnAboutImplicitEntrypoints(topology, file.get().nodesAt(), log);
        return new LoadResult(Optional.of(topology), log.sorted());
    }

    /** The contract's warning: without flows or entrypoints, the roots become the flows. */
    private static void warnAboutImplicitEntrypoints(Topology topology, SourcePosition nodesAt, ProblemLog log) {
        if (topology.flowSource() != FlowSource.ROOTS) return;
        List<String> roots = topology.rootNodes();
        if (roots.isEmpty()) {
            log.warning(nodesAt, "no flows and no entrypoint, and every node is depended on by another: nothing can"
                    + " be analysed; mark user-facing nodes with 'entrypoint: true' or add 'flows'");
            return;
        }
        String names = String.join(", ", roots.subList(0, Math.min(roots.size(), NAMES_IN_WARNING)))
                + (roots.size() > NAMES_IN_WARNING ? " and " + (roots.size() - NAMES_IN_WARNING) + " more" : "");
        log.warning(nodesAt, roots.size() == 1
                ? "no flows and no entrypoint: treating the 1 node nothing depends on as an entrypoint: " + names
                : "no flows and no entrypoint: treating the " + roots.size()
                        + " nodes nothing depends on as entrypoints: " + names);
    }

    private static LoadResult failed(ProblemLog log) {
        return new LoadResult(Optional.empty(), log.sorted());
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
