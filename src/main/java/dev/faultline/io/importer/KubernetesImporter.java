package dev.faultline.io.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.faultline.io.importer.TopologyDraft.DependencyDraft;
import dev.faultline.io.importer.TopologyDraft.Evidence;
import dev.faultline.io.importer.TopologyDraft.NodeDraft;
import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlList;
import dev.faultline.model.Kind;
import dev.faultline.io.yaml.YamlNode;

/**
 * Kubernetes manifests to a topology. KubernetesWorkloads (Deployment, StatefulSet, DaemonSet, ReplicaSet, bare Pods, Jobs)
 * become nodes with their replicas; Services are matched to workloads by label selector (a selector matches every
 * workload whose pod labels include it; a Service fronting several Deployments makes them one node, see
 * {@link KubernetesServiceGroups}); environment values naming a Service ({@code svc}, {@code svc.ns},
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
            "NetworkPolicy", "PodDisruptionBudget", "CustomResourceDefinition",
            "DestinationRule", "ServiceEntry", "PeerAuthentication", "AuthorizationPolicy", "StorageClass",
            "LimitRange", "ResourceQuota", "PriorityClass", "Certificate", "Issuer");

    private static final Pattern DEPENDENT_VARIABLE =
            Pattern.compile("\\$\\$|\\$\\(([A-Za-z_][A-Za-z0-9_.-]*)\\)");

    private final KindGuesser kinds = new KindGuesser();
    private final AddressFinder addresses = new AddressFinder();

    @Override
    public ImportResult importFiles(List<Path> given) throws ImportException {
        if (given.isEmpty()) throw new ImportException(null, "no Kubernetes manifest given");
        List<Path> inputs = InputFiles.forManifests(given);
        TopologyDraft draft = new TopologyDraft("Kubernetes manifests");
        Path dir = inputs.get(0).toAbsolutePath().getParent();
        draft.name(dir == null || dir.getFileName() == null ? "kubernetes" : dir.getFileName().toString());
        List<KubernetesObject> objects = new KubernetesManifests().read(inputs, draft);
        Map<String, String> configValues = configMapValues(objects);
        Set<String> autoscaled = new LinkedHashSet<>();
        for (KubernetesObject o : objects) {
            if (o.kind().equals("HorizontalPodAutoscaler")) {
                autoscaled.add(o.namespace() + "/" + o.body().textAt("spec", "scaleTargetRef", "kind").orElse("") + "/"
                        + o.body().textAt("spec", "scaleTargetRef", "name").orElse(""));
            }
        }
        List<KubernetesWorkload> workloads = workloads(draft, objects, autoscaled);
        applyAutoscalers(draft, objects, workloads);
        workloads = KubernetesServiceGroups.merge(draft, objects, workloads);
        Map<String, List<KubernetesWorkload>> services = services(draft, objects, workloads);
        for (KubernetesWorkload w : workloads) addDependencies(draft, w, workloads, services, configValues);
        new KubernetesEntrypoints().mark(draft, objects, workloads, services);
        draft.guessStoresByName();
        Set<String> skipped = new TreeSet<>();
        for (KubernetesObject o : objects) {
            if (!WORKLOADS.contains(o.kind()) && !Set.of("Service", "Ingress", "Gateway", "VirtualService", "ConfigMap",
                    "HorizontalPodAutoscaler",
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

    private static Map<String, String> configMapValues(List<KubernetesObject> objects) {
        Map<String, String> values = new LinkedHashMap<>();
        for (KubernetesObject o : objects) {
            if (!o.kind().equals("ConfigMap")) continue;
            o.body().map("data").ifPresent(data -> data.asMap().forEach((k, v) ->
                    YamlNode.textOf(v).ifPresent(t -> values.put(o.namespace() + "/" + o.name() + "/" + k, t))));
        }
        return values;
    }

    private List<KubernetesWorkload> workloads(TopologyDraft draft, List<KubernetesObject> objects,
                                               Set<String> autoscaled) throws ImportException {
        Map<String, Integer> nameCount = new LinkedHashMap<>();
        objects.stream().filter(o -> WORKLOADS.contains(o.kind())).forEach(o -> nameCount.merge(o.name(), 1, Integer::sum));
        List<KubernetesWorkload> result = new ArrayList<>();
        for (KubernetesObject o : objects) {
            if (!WORKLOADS.contains(o.kind())) continue;
            if (o.kind().equals("Pod") && o.body().path("metadata", "ownerReferences").isPresent()) continue;
            if (o.kind().equals("ReplicaSet") && o.body().path("metadata", "ownerReferences").isPresent()) continue;
            String id = nameCount.get(o.name()) > 1 ? o.namespace() + "/" + o.name() : o.name();
            NodeDraft node = draft.node(id);
            YamlMap template = podTemplate(o);
            YamlMap podSpec = o.kind().equals("Pod") ? o.body().map("spec").orElse(emptyMap(o.body()))
                    : template.map("spec").orElse(emptyMap(template));
            Map<String, String> labels = labels(o.kind().equals("Pod") ? o.body().map("metadata").orElse(null)
                    : template.map("metadata").orElse(null));
            if (!o.namespace().equals("default")) node.tags.put("namespace", o.namespace());
            node.tags.put("k8s-kind", o.kind());
            List<String> images = images(podSpec);
            if (!images.isEmpty()) node.tags.put("image", images.get(0));
            guessKind(draft, node, o, images);
            node.replicas = replicas(draft, o, node, autoscaled.contains(o.namespace() + "/" + o.kind() + "/" + o.name()));
            zones(draft, node, podSpec);
            result.add(new KubernetesWorkload(o, node, labels, podSpec));
        }
        return result;
    }

    private void guessKind(TopologyDraft draft, NodeDraft node, KubernetesObject o, List<String> images) {
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

    private static YamlMap podTemplate(KubernetesObject o) {
        YamlMap spec = o.body().map("spec").orElse(emptyMap(o.body()));
        if (o.kind().equals("CronJob")) {
            return spec.path("jobTemplate", "spec", "template").filter(n -> n instanceof YamlMap).map(n -> (YamlMap) n)
                    .orElse(emptyMap(spec));
        }
        return spec.map("template").orElse(emptyMap(spec));
    }

    private static YamlMap emptyMap(YamlNode at) {
        return YamlMap.empty(at);
    }

    private static Map<String, String> labels(YamlMap metadata) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (metadata == null) return labels;
        metadata.map("labels").ifPresent(l -> l.asMap().forEach((k, v) -> YamlNode.textOf(v).ifPresent(t -> labels.put(k, t))));
        return labels;
    }

    private static List<YamlMap> containers(YamlMap podSpec) {
        List<YamlMap> result = new ArrayList<>();
        for (String key : List.of("containers", "initContainers")) {
            podSpec.list(key).ifPresent(s -> s.items().forEach(c -> {
                if (c instanceof YamlMap m) result.add(m);
            }));
        }
        return result;
    }

    private static List<String> images(YamlMap podSpec) {
        List<String> images = new ArrayList<>();
        podSpec.list("containers").ifPresent(s -> s.items().forEach(c -> {
            if (c instanceof YamlMap m) m.text("image").ifPresent(images::add);
        }));
        return images;
    }

    private static int replicas(TopologyDraft draft, KubernetesObject o, NodeDraft node, boolean autoscaled)
            throws ImportException {
        if (o.kind().equals("DaemonSet")) {
            draft.unknown(node.id + ": a DaemonSet runs one pod per cluster node; the count is unknown (1 assumed)");
            return 1;
        }
        if (!Set.of("Deployment", "StatefulSet", "ReplicaSet", "DeploymentConfig").contains(o.kind())) return 1;
        Optional<YamlNode> value = o.body().path("spec", "replicas");
        if (value.isEmpty()) {
            if (autoscaled) return 1; // the autoscaler's floor is applied afterwards
            draft.unknown(node.id + ": spec.replicas is not set: Kubernetes' default of 1 assumed"
                    + " (an autoscaler may run more)");
            return 1;
        }
        String text = YamlNode.textOf(value.get()).orElse("");
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

    /**
     * A HorizontalPodAutoscaler overrides spec.replicas: what is certain is its minReplicas (1 when not set), the
     * floor it never scales below, so that is what a failure analysis should count on.
     */
    private static void applyAutoscalers(TopologyDraft draft, List<KubernetesObject> objects,
                                         List<KubernetesWorkload> workloads) {
        for (KubernetesObject hpa : objects) {
            if (!hpa.kind().equals("HorizontalPodAutoscaler")) continue;
            String kind = hpa.body().textAt("spec", "scaleTargetRef", "kind").orElse("");
            String name = hpa.body().textAt("spec", "scaleTargetRef", "name").orElse("");
            KubernetesWorkload target = workloads.stream().filter(w -> w.obj().kind().equals(kind)
                    && w.obj().name().equals(name) && w.obj().namespace().equals(hpa.namespace())).findFirst().orElse(null);
            if (target == null) {
                draft.unknown("HorizontalPodAutoscaler " + hpa.name() + " scales " + kind + " " + name
                        + ", which is not in these files");
                continue;
            }
            int min = hpa.body().textAt("spec", "minReplicas").map(KubernetesImporter::wholeNumberOrOne).orElse(1);
            String max = hpa.body().textAt("spec", "maxReplicas").orElse("?");
            target.node().replicas = min;
            String note = "replicas " + min + ": the floor of HorizontalPodAutoscaler " + hpa.name() + " (scales "
                    + min + " to " + max + ")";
            target.node().notes.add(note);
            draft.inferred(target.node().id + ": " + note);
        }
    }

    private static int wholeNumberOrOne(String text) {
        try {
            return Math.max(1, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void zones(TopologyDraft draft, NodeDraft node, YamlMap podSpec) {
        Set<String> zones = new LinkedHashSet<>();
        podSpec.map("nodeSelector").ifPresent(sel -> sel.asMap().forEach((k, v) -> {
            if (ZONE_KEYS.contains(k)) YamlNode.textOf(v).ifPresent(zones::add);
        }));
        podSpec.path("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")
                .filter(n -> n instanceof YamlList).ifPresent(terms -> ((YamlList) terms).items().forEach(term -> {
                    if (!(term instanceof YamlMap t)) return;
                    t.list("matchExpressions").ifPresent(exprs -> exprs.items().forEach(e -> {
                        if (e instanceof YamlMap m && ZONE_KEYS.contains(m.text("key").orElse(""))
                                && m.text("operator").orElse("").equals("In")) {
                            zones.addAll(m.get("values").map(YamlNode::textsOf).orElse(List.of()));
                        }
                    }));
                }));
        boolean spread = podSpec.list("topologySpreadConstraints").map(s -> s.items().stream().anyMatch(c ->
                c instanceof YamlMap m && ZONE_KEYS.contains(m.text("topologyKey").orElse("")))).orElse(false);
        if (!zones.isEmpty()) {
            node.zones.addAll(zones.stream().map(IdSanitizer::sanitize).toList());
            draft.inferred(node.id + ": zones " + String.join(", ", zones) + " from node affinity / nodeSelector");
        } else if (spread) {
            draft.unknown(node.id + ": pods are spread over zones (topologySpreadConstraints), but the files do not"
                    + " name the zones; add them by hand");
        }
    }

    /** Services by every name a pod can reach them under, each with the workloads its selector matches. */
    private static Map<String, List<KubernetesWorkload>> services(TopologyDraft draft, List<KubernetesObject> objects, List<KubernetesWorkload> workloads) {
        Map<String, List<KubernetesWorkload>> byHost = new LinkedHashMap<>();
        for (KubernetesObject o : objects) {
            if (!o.kind().equals("Service")) continue;
            Map<String, String> selector = selector(o);
            List<KubernetesWorkload> matched = onePerNode(selectedBy(o, workloads));
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
                for (KubernetesWorkload w : matched) KubernetesEntrypoints.markEntrypoint(draft, w.node(), "Service " + o.name() + " of type " + type);
            }
        }
        return byHost;
    }

    private static Map<String, String> selector(KubernetesObject service) {
        Map<String, String> selector = new LinkedHashMap<>();
        service.body().path("spec", "selector").filter(n -> n instanceof YamlMap).ifPresent(n ->
                ((YamlMap) n).asMap().forEach((k, v) -> YamlNode.textOf(v).ifPresent(t -> selector.put(k, t))));
        return selector;
    }

    /** The workloads of the Service's namespace whose pod labels include its selector (none without a selector). */
    static List<KubernetesWorkload> selectedBy(KubernetesObject service, List<KubernetesWorkload> workloads) {
        Map<String, String> selector = selector(service);
        if (selector.isEmpty()) return List.of();
        return workloads.stream().filter(w -> w.obj().namespace().equals(service.namespace())
                && w.podLabels().entrySet().containsAll(selector.entrySet())).toList();
    }

    /** Workloads merged into one node count once as a Service's target. */
    private static List<KubernetesWorkload> onePerNode(List<KubernetesWorkload> workloads) {
        List<TopologyDraft.NodeDraft> nodes = KubernetesServiceGroups.distinctNodes(workloads);
        return nodes.stream().map(n -> workloads.stream().filter(w -> w.node() == n).findFirst().orElseThrow()).toList();
    }

    private void addDependencies(TopologyDraft draft, KubernetesWorkload w, List<KubernetesWorkload> all,
                                 Map<String, List<KubernetesWorkload>> services, Map<String, String> configValues) {
        for (YamlMap container : containers(w.podSpec())) {
            Map<String, String> earlier = new LinkedHashMap<>();
            for (YamlNode e : container.list("env").map(YamlList::items).orElse(List.of())) {
                if (!(e instanceof YamlMap env)) continue;
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
            for (YamlNode from : container.list("envFrom").map(YamlList::items).orElse(List.of())) {
                if (!(from instanceof YamlMap f)) continue;
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
            container.get("command").map(YamlNode::textsOf).ifPresent(words::addAll);
            container.get("args").map(YamlNode::textsOf).ifPresent(words::addAll);
            List<String> split = words.stream().flatMap(word -> Arrays.stream(word.split("\\s+"))).toList();
            for (AddressFinder.Address a : addresses.findInCommand(split)) {
                references(draft, w, a.host(), "", "args", services);
            }
        }
    }

    /** Kubernetes expands {@code $(NAME)} in a value with variables defined earlier in the same container. */
    static String expandDependentVariables(String value, Map<String, String> earlier) {
        if (!value.contains("$(")) return value;
        StringBuilder out = new StringBuilder();
        Matcher m = DEPENDENT_VARIABLE.matcher(value);
        while (m.find()) {
            String replacement = m.group().equals("$$") ? "$" : earlier.getOrDefault(m.group(1), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void references(TopologyDraft draft, KubernetesWorkload w, String value, String key, String where,
                            Map<String, List<KubernetesWorkload>> services) {
        for (AddressFinder.Address a : addresses.find(value)) {
            String host = a.host();
            List<KubernetesWorkload> targets = services.get(w.obj().namespace() + "\u0000" + host);
            if (targets == null) targets = services.get(host);
            if (targets == null) {
                if (looksLikeAddress(key, value, host)) {
                    draft.unknown(w.node().id + ": " + where + " names '" + host + "', which is not deployed in these files");
                }
                continue;
            }
            List<KubernetesWorkload> others = targets.stream().filter(t -> t.node() != w.node()).toList();
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

}
