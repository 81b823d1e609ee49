package dev.faultline.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.faultline.bench.Benchmark;
import dev.faultline.bench.SizeBenchmark;
import dev.faultline.bench.Stage;
import dev.faultline.io.AtomicFiles;
import dev.faultline.io.OutputRefusedException;
import dev.faultline.io.OutputTarget;
import dev.faultline.service.ExportService;
import dev.faultline.service.FaultlineService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code faultline} command line: thin commands that parse, call {@link FaultlineService}, and print.
 * Never starts JavaFX, never needs a display.
 */
@Command(name = "faultline", mixinStandardHelpOptions = true, version = "Faultline 0.1.0",
        description = "Maps a service topology and finds what will take it down.",
        footer = {"", "Exit codes: 0 ok, 1 --fail-on tripped, 2 invalid input, 3 usage error, 4 out of memory.",
                "Run without a command (or with 'gui [FILE]') to open the desktop app."})
public final class FaultlineCommand implements Runnable {
    /**
     * The subcommands, in the order help lists them. Not in the annotation: picocli would then build every
     * command's model by reflection on each start, about a third of a second of CPU, most of a small command's cold
     * start. {@link #execute} builds only the one being run (see {@link #create(FaultlineService, String...)}).
     */
    static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, AnalyzeCommand.class, SimulateCommand.class,
            ExportCommand.class, GenerateCommand.class, BenchCommand.class, ImportCommand.class, DiffCommand.class,
            WhatIfCommand.class, CommandLine.HelpCommand.class);

    @Spec
    CommandSpec spec;

    private final FaultlineService service;
    private ExportService exports;
    /** How {@code bench} gets its benchmark; tests put in one that fails on purpose. */
    BenchmarkFactory benchmarks = Benchmark::new;

    /** Makes the benchmark of the chosen stages. */
    @FunctionalInterface
    interface BenchmarkFactory {
        SizeBenchmark create(long seed, Set<Stage> stages);
    }

    public FaultlineCommand(FaultlineService service) {
        this.service = service;
    }

    FaultlineService service() {
        return service;
    }

    /** Created on first use: layout and vector libraries load only for commands that draw. */
    ExportService exports() {
        if (exports == null) exports = new ExportService();
        return exports;
    }

    BenchmarkFactory benchmarks() {
        return benchmarks;
    }

    private PrintWriter out;
    private PrintWriter err;

    /** Standard output; control characters from users' files are escaped ({@link TerminalText}). */
    PrintWriter out() {
        if (out == null) out = TerminalText.guard(spec.commandLine().getOut());
        return out;
    }

    /** Standard error, escaped like {@link #out()}. */
    PrintWriter err() {
        if (err == null) err = TerminalText.guard(spec.commandLine().getErr());
        return err;
    }

    /**
     * Writes to OUT (atomically when it is a regular file, see {@link OutputTarget}), or to standard output when OUT
     * is absent or "-". OUT must not be any of {@code inputs}.
     */
    void write(Path output, Collection<Path> inputs, String text) throws IOException {
        if (output == null || output.toString().equals("-")) {
            out().print(text);
            out().flush();
        } else {
            OutputTarget.of(output, inputs).write(text);
            wrote(output);
        }
    }

    /** Streams to OUT, or to standard output: for documents too big to build in memory first. */
    void write(Path output, Collection<Path> inputs, AtomicFiles.TextWriter text) throws IOException {
        if (output == null || output.toString().equals("-")) {
            // The writer emits many small pieces; a large buffer spares a lock and a flush check per piece.
            java.io.Writer buffered = new java.io.BufferedWriter(out(), 1 << 16);
            text.writeTo(buffered);
            buffered.flush();
        } else {
            OutputTarget.of(output, inputs).write(text);
            wrote(output);
        }
    }

    /**
     * Streams bytes into the file OUT (never standard output: what is printed is text, escaped for the terminal),
     * for documents made as UTF-8 (the analysis JSON, issue #18).
     */
    void writeFile(Path output, Collection<Path> inputs, AtomicFiles.ByteWriter bytes) throws IOException {
        if (output == null || output.toString().equals("-")) {
            throw new IllegalArgumentException("not a file: " + output);
        }
        OutputTarget.of(output, inputs).writeBytes(bytes);
        wrote(output);
    }

    void wrote(Path output) {
        err().println("wrote " + TerminalText.line(output.toString()));
        err().flush();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Builds the command line with every subcommand, Faultline's exit codes and error handling. */
    public static CommandLine create(FaultlineService service) {
        return create(service, COMMANDS);
    }

    /**
     * Builds the command line for {@code args}: when the first argument names a subcommand, only that one (its
     * options, help and errors are the same); otherwise all, so help and "did you mean" see every command.
     */
    public static CommandLine create(FaultlineService service, String... args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command != CommandLine.HelpCommand.class && nameOf(command).equals(args[0])) {
                    return create(service, List.of(command));
                }
            }
        }
        return create(service, COMMANDS);
    }

    static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    private static CommandLine create(FaultlineService service, List<Class<?>> commands) {
        CommandLine cl = new CommandLine(new FaultlineCommand(service));
        for (Class<?> command : commands) cl.addSubcommand(instantiate(command));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter err = TerminalText.guard(c.getErr());
            err.println("faultline: " + TerminalText.line(String.valueOf(ex.getMessage())));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
            }
            err.flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("faultline: " + TerminalText.line(describe(ex)));
            c.getErr().flush();
            if (ex instanceof OutputRefusedException) return ExitCodes.USAGE;
            return ex instanceof IOException ? ExitCodes.INVALID_INPUT
                    : ex instanceof UnsupportedOperationException ? ExitCodes.USAGE : ExitCodes.INVALID_INPUT;
        });
        return cl;
    }

    private static Object instantiate(Class<?> command) {
        try {
            var constructor = command.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the " + command.getSimpleName() + " command", e);
        }
    }

    private static String describe(Exception ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        CommandLine cl = create(new FaultlineService(), args);
        // UTF-8 whatever the locale: with LANG unset, Java 17 would print non-ASCII names (and JSON) as '?'.
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }
}
