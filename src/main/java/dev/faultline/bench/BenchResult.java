package dev.faultline.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** One size's figures: milliseconds per stage (median), plus facts about the input. */
public record BenchResult(int nodes, int dependencies, double yamlMegabytes, Map<String, Double> millis,
                          long heapMegabytes) {
    public BenchResult {
        millis = new LinkedHashMap<>(millis);
    }
}
