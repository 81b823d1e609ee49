package dev.faultline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import dev.faultline.service.FaultlineService;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // The same path as the real command line: only the named subcommand is built.
        CommandLine cl = FaultlineCommand.create(new FaultlineService(), args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
