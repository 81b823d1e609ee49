package dev.faultline.io.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.faultline.io.importer.TopologyDraft.DependencyDraft;
import dev.faultline.io.importer.TopologyDraft.Evidence;
import dev.faultline.io.importer.TopologyDraft.NodeDraft;
import dev.faultline.io.importer.YNode.YMap;
import dev.faultline.io.importer.YNode.YSeq;
import dev.faultline.model.Kind;

/**
 * Kubernetes manifests to a topology. Workloads (Deployment, StatefulSet, DaemonSet, ReplicaSet, bare Pods, Jobs)
 * become nodes with their replicas; Services are matched to workloads by label selector (a selector matches every
 * workload whose pod labels include it, so one Service may front several Deployments, which then serve as
 * fallbacks of each other); environment values naming a Service ({@code svc}, {@code svc.ns},
 * {@code svc.ns.svc.cluster.local}, with ports, inside URLs) become dependencies; LoadBalancer and NodePort
 * Services, Ingress backends, Gateway API routes and Istio VirtualService routes mark entrypoints; zone node affinity gives zones.
 * Names of things these files do not deploy are reported, never invented.
 */
public final class KubernetesImporter implements Importer {
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Pod",
            "Job", "CronJob", "DeploymentConfig");
    private static final Set<String> ZONE_KEYS = Set.of("topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone");
    private static final Set<String> IGNORED = Set.of("ServiceAccount", "Role", "RoleBinding", "ClusterRole",
            "ClusterRoleBinding", "Secret", "PersistentVolumeClaim", "PersistentVolume", "Namespace",
            "NetworkPolicy", "PodDisruptionBudget", "HorizontalPodAutoscaler", "CustomResourceDefinition",
            "DestinationRule", "ServiceEntry", "PeerAuthentication", "AuthorizationPolicy", "StorageClass",
            "LimitRange", "ResourceQuota", "PriorityClass", "Certificate", "Issuer");

    private static final java.util.regex.Pattern DEPENDENT_VARIABLE =
            java.util.regex.Pattern.compile("\\$\\$|\\$\\(([A-Za-z_][A-Za-z0-9_.-]*)\\)");

    private record Obj(String kind, String name, String namespace, YMap body, Path file) {
        String ref() {
            return kind + " " + (namespace.equals("default") ? "" : namespace + "/") + name;
        }
    }

    private record Workload(Obj obj, NodeDraft node, Map<String, String> podLabels, YMap podSpec) {
    }

    private final KindGuesser kinds = new KindGuesser();
    private final AddressFinder addresses = new AddressFinder();

    @Override
    public ImportResult importFiles(List<Path> inputs) throws ImportException {
        if (inputs.isEmpty()) throw new ImportException(null, "no Kubernetes manifest given");
        TopologyDraft draft = new TopologyDraft("Kubernetes manifests");
        Path dir = inputs.get(0).toAbsolutePath().getParent();
        draft.name(dir == null || dir.getFileName() == null ? "kubernetes" : dir.getFileName().toString());
        List<Obj> objects = new ArrayList<>();
        YamlReader reader = new YamlReader();
        List<String> helm = new ArrayList<>();
        for (Path file : inputs) readFile(file, reader, objects, helm);
        reader.warnings().forEach(draft::warning);
        if (objects.isEmpty() && !helm.isEmpty()) {
            throw new ImportException(inputs.get(0), helm.get(0));
        }
        helm.forEach(draft::warning);
        Map<String, String> configValues = configMapValues(objects);
        List<Workload> workloads = workloads(draft, objects);
        Map<String, List<Workload>> services = services(draft, objects, workloads);
        for (Workload w : workloads) addDependencies(draft, w, workloads, services, configValues);
        entrypoints(draft, objects, workloads, services);
        draft.guessStoresByName();
        Set<String> skipped = new java.util.TreeSet<>();
        for (Obj o : objects) {
            if (!WORKLOADS.contains(o.kind()) && !Set.of("Service", "Ingress", "Gateway", "VirtualService", "ConfigMap",
                    "HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute", "GatewayClass")
                    .contains(o.kind()) && !IGNORED.contains(o.kind())) skipped.add(o.kind());
        }
        if (!skipped.isEmpty()) draft.warning("objects of kind " + String.join(", ", skipped) + " were not read");
        if (draft.nodes().stream().noneMatch(n -> n.entrypoint)) {
            draft.unknown("no LoadBalancer/NodePort Service, Ingress or VirtualService route marks an entrypoint:"
                    + " Faultline treats every node nothing depends on as an entrypoint");
        }
        return draft.build(inputs);
    }

    private void readFile(Path file, YamlReader reader, List<Obj> objects, List<String> helm) throws ImportException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ImportException(file, "no such file");
        } catch (IOException e) {
            throw new ImportException(file, "cannot read: " + e.getMessage());
        }
        int templateLine = helmTemplateLine(text);
        if (templateLine > 0) {
            helm.add(file + ":" + templateLine + ": looks like a Helm template ('{{ ... }}'), not a manifest: skipped;"
                    + " render it first (helm template CHART > manifests.yaml) and import the result");
            return;
        }
        List<YNode> docs;
        try {
            docs = reader.readAll(text, file);
        } catch (ImportException e) {
            if (text.contains("{{")) {
                throw new ImportException(file, e.line(), e.column(), e.getMessage()
                        + " (the file contains '{{': if it is a Helm template, render it first with helm template)");
            }
            throw e;
        }
        for (YNode doc : docs) addObjects(file, doc, objects);
    }

    /** The first line where {@code {{} stands where YAML structure is, as Helm templates do; 0 if none. */
    private static int helmTemplateLine(String text) {
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.startsWith("{{") || t.matches("^[A-Za-z0-9_.-]+:\\s*\\{\\{.*") || t.matches("^-\\s*\\{\\{.*")) return i + 1;
        }
        return 0;
    }

    private static void addObjects(Path file, YNode doc, List<Obj> objects) throws ImportException {
        if (!(doc instanceof YMap map)) {
            throw new ImportException(file, doc.line(), doc.column(), "a Kubernetes manifest document must be a mapping");
        }
        if (map.get("services").isPresent() && map.get("kind").isEmpty()) {
            throw new ImportException(file, map.line(), map.column(),
                    "this looks like a Compose file, not a Kubernetes manifest; use 'faultline import compose'");
        }
        String kind = map.text("kind").orElseThrow(() -> new ImportException(file, map.line(), map.column(),
                "not a Kubernetes object: no 'kind'"));
        if (map.text("apiVersion").orElse("").startsWith("backstage.io")) {
            throw new ImportException(file, map.line(), map.column(),
                    "this is a Backstage catalog entity, not a Kubernetes object; use 'faultline import backstage'");
        }
        if (kind.endsWith("List")) {
            for (YNode item : map.seq("items").map(YSeq::items).orElse(List.of())) addObjects(file, item, objects);
            return;
        }
        String name = map.textAt("metadata", "name").orElseThrow(() -> new ImportException(file, map.line(), map.column(),
                kind + " without metadata.name"));
        String namespace = map.textAt("metadata", "namespace").orElse("default");
        objects.add(new Obj(kind, name, namespace, map, file));
    }

    private static Map<String, String> configMapValues(List<Obj> objects) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Obj o : objects) {
            if (!o.kind().equals("ConfigMap")) continue;
            o.body().map("data").ifPresent(data -> data.entries().forEach((k, v) ->
                    YNode.text(v).ifPresent(t -> values.put(o.namespace() + "/" + o.name() + "/" + k, t))));
        }
        return values;
    }

    private List<Workload> workloads(TopologyDraft draft, List<Obj> objects) throws ImportException {
        Map<String, Integer> nameCount = new LinkedHashMap<>();
        objects.stream().filter(o -> WORKLOADS.contains(o.kind())).forEach(o -> nameCount.merge(o.name(), 1, Integer::sum));
        List<Workload> result = new ArrayList<>();
        for (Obj o : objects) {
            if (!WORKLOADS.contains(o.kind())) continue;
            if (o.kind().equals("Pod") && o.body().at("metadata", "ownerReferences").isPresent()) continue;
            if (o.kind().equals("ReplicaSet") && o.body().at("metadata", "ownerReferences").isPresent()) continue;
            String id = nameCount.get(o.name()) > 1 ? o.namespace() + "/" + o.name() : o.name();
            NodeDraft node = draft.node(id);
            YMap template = podTemplate(o);
            YMap podSpec = o.kind().equals("Pod") ? o.body().map("spec").orElse(emptyMap(o.body()))
                    : template.map("spec").orElse(emptyMap(template));
            Map<String, String> labels = labels(o.kind().equals("Pod") ? o.body().map("metadata").orElse(null)
                    : template.map("metadata").orElse(null));
            if (!o.namespace().equals("default")) node.tags.put("namespace", o.namespace());
            node.tags.put("k8s-kind", o.kind());
            List<String> images = images(podSpec);
            if (!images.isEmpty()) node.tags.put("image", images.get(0));
            guessKind(draft, node, o, images);
            node.replicas = replicas(draft, o, node);
            zones(draft, node, podSpec);
            result.add(new Workload(o, node, labels, podSpec));
        }
        return result;
    }

    private void guessKind(TopologyDraft draft, NodeDraft node, Obj o, List<String> images) {
        if (o.kind().equals("Job") || o.kind().equals("CronJob")) {
            node.kind = Kind.JOB;
            draft.inferred(node.id + ": kind 'job' from " + o.kind());
            return;
        }
        Optional<KindGuesser.Guess> guess = Optional.empty();
        for (String image : images) {
            guess = kinds.guess(image, o.name());
            if (guess.isPresent()) break;
        }
        if (images.isEmpty()) guess = kinds.guess(null, o.name());
        guess.ifPresent(g -> draft.applyGuess(node, g));
    }

    private static YMap podTemplate(Obj o) {
        YMap spec = o.body().map("spec").orElse(emptyMap(o.body()));
        if (o.kind().equals("CronJob")) {
            return spec.at("jobTemplate", "spec", "template").filter(n -> n instanceof YMap).map(n -> (YMap) n)
                    .orElse(emptyMap(spec));
        }
        return spec.map("template").orElse(emptyMap(spec));
    }

    private static YMap emptyMap(YNode at) {
        return new YMap(Map.of(), at.line(), at.column());
    }

    private static Map<String, String> labels(YMap metadata) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (metadata == null) return labels;
        metadata.map("labels").ifPresent(l -> l.entries().forEach((k, v) -> YNode.text(v).ifPresent(t -> labels.put(k, t))));
        return labels;
    }

    private static List<YMap> containers(YMap podSpec) {
        List<YMap> result = new ArrayList<>();
        for (String key : List.of("containers", "initContainers")) {
            podSpec.seq(key).ifPresent(s -> s.items().forEach(c -> {
                if (c instanceof YMap m) result.add(m);
            }));
        }
        return result;
    }

    private static List<String> images(YMap podSpec) {
        List<String> images = new ArrayList<>();
        podSpec.seq("containers").ifPresent(s -> s.items().forEach(c -> {
            if (c instanceof YMap m) m.text("image").ifPresent(images::add);
        }));
        return images;
    }

    private static int replicas(TopologyDraft draft, Obj o, NodeDraft node) throws ImportException {
        if (o.kind().equals("DaemonSet")) {
            draft.unknown(node.id + ": a DaemonSet runs one pod per cluster node; the count is unknown (1 assumed)");
            return 1;
        }
        if (!Set.of("Deployment", "StatefulSet", "ReplicaSet", "DeploymentConfig").contains(o.kind())) return 1;
        Optional<YNode> value = o.body().at("spec", "replicas");
        if (value.isEmpty()) {
            draft.unknown(node.id + ": spec.replicas is not set: Kubernetes' default of 1 assumed"
                    + " (an autoscaler may run more)");
            return 1;
        }
        String text = YNode.text(value.get()).orElse("");
        try {
            int n = Integer.parseInt(text.trim());
            if (n < 1) {
                draft.warning(node.id + ": spec.replicas " + n + " (scaled to zero); imported with 1");
                return 1;
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ImportException(o.file(), value.get().line(), value.get().column(),
                    "spec.replicas of " + o.ref() + " must be a whole number, not '" + text + "'");
        }
    }

    private static void zones(TopologyDraft draft, NodeDraft node, YMap podSpec) {
        Set<String> zones = new LinkedHashSet<>();
        podSpec.map("nodeSelector").ifPresent(sel -> sel.entries().forEach((k, v) -> {
            if (ZONE_KEYS.contains(k)) YNode.text(v).ifPresent(zones::add);
        }));
        podSpec.at("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")
                .filter(n -> n instanceof YSeq).ifPresent(terms -> ((YSeq) terms).items().forEach(term -> {
                    if (!(term instanceof YMap t)) return;
                    t.seq("matchExpressions").ifPresent(exprs -> exprs.items().forEach(e -> {
                        if (e instanceof YMap m && ZONE_KEYS.contains(m.text("key").orElse(""))
                                && m.text("operator").orElse("").equals("In")) {
                            zones.addAll(m.get("values").map(YNode::texts).orElse(List.of()));
                        }
                    }));
                }));
        boolean spread = podSpec.seq("topologySpreadConstraints").map(s -> s.items().stream().anyMatch(c ->
                c instanceof YMap m && ZONE_KEYS.contains(m.text("topologyKey").orElse("")))).orElse(false);
        if (!zones.isEmpty()) {
            node.zones.addAll(zones.stream().map(IdSanitizer::sanitize).toList());
            draft.inferred(node.id + ": zones " + String.join(", ", zones) + " from node affinity / nodeSelector");
        } else if (spread) {
            draft.unknown(node.id + ": pods are spread over zones (topologySpreadConstraints), but the files do not"
                    + " name the zones; add them by hand");
        }
    }

    /** Services by every name a pod can reach them under, each with the workloads its selector matches. */
    private static Map<String, List<Workload>> services(TopologyDraft draft, List<Obj> objects, List<Workload> workloads) {
        Map<String, List<Workload>> byHost = new LinkedHashMap<>();
        for (Obj o : objects) {
            if (!o.kind().equals("Service")) continue;
            Map<String, String> selector = new LinkedHashMap<>();
            o.body().at("spec", "selector").filter(n -> n instanceof YMap).ifPresent(n ->
                    ((YMap) n).entries().forEach((k, v) -> YNode.text(v).ifPresent(t -> selector.put(k, t))));
            List<Workload> matched = new ArrayList<>();
            if (!selector.isEmpty()) {
                for (Workload w : workloads) {
                    if (w.obj().namespace().equals(o.namespace()) && w.podLabels().entrySet().containsAll(selector.entrySet())) {
                        matched.add(w);
                    }
                }
            }
            String type = o.body().textAt("spec", "type").orElse("ClusterIP");
            if (type.equals("ExternalName")) {
                draft.unknown("Service " + o.name() + " is an ExternalName for '"
                        + o.body().textAt("spec", "externalName").orElse("?") + "', outside these files");
            } else if (selector.isEmpty()) {
                draft.unknown("Service " + o.name() + " has no selector (endpoints managed elsewhere): callers of it are not linked");
            } else if (matched.isEmpty()) {
                draft.unknown("Service " + o.name() + " selects " + selector + ", which no workload in these files carries");
            } else if (matched.size() > 1) {
                draft.inferred("Service " + o.name() + " selects " + matched.size() + " workloads ("
                        + String.join(", ", matched.stream().map(w -> w.node().id).toList())
                        + "): callers may be served by any of them (fallbacks)");
            }
            String ns = o.namespace();
            String n = o.name().toLowerCase(Locale.ROOT);
            for (String host : List.of(n + "." + ns, n + "." + ns + ".svc", n + "." + ns + ".svc.cluster.local")) {
                byHost.put(host, matched);
            }
            byHost.putIfAbsent(n, matched); // a bare name resolves in the caller's namespace; first one wins here
            byHost.put(ns + "\u0000" + n, matched);
            byHost.put("\u0001type:" + ns + "/" + n, List.of());
            if (type.equals("LoadBalancer") || type.equals("NodePort")) {
                for (Workload w : matched) markEntrypoint(draft, w.node(), "Service " + o.name() + " of type " + type);
            }
        }
        return byHost;
    }

    private void addDependencies(TopologyDraft draft, Workload w, List<Workload> all,
                                 Map<String, List<Workload>> services, Map<String, String> configValues) {
        for (YMap container : containers(w.podSpec())) {
            Map<String, String> earlier = new LinkedHashMap<>();
            for (YNode e : container.seq("env").map(YSeq::items).orElse(List.of())) {
                if (!(e instanceof YMap env)) continue;
                String key = env.text("name").orElse("");
                String value = env.text("value").map(v -> expandDependentVariables(v, earlier)).orElse(null);
                if (value != null) earlier.put(key, value);
                if (value == null) {
                    Optional<String> cmName = env.textAt("valueFrom", "configMapKeyRef", "name");
                    Optional<String> cmKey = env.textAt("valueFrom", "configMapKeyRef", "key");
                    if (cmName.isPresent() && cmKey.isPresent()) {
                        value = configValues.get(w.obj().namespace() + "/" + cmName.get() + "/" + cmKey.get());
                    }
                }
                if (value == null || key.toUpperCase(Locale.ROOT).endsWith("NAME")) continue;
                references(draft, w, value, key, "env " + key, services);
            }
            for (YNode from : container.seq("envFrom").map(YSeq::items).orElse(List.of())) {
                if (!(from instanceof YMap f)) continue;
                f.textAt("configMapRef", "name").ifPresent(cm -> {
                    String prefix = w.obj().namespace() + "/" + cm + "/";
                    configValues.forEach((k, v) -> {
                        if (k.startsWith(prefix)) {
                            String key = k.substring(prefix.length());
                            references(draft, w, v, key, "ConfigMap " + cm + " key " + key, services);
                        }
                    });
                });
            }
            List<String> words = new ArrayList<>();
            container.get("command").map(YNode::texts).ifPresent(words::addAll);
            container.get("args").map(YNode::texts).ifPresent(words::addAll);
            List<String> split = words.stream().flatMap(word -> java.util.Arrays.stream(word.split("\\s+"))).toList();
            for (AddressFinder.Address a : addresses.findInCommand(split)) {
                references(draft, w, a.host(), "", "args", services);
            }
        }
    }

    /** Kubernetes expands {@code $(NAME)} in a value with variables defined earlier in the same container. */
    static String expandDependentVariables(String value, Map<String, String> earlier) {
        if (!value.contains("$(")) return value;
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = DEPENDENT_VARIABLE.matcher(value);
        while (m.find()) {
            String replacement = m.group().equals("$$") ? "$" : earlier.getOrDefault(m.group(1), m.group());
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void references(TopologyDraft draft, Workload w, String value, String key, String where,
                            Map<String, List<Workload>> services) {
        for (AddressFinder.Address a : addresses.find(value)) {
            String host = a.host();
            List<Workload> targets = services.get(w.obj().namespace() + "\u0000" + host);
            if (targets == null) targets = services.get(host);
            if (targets == null) {
                if (looksLikeAddress(key, value, host)) {
                    draft.unknown(w.node().id + ": " + where + " names '" + host + "', which is not deployed in these files");
                }
                continue;
            }
            List<Workload> others = targets.stream().filter(t -> t != w).toList();
            if (others.isEmpty()) continue;
            boolean health = a.healthCheckPath();
            DependencyDraft d = draft.depend(w.node(), others.get(0).node(), health ? Evidence.HEALTH_CHECK : Evidence.CONFIG,
                    where + " names Service '" + host + "'" + (health ? " (health check)" : ""));
            if (d != null && others.size() > 1 && d.fallback.isEmpty()) {
                others.stream().skip(1).forEach(o -> d.fallback.add(o.node().id));
                d.notes.add("Service '" + host + "' also routes to " + String.join(", ", d.fallback) + ": fallbacks");
            }
        }
    }

    private static boolean looksLikeAddress(String key, String value, String host) {
        if (host.equals("localhost") || !host.matches(".*[a-z].*") || host.length() < 2) return false;
        String k = key.toUpperCase(Locale.ROOT);
        boolean addressKey = k.contains("ADDR") || k.contains("HOST") || k.contains("URL") || k.contains("URI")
                || k.contains("ENDPOINT") || k.contains("SERVER");
        return value.contains("://") || addressKey && (value.contains(":") || host.contains(".svc"));
    }

    private void entrypoints(TopologyDraft draft, List<Obj> objects, List<Workload> workloads,
                             Map<String, List<Workload>> services) {
        Map<String, Obj> gateways = new LinkedHashMap<>();
        for (Obj o : objects) if (o.kind().equals("Gateway")) gateways.put(o.name(), o);
        for (Obj o : objects) {
            if (o.kind().equals("Ingress")) {
                List<String> backends = new ArrayList<>();
                o.body().textAt("spec", "defaultBackend", "service", "name").ifPresent(backends::add);
                o.body().textAt("spec", "backend", "serviceName").ifPresent(backends::add);
                o.body().at("spec", "rules").filter(n -> n instanceof YSeq).ifPresent(rules -> ((YSeq) rules).items()
                        .forEach(r -> ((YMap) r).at("http", "paths").filter(n -> n instanceof YSeq).ifPresent(paths ->
                                ((YSeq) paths).items().forEach(p -> {
                                    if (!(p instanceof YMap pm)) return;
                                    pm.textAt("backend", "service", "name").ifPresent(backends::add);
                                    pm.textAt("backend", "serviceName").ifPresent(backends::add);
                                }))));
                for (String b : backends) routeTarget(draft, o, b, services, null);
            } else if (Set.of("HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute").contains(o.kind())) {
                // Gateway API: the Gateway's proxy runs elsewhere (its controller); the routes' backends face users.
                for (YNode rule : o.body().at("spec", "rules").filter(n -> n instanceof YSeq).map(n -> ((YSeq) n).items())
                        .orElse(List.of())) {
                    if (!(rule instanceof YMap rm)) continue;
                    for (YNode ref : rm.seq("backendRefs").map(YSeq::items).orElse(List.of())) {
                        if (ref instanceof YMap refMap && refMap.text("kind").orElse("Service").equals("Service")) {
                            refMap.text("name").ifPresent(b -> routeTarget(draft, o, b, services, null));
                        }
                    }
                }
            } else if (o.kind().equals("VirtualService")) {
                List<String> gws = o.body().at("spec", "gateways").map(YNode::texts).orElse(List.of());
                if (gws.isEmpty() || gws.stream().allMatch("mesh"::equals)) continue; // mesh-internal routing
                List<Workload> gatewayPods = new ArrayList<>();
                for (String g : gws) gatewayPods.addAll(gatewayWorkloads(draft, gateways.get(g.contains("/")
                        ? g.substring(g.indexOf('/') + 1) : g), workloads, g));
                for (String route : List.of("http", "tcp", "tls")) {
                    for (YNode r : o.body().at("spec", route).filter(n -> n instanceof YSeq).map(n -> ((YSeq) n).items())
                            .orElse(List.of())) {
                        if (!(r instanceof YMap rm)) continue;
                        for (YNode dest : rm.seq("route").map(YSeq::items).orElse(List.of())) {
                            if (dest instanceof YMap dm) {
                                dm.textAt("destination", "host").ifPresent(h -> routeTarget(draft, o, h, services, gatewayPods));
                            }
                        }
                    }
                }
            }
        }
    }

    private static List<Workload> gatewayWorkloads(TopologyDraft draft, Obj gateway, List<Workload> workloads, String name) {
        if (gateway == null) {
            draft.unknown("Gateway '" + name + "' is not defined in these files");
            return List.of();
        }
        Map<String, String> selector = new LinkedHashMap<>();
        gateway.body().at("spec", "selector").filter(n -> n instanceof YMap).ifPresent(n ->
                ((YMap) n).entries().forEach((k, v) -> YNode.text(v).ifPresent(t -> selector.put(k, t))));
        List<Workload> pods = workloads.stream().filter(w -> !selector.isEmpty()
                && w.podLabels().entrySet().containsAll(selector.entrySet())).toList();
        if (pods.isEmpty()) {
            draft.unknown("Gateway " + gateway.name() + " selects gateway pods " + selector
                    + ", which are not deployed in these files (installed with the mesh?): its routes' targets are"
                    + " marked as entrypoints instead");
        }
        for (Workload p : pods) {
            p.node().kind = Kind.GATEWAY;
            markEntrypoint(draft, p.node(), "Gateway " + gateway.name() + " runs on it");
        }
        return pods;
    }

    private static void routeTarget(TopologyDraft draft, Obj route, String host, Map<String, List<Workload>> services,
                                    List<Workload> gatewayPods) {
        String h = host.toLowerCase(Locale.ROOT);
        List<Workload> targets = services.getOrDefault(route.namespace() + "\u0000" + h, services.get(h));
        if (targets == null || targets.isEmpty()) {
            draft.unknown(route.kind() + " " + route.name() + " routes to '" + host + "', which is not deployed in these files");
            return;
        }
        if (gatewayPods != null && !gatewayPods.isEmpty()) {
            for (Workload g : gatewayPods) {
                DependencyDraft d = draft.depend(g.node(), targets.get(0).node(), Evidence.CONFIG,
                        route.kind() + " " + route.name() + " routes to '" + host + "'");
                if (d != null && targets.size() > 1 && d.fallback.isEmpty()) {
                    targets.stream().skip(1).forEach(t -> d.fallback.add(t.node().id));
                }
            }
            return;
        }
        for (Workload w : targets) markEntrypoint(draft, w.node(), route.kind() + " " + route.name() + " routes to it");
    }

    private static void markEntrypoint(TopologyDraft draft, NodeDraft node, String why) {
        if (node.entrypoint) return;
        node.entrypoint = true;
        node.notes.add("entrypoint: " + why);
        draft.inferred(node.id + ": entrypoint (" + why + ")");
    }
}
