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

    public TopologyLoader() {
        this(true);
    }

    /** {@code speculate}: build a big file's model while validating it (the tests compare with and without). */
    TopologyLoader(boolean speculate) {
        this.speculate = speculate;
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
        // A file of printable ASCII and the characters beyond it the fast reader reads (every generated one, the
        // samples' dashes) is read by the fast reader from its bytes, when that reads it as it would read the decoded
        // text: decoding would only check it again and copy it (issue #18).
        PlainSplitRead.BytesRead fast = InputGuard.undecoded(bytes).map(ascii -> plainSplit.readCleanly(ascii, log))
                .orElse(PlainSplitRead.BytesRead.UNKNOWN);
        if (fast.parts().isPresent()) {
            bytes = null; // not kept alive by this frame while the model is built (see below)
            Optional<TopologyFileV1> records = fast.parts().get().records(log);
            fast = null;
            return fromRecords(records, log);
        }
        boolean tryPlain = !fast.known(); // known and empty: the fast reader reads nothing of the decoded text either
        Optional<String> text = InputGuard.decode(bytes, log);
        // Only the text is read from here on. The interpreter, which runs this once, would keep the bytes alive
        // through the parameter until the model is built: 36 MB at 50,000 nodes, copied by the first young
        // collection and then kept in the old generation (issue #18).
        bytes = null;
        return text.map(t -> fromText(t, log, tryPlain)).orElseGet(() -> failed(log));
    }

    /** Loads YAML text; {@code file} is only used in problem messages (may be null). */
    public LoadResult parse(String yaml, Path file) {
        ProblemLog log = new ProblemLog(file);
        return InputGuard.checkText(yaml, log).map(text -> fromText(text, log, true)).orElseGet(() -> failed(log));
    }

    /** {@code tryPlain}: false when the fast reader is known to read nothing of the text. */
    private LoadResult fromText(String text, ProblemLog log, boolean tryPlain) {
        // Plain block YAML (nearly every topology) is read by the fast reader, which answers only when it reads the
        // text exactly as the full reader would (a big file in two parts cut inside its longest list). Otherwise a big file is parsed by the full reader in two parts on
        // two cores when that reads it exactly as in one piece, else in one piece, reporting what is wrong.
        Optional<SplitYamlRead.Parts> plain = tryPlain ? plainSplit.readCleanly(text, log) : Optional.empty();
        Optional<TopologyFileV1> file = plain.or(() -> split.read(text, log))
                .map(parts -> parts.records(log)).orElseGet(() -> {
            V1Reader reader = new V1Reader(log);
            return yaml.read(text, log, reader).flatMap(reader::read);
        });
        return fromRecords(file, log);
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
