package dev.faultline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.faultline.service.FaultlineService;
import picocli.CommandLine;

/** The command line builds only the subcommand it runs; help and mistakes still see every command. */
class CommandSelectionTest {
    private static List<String> built(String... args) {
        return List.copyOf(FaultlineCommand.create(new FaultlineService(), args).getSubcommands().keySet());
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertEquals(List.of("validate"), built("validate", "shop.yaml"));
        assertEquals(List.of("analyze"), built("analyze", "--help"));
    }

    @Test
    void anythingElseBuildsEveryCommand() {
        List<String> all = FaultlineCommand.COMMANDS.stream().map(FaultlineCommand::nameOf).toList();
        assertEquals(all, built());
        assertEquals(all, built("--help"));
        assertEquals(all, built("help", "validate"));
        assertEquals(all, built("analyse"));
        assertEquals(all, built("VALIDATE"));
    }

    @Test
    void rootHelpListsEveryCommandAndMistakesGetSuggestions() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        for (Class<?> c : FaultlineCommand.COMMANDS) assertTrue(help.out().contains(FaultlineCommand.nameOf(c)), help.out());
        CliRun typo = CliRun.of("analyse", "x.yaml");
        assertEquals(ExitCodes.USAGE, typo.exitCode());
        assertTrue(typo.err().contains("analyze"), typo.err());
        CliRun helpOf = CliRun.of("help", "validate");
        assertEquals(0, helpOf.exitCode());
        assertTrue(helpOf.out().contains("Usage: faultline validate"), helpOf.out());
    }

    @Test
    void theHelpCommandIsNeverPickedAlone() {
        assertTrue(built("help").size() > 1);
        assertTrue(FaultlineCommand.COMMANDS.contains(CommandLine.HelpCommand.class));
    }
}
