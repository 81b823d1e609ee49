package dev.faultline.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;

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
        subcommands = {ValidateCommand.class, AnalyzeCommand.class, SimulateCommand.class, ExportCommand.class, GenerateCommand.class, BenchCommand.class,
                ImportCommand.class, DiffCommand.class, WhatIfCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 --fail-on tripped, 2 invalid input, 3 usage error.",
                "Run without a command (or with 'gui [FILE]') to open the desktop app."})
public final class FaultlineCommand implements Runnable {
    @Spec
    CommandSpec spec;

    private final FaultlineService service;
    private ExportService exports;

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
            text.writeTo(out());
            out().flush();
        } else {
            OutputTarget.of(output, inputs).write(text);
            wrote(output);
        }
    }

    void wrote(Path output) {
        err().println("wrote " + TerminalText.line(output.toString()));
        err().flush();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** Builds the command line with Faultline's exit codes and error handling. */
    public static CommandLine create(FaultlineService service) {
        CommandLine cl = new CommandLine(new FaultlineCommand(service));
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

    private static String describe(Exception ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        CommandLine cl = create(new FaultlineService());
        // UTF-8 whatever the locale: with LANG unset, Java 17 would print non-ASCII names (and JSON) as '?'.
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cl.execute(args);
    }
}
