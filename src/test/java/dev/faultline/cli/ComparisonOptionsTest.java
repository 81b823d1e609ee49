package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code diff} and {@code whatif} offer the same output options, worded the same, because they share one mixin. */
class ComparisonOptionsTest {
    private static final List<String> OUTPUT_OPTIONS = List.of("--format", "--fail-on", "--output");

    @Test
    void diffAndWhatifDeclareTheSameOutputOptions() {
        List<String> diff = outputOptions(new CommandLine(new DiffCommand()));
        List<String> whatif = outputOptions(new CommandLine(new WhatIfCommand()));
        assertEquals(3, diff.size(), diff.toString());
        assertEquals(diff, whatif);
        assertTrue(diff.get(0).contains("sarif"), diff.toString());
    }

    @Test
    void bothHelpsListTheOutputOptions() {
        for (String command : List.of("diff", "whatif")) {
            String help = CliRun.of(command, "--help").out();
            for (String option : OUTPUT_OPTIONS) assertTrue(help.contains(option), command + " " + option);
        }
    }

    /** Name, label, default and wording of each output option, in a fixed order. */
    private static List<String> outputOptions(CommandLine commandLine) {
        return OUTPUT_OPTIONS.stream().map(name -> commandLine.getCommandSpec().findOption(name)).map(o ->
                String.join(" | ", o.longestName(), o.paramLabel(), String.valueOf(o.defaultValue()),
                        String.join(" ", o.description()))).toList();
    }
}
