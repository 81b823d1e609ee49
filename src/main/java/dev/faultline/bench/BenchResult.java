package dev.faultline.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One size's figures: median milliseconds of each stage that ran, plus facts about the input. The heap after the
 * analysis is known only when the analysis stage ran.
 */
public record BenchResult(int nodes, int dependencies, double yamlMegabytes, Map<Stage, Double> millis,
                          OptionalLong heapMegabytes) {
    public BenchResult {
        millis = millis.isEmpty() ? Map.of() : new EnumMap<>(millis);
    }
}
