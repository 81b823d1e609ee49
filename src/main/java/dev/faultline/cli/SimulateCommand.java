package dev.faultline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.faultline.analysis.capacity.ScenarioLoad;
import dev.faultline.export.json.SimulationJson;
import dev.faultline.export.text.SimulationText;
import dev.faultline.model.Topology;
import dev.faultline.simulation.Scenario;
import dev.faultline.simulation.SimulationResult;
import dev.faultline.simulation.UnknownTargetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "simulate", mixinStandardHelpOptions = true, description = "Run one failure scenario and print the state of every node and flow.")
final class SimulateCommand implements Callable<Integer> {
    @ParentCommand
    FaultlineCommand root;

    @Mixin
    TopologyArgument input = new TopologyArgument();

    @Option(names = "--fail", required = true, paramLabel = "EVENT",
            description = "node:X, instance:X, zone:Z, region:R or team:T (a bare X means node:X). Repeatable.")
    List<String> events = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { text, json }

    @Override
    public Integer call() {
        Scenario scenario;
        try {
            scenario = Scenario.parse(events);
        } catch (IllegalArgumentException e) {
            root.err().println("faultline simulate: --fail: " + TerminalText.line(e.getMessage())
                    + " (node:X, instance:X, zone:Z, region:R, team:T)");
            return ExitCodes.USAGE;
        }
        Optional<Topology> topology = input.load(root.service(), root.err());
        if (topology.isEmpty()) return ExitCodes.INVALID_INPUT;
        SimulationResult result;
        try {
            result = root.service().simulate(topology.get(), scenario);
        } catch (UnknownTargetException e) {
            root.err().println("faultline simulate: " + TerminalText.line(e.getMessage()));
            return ExitCodes.USAGE;
        }
        ScenarioLoad load = root.service().scenarioLoad(topology.get(), result);
        root.out().print(format == Format.json ? SimulationJson.render(result, load)
                : SimulationText.render(result, load));
        root.out().flush();
        return ExitCodes.OK;
    }
}
