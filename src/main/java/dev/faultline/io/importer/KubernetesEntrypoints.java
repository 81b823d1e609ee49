package dev.faultline.io.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.faultline.io.importer.TopologyDraft.DependencyDraft;
import dev.faultline.io.importer.TopologyDraft.Evidence;
import dev.faultline.io.importer.TopologyDraft.NodeDraft;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.model.Kind;
import dev.faultline.io.yaml.YamlNode;

/**
 * Which workloads users reach: the targets of Ingress backends, Gateway API routes and Istio VirtualService routes
 * bound to a Gateway. When a Gateway's own pods are in the files they become the gateway node, with the routes as its
 * dependencies; when they are not (installed with the mesh), that is reported and the routes' targets are marked.
 */
final class KubernetesEntrypoints {
    void mark(TopologyDraft draft, List<KubernetesObject> objects, List<KubernetesWorkload> workloads,
              Map<String, List<KubernetesWorkload>> services) {
        Map<String, KubernetesObject> gateways = new LinkedHashMap<>();
        for (KubernetesObject o : objects) if (o.kind().equals("Gateway")) gateways.put(o.name(), o);
        for (KubernetesObject o : objects) {
            if (o.kind().equals("Ingress")) {
                for (String backend : ingressBackends(o)) routeTarget(draft, o, backend, services, null);
            } else if (Set.of("HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute").contains(o.kind())) {
                // Gateway API: the Gateway's proxy runs elsewhere (its controller); the routes' backends face users.
                for (YamlMap rule : YamlNode.mapsIn(o.body().path("spec", "rules"))) {
                    for (YamlMap ref : YamlNode.mapsIn(rule.get("backendRefs"))) {
                        if (ref.text("kind").orElse("Service").equals("Service")) {
                            ref.text("name").ifPresent(b -> routeTarget(draft, o, b, services, null));
                        }
                    }
                }
            } else if (o.kind().equals("VirtualService")) {
                virtualService(draft, o, gateways, workloads, services);
            }
        }
    }

    private static List<String> ingressBackends(KubernetesObject ingress) {
        List<String> backends = new ArrayList<>();
        ingress.body().textAt("spec", "defaultBackend", "service", "name").ifPresent(backends::add);
        ingress.body().textAt("spec", "backend", "serviceName").ifPresent(backends::add);
        for (YamlMap rule : YamlNode.mapsIn(ingress.body().path("spec", "rules"))) {
            for (YamlMap path : YamlNode.mapsIn(rule.path("http", "paths"))) {
                path.textAt("backend", "service", "name").ifPresent(backends::add);
                path.textAt("backend", "serviceName").ifPresent(backends::add);
            }
        }
        return backends;
    }

    private static void virtualService(TopologyDraft draft, KubernetesObject vs, Map<String, KubernetesObject> gateways,
                                       List<KubernetesWorkload> workloads, Map<String, List<KubernetesWorkload>> services) {
        List<String> names = vs.body().path("spec", "gateways").map(YamlNode::textsOf).orElse(List.of());
        if (names.isEmpty() || names.stream().allMatch("mesh"::equals)) return; // mesh-internal routing
        List<KubernetesWorkload> gatewayPods = new ArrayList<>();
        for (String g : names) {
            String shortName = g.contains("/") ? g.substring(g.indexOf('/') + 1) : g;
            gatewayPods.addAll(gatewayPods(draft, gateways.get(shortName), workloads, g));
        }
        for (String protocol : List.of("http", "tcp", "tls")) {
            for (YamlMap route : YamlNode.mapsIn(vs.body().path("spec", protocol))) {
                for (YamlMap destination : YamlNode.mapsIn(route.get("route"))) {
                    destination.textAt("destination", "host")
                            .ifPresent(h -> routeTarget(draft, vs, h, services, gatewayPods));
                }
            }
        }
    }

    private static List<KubernetesWorkload> gatewayPods(TopologyDraft draft, KubernetesObject gateway,
                                                         List<KubernetesWorkload> workloads, String name) {
        if (gateway == null) {
            draft.unknown("Gateway '" + name + "' is not defined in these files");
            return List.of();
        }
        Map<String, String> selector = new LinkedHashMap<>();
        gateway.body().path("spec", "selector").filter(n -> n instanceof YamlMap).ifPresent(n ->
                ((YamlMap) n).asMap().forEach((k, v) -> YamlNode.textOf(v).ifPresent(t -> selector.put(k, t))));
        List<KubernetesWorkload> pods = workloads.stream().filter(w -> !selector.isEmpty()
                && w.podLabels().entrySet().containsAll(selector.entrySet())).toList();
        if (pods.isEmpty()) {
            draft.unknown("Gateway " + gateway.name() + " selects gateway pods " + selector
                    + ", which are not deployed in these files (installed with the mesh?): its routes' targets are"
                    + " marked as entrypoints instead");
        }
        for (KubernetesWorkload p : pods) {
            p.node().kind = Kind.GATEWAY;
            markEntrypoint(draft, p.node(), "Gateway " + gateway.name() + " runs on it");
        }
        return pods;
    }

    private static void routeTarget(TopologyDraft draft, KubernetesObject route, String host, Map<String, List<KubernetesWorkload>> services,
                                    List<KubernetesWorkload> gatewayPods) {
        String h = host.toLowerCase(Locale.ROOT);
        List<KubernetesWorkload> targets = services.getOrDefault(route.namespace() + "\u0000" + h, services.get(h));
        if (targets == null || targets.isEmpty()) {
            draft.unknown(route.kind() + " " + route.name() + " routes to '" + host + "', which is not deployed in these files");
            return;
        }
        if (gatewayPods != null && !gatewayPods.isEmpty()) {
            for (KubernetesWorkload g : gatewayPods) {
                DependencyDraft d = draft.depend(g.node(), targets.get(0).node(), Evidence.CONFIG,
                        route.kind() + " " + route.name() + " routes to '" + host + "'");
                if (d != null && targets.size() > 1 && d.fallback.isEmpty()) {
                    targets.stream().skip(1).forEach(t -> d.fallback.add(t.node().id));
                }
            }
            return;
        }
        for (KubernetesWorkload w : targets) markEntrypoint(draft, w.node(), route.kind() + " " + route.name() + " routes to it");
    }

    static void markEntrypoint(TopologyDraft draft, NodeDraft node, String why) {
        if (node.entrypoint) return;
        node.entrypoint = true;
        node.notes.add("entrypoint: " + why);
        draft.inferred(node.id + ": entrypoint (" + why + ")");
    }
}
