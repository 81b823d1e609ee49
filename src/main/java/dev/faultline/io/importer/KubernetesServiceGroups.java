package dev.faultline.io.importer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.io.importer.TopologyDraft.NodeDraft;

/**
 * A Service that selects several workloads (Istio's {@code reviews} selecting {@code reviews-v1}, {@code -v2},
 * {@code -v3}) is one thing to its callers: they address the Service, and any of its pods may answer. So the
 * workloads become one node named after the Service, whose instances are the sum of their replicas (the versions
 * kept as tags). One node per Deployment would instead show three single-instance SPOFs that are not, and leave a
 * dependency on {@code reviews} with nothing to point at.
 */
final class KubernetesServiceGroups {
    private KubernetesServiceGroups() {
    }

    /** The workloads with merged nodes where a Service groups them; runs before any dependency is recorded. */
    static List<KubernetesWorkload> merge(TopologyDraft draft, List<KubernetesObject> objects,
                                          List<KubernetesWorkload> workloads) {
        List<KubernetesWorkload> result = new ArrayList<>(workloads);
        Set<NodeDraft> grouped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (KubernetesObject service : objects) {
            if (!service.kind().equals("Service")
                    || service.body().textAt("spec", "type").orElse("ClusterIP").equals("ExternalName")) continue;
            List<KubernetesWorkload> selected = KubernetesImporter.selectedBy(service, result);
            List<NodeDraft> parts = distinctNodes(selected);
            if (parts.size() < 2) continue;
            if (parts.stream().anyMatch(grouped::contains)) {
                draft.unknown("Service " + service.name() + " selects " + ids(parts) + ", which other Services group"
                        + " differently: kept as separate nodes, the first the target and the others fallbacks");
                continue;
            }
            NodeDraft merged = mergedNode(draft, service, selected, parts);
            grouped.add(merged);
            result.replaceAll(w -> parts.contains(w.node())
                    ? new KubernetesWorkload(w.obj(), merged, w.podLabels(), w.podSpec()) : w);
        }
        return result;
    }

    private static NodeDraft mergedNode(TopologyDraft draft, KubernetesObject service, List<KubernetesWorkload> selected,
                                        List<NodeDraft> parts) {
        NodeDraft first = parts.get(0);
        NodeDraft merged = draft.merge(parts, service.name());
        merged.kind = first.kind;
        merged.role = first.role;
        merged.tags.putAll(first.tags);
        Set<String> images = new LinkedHashSet<>();
        parts.forEach(p -> {
            if (p.tags.get("image") != null) images.add(String.valueOf(p.tags.get("image")));
        });
        if (images.size() > 1) merged.tags.put("image", String.join(", ", images));
        merged.tags.put("workloads", String.join(", ", ids(parts)));
        Set<String> versions = new LinkedHashSet<>();
        selected.forEach(w -> {
            String version = w.podLabels().get("version");
            if (version != null) versions.add(version);
        });
        if (!versions.isEmpty()) merged.tags.put("versions", String.join(", ", versions));
        List<String> counts = new ArrayList<>();
        for (NodeDraft p : parts) {
            p.zones.forEach(z -> {
                if (!merged.zones.contains(z)) merged.zones.add(z);
            });
            p.notes.forEach(n -> {
                if (!merged.notes.contains(n)) merged.notes.add(n);
            });
            counts.add(p.id + " " + p.replicas);
        }
        merged.replicas = parts.stream().mapToInt(p -> p.replicas).sum();
        String why = "one node for Service " + service.name() + ", which selects " + parts.size() + " workloads: "
                + merged.replicas + " replicas (" + String.join(" + ", counts) + ")";
        merged.notes.add(why);
        draft.inferred(merged.id + ": " + why);
        return merged;
    }

    static List<NodeDraft> distinctNodes(List<KubernetesWorkload> workloads) {
        Map<NodeDraft, Boolean> seen = new IdentityHashMap<>();
        List<NodeDraft> nodes = new ArrayList<>();
        for (KubernetesWorkload w : workloads) if (seen.put(w.node(), Boolean.TRUE) == null) nodes.add(w.node());
        return nodes;
    }

    private static List<String> ids(List<NodeDraft> nodes) {
        return nodes.stream().map(n -> n.id).toList();
    }
}
