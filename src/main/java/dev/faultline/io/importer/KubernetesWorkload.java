package dev.faultline.io.importer;

import java.util.Map;

import dev.faultline.io.importer.TopologyDraft.NodeDraft;
import dev.faultline.io.yaml.YamlMap;

/** A workload object and the node made of it, with its pod labels (for selectors) and its pod spec. */
record KubernetesWorkload(KubernetesObject obj, NodeDraft node, Map<String, String> podLabels, YamlMap podSpec) {
}
