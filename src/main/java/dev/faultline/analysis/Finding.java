package dev.faultline.analysis;

import java.util.List;

/** One result of a rule: a stable rule id, a severity, the nodes involved, what is wrong and what to do. */
public record Finding(String rule, Severity severity, List<String> nodes, String message, String recommendation) {
    public Finding {
        nodes = List.copyOf(nodes);
    }
}
