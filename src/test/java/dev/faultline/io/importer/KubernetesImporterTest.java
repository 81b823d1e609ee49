package dev.faultline.io.importer;

import static dev.faultline.io.importer.Fixtures.dependency;
import static dev.faultline.io.importer.Fixtures.files;
import static dev.faultline.io.importer.Fixtures.node;
import static dev.faultline.io.importer.Fixtures.requireDependency;
import static dev.faultline.io.importer.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.Topology;

class KubernetesImporterTest {
    private final KubernetesImporter importer = new KubernetesImporter();

    @TempDir
    Path dir;

    private ImportResult importText(String yaml) throws IOException, ImportException {
        return Fixtures.importText(importer, dir, "manifests.yaml", yaml);
    }

    @Test
    void envAddressesNamingServicesBecomeDependencies() throws ImportException {
        ImportResult r = importer.importFiles(files("k8s-boutique", "kubernetes-manifests.yaml"));
        Topology t = r.topology();
        assertTrue(requireDependency(t, "frontend", "cartservice").required());
        assertTrue(requireDependency(t, "cartservice", "redis-cart").required());
        assertEquals(Kind.CACHE, node(t, "redis-cart").kind());
        assertEquals("load-generator", node(t, "loadgenerator").tags().get("role"));
    }

    @Test
    void loadBalancerServiceMarksTheEntrypointAndUnsetReplicasAreReported() throws ImportException {
        ImportResult r = importer.importFiles(files("k8s-boutique", "kubernetes-manifests.yaml"));
        assertTrue(node(r.topology(), "frontend").entrypoint(), "frontend-external is a LoadBalancer");
        assertFalse(node(r.topology(), "cartservice").entrypoint());
        assertEquals(1, node(r.topology(), "frontend").replicas());
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.startsWith("frontend: spec.replicas is not set")));
    }

    @Test
    void referencesToThingsNotDeployedAreReportedNotInvented() throws ImportException {
        ImportResult r = importer.importFiles(files("k8s-boutique", "kubernetes-manifests.yaml"));
        assertTrue(r.topology().node("shoppingassistantservice").isEmpty());
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("shoppingassistantservice")));
    }

    @Test
    void shellTextInInitContainersIsNotADependency() throws ImportException {
        Topology t = importer.importFiles(files("k8s-boutique", "kubernetes-manifests.yaml")).topology();
        Dependency d = requireDependency(t, "loadgenerator", "frontend");
        assertTrue(d.required());
        assertEquals(4, t.nodes().size(), "busybox init container is no node");
    }

    @Test
    void oneServiceSelectingSeveralDeploymentsIsOneNodeWithTheirReplicas() throws IOException, ImportException {
        Path bookinfo = Fixtures.RESOURCES.resolve("k8s-bookinfo").resolve("bookinfo.yaml");
        Path caller = write(dir, "caller.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: productpage-v2}
                spec:
                  replicas: 2
                  template:
                    metadata: {labels: {app: caller}}
                    spec:
                      containers:
                      - name: c
                        image: example/caller
                        env:
                        - name: REVIEWS_URL
                          value: http://reviews.default.svc.cluster.local:9080/reviews
                """);
        ImportResult r = importer.importFiles(List.of(bookinfo, caller));
        Topology t = r.topology();
        Dependency d = requireDependency(t, "productpage-v2", "reviews");
        assertTrue(d.required());
        assertEquals(List.of(), d.fallback());
        Node reviews = node(t, "reviews");
        assertEquals(3, reviews.replicas(), "reviews-v1 + reviews-v2 + reviews-v3, one replica each");
        assertEquals("v1, v2, v3", reviews.tags().get("versions"));
        assertEquals("reviews-v1, reviews-v2, reviews-v3", reviews.tags().get("workloads"));
        assertTrue(t.node("reviews-v1").isEmpty() && t.node("reviews-v3").isEmpty());
        assertEquals(2, node(t, "productpage-v2").replicas());
        assertTrue(r.report().inferred().stream().anyMatch(i -> i.startsWith("reviews: one node for Service reviews,"
                + " which selects 3 workloads: 3 replicas (reviews-v1 1 + reviews-v2 1 + reviews-v3 1)")));
    }

    @Test
    void aMergedServiceKeepsItsPlaceZonesAndAutoscalerFloors() throws IOException, ImportException {
        ImportResult r = importText("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api-blue}
                spec:
                  replicas: 2
                  template:
                    metadata: {labels: {app: api, track: blue}}
                    spec:
                      nodeSelector: {topology.kubernetes.io/zone: za}
                      containers: [{name: api, image: example/api:1}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 2
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers: [{name: web, image: example/web, env: [{name: API_ADDR, value: "api:8080"}]}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api-green}
                spec:
                  template:
                    metadata: {labels: {app: api, track: green}}
                    spec:
                      nodeSelector: {topology.kubernetes.io/zone: zb}
                      containers: [{name: api, image: example/api:2}]
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: api-green}
                spec:
                  scaleTargetRef: {kind: Deployment, name: api-green}
                  minReplicas: 3
                  maxReplicas: 9
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: api}
                spec: {type: LoadBalancer, selector: {app: api}}
                """);
        Topology t = r.topology();
        assertEquals(List.of("api", "web"), t.nodes().stream().map(Node::id).toList(), "where api-blue was");
        Node api = node(t, "api");
        assertEquals(5, api.replicas(), "2 + the autoscaler's floor of 3");
        assertEquals(List.of("za", "zb"), api.zones());
        assertEquals("example/api:1, example/api:2", api.tags().get("image"));
        assertTrue(api.entrypoint(), "the LoadBalancer Service marks the merged node");
        assertTrue(requireDependency(t, "web", "api").required());
        assertFalse(api.tags().containsKey("versions"), "no version labels: the workloads tag names them");
    }

    @Test
    void aServiceSelectingOneWorkloadKeepsTheWorkloadsName() throws IOException, ImportException {
        Topology t = importer.importFiles(files("k8s-bookinfo", "bookinfo.yaml")).topology();
        assertTrue(t.node("productpage-v1").isPresent());
        assertTrue(t.node("productpage").isEmpty());
    }

    @Test
    void ingressBackendsAreEntrypointsAndZoneAffinityGivesZones() throws IOException, ImportException {
        Topology t = importText("""
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: web, namespace: shop}
                spec:
                  replicas: 3
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      affinity:
                        nodeAffinity:
                          requiredDuringSchedulingIgnoredDuringExecution:
                            nodeSelectorTerms:
                            - matchExpressions:
                              - key: topology.kubernetes.io/zone
                                operator: In
                                values: [eu-west-1a, eu-west-1b]
                      containers:
                      - {name: web, image: example/web, env: [{name: DB, value: "db.shop:5432"}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: web, namespace: shop}
                spec: {selector: {app: web}}
                ---
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web, namespace: shop}
                spec:
                  rules:
                  - http:
                      paths:
                      - path: /
                        backend: {service: {name: web, port: {number: 80}}}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: db, namespace: shop}
                spec:
                  replicas: 1
                  template:
                    metadata: {labels: {app: db}}
                    spec: {containers: [{name: pg, image: "postgres:16"}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: db, namespace: shop}
                spec: {selector: {app: db}}
                """).topology();
        assertTrue(node(t, "web").entrypoint());
        assertEquals(List.of("eu-west-1a", "eu-west-1b"), node(t, "web").zones());
        assertEquals(2, t.zones().size());
        assertTrue(dependency(t, "web", "db").isPresent(), "svc.ns form");
        assertEquals(Kind.DATABASE, node(t, "db").kind());
    }

    @Test
    void configMapValuesDaemonSetsAndNamespacedNameClashes() throws IOException, ImportException {
        ImportResult r = importText("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: settings, namespace: a}
                data: {QUEUE_URL: "amqp://guest@broker.a.svc.cluster.local:5672", MODE: fast}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: a}
                spec:
                  replicas: 2
                  template:
                    metadata: {labels: {app: api}}
                    spec:
                      containers:
                      - name: api
                        image: example/api
                        envFrom: [{configMapRef: {name: settings}}]
                        env:
                        - name: CACHE
                          valueFrom: {configMapKeyRef: {name: settings, key: MODE}}
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: b}
                spec:
                  template:
                    metadata: {labels: {app: api}}
                    spec: {containers: [{name: api, image: example/api}]}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: broker, namespace: a}
                spec:
                  replicas: 3
                  template:
                    metadata: {labels: {app: broker}}
                    spec: {containers: [{name: mq, image: "rabbitmq:3"}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: broker, namespace: a}
                spec: {selector: {app: broker}}
                ---
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: log-agent, namespace: a}
                spec:
                  template:
                    metadata: {labels: {app: log-agent}}
                    spec: {containers: [{name: fluentd, image: fluent/fluentd}]}
                """);
        Topology t = r.topology();
        assertTrue(t.node("a/api").isPresent() && t.node("b/api").isPresent(), "same name in two namespaces");
        assertTrue(requireDependency(t, "a/api", "broker").required(), "address from a ConfigMap via envFrom");
        assertEquals(3, node(t, "broker").replicas());
        assertEquals(Kind.QUEUE, node(t, "broker").kind());
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.startsWith("log-agent: a DaemonSet")));
    }

    @Test
    void dependentVariablesAndGatewayApiRoutes() throws IOException, ImportException {
        Topology t = importText("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: shop}
                spec:
                  replicas: 2
                  template:
                    metadata: {labels: {app: shop}}
                    spec:
                      containers:
                      - name: shop
                        image: example/shop
                        env:
                        - {name: DB_HOST, value: orders-db}
                        - {name: DB_URL, value: "postgres://$(DB_HOST):5432/orders"}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: shop}
                spec: {selector: {app: shop}}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: orders-db}
                spec:
                  replicas: 1
                  template:
                    metadata: {labels: {app: orders-db}}
                    spec: {containers: [{name: pg, image: "postgres:16"}]}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: orders-db}
                spec: {selector: {app: orders-db}}
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: shop}
                spec:
                  parentRefs: [{name: public}]
                  rules:
                  - backendRefs: [{name: shop, port: 80}]
                """).topology();
        assertTrue(requireDependency(t, "shop", "orders-db").required());
        assertTrue(node(t, "shop").entrypoint(), "an HTTPRoute backend");
        assertEquals("postgres://db:5432/x", KubernetesImporter.expandDependentVariables("postgres://$(H):5432/x",
                java.util.Map.of("H", "db")));
        assertEquals("$(H)", KubernetesImporter.expandDependentVariables("$$(H)", java.util.Map.of("H", "db")));
    }

    @Test
    void shapesThePublicExamplesDoNotUse() throws ImportException {
        ImportResult r = importer.importFiles(files("k8s-shop", "shop.yaml"));
        Topology t = r.topology();
        assertTrue(node(t, "web").entrypoint());
        assertEquals(List.of("eu-west-1a", "eu-west-1b"), node(t, "web").zones());
        assertTrue(requireDependency(t, "web", "db").required(), "$(DB_HOST) expanded");
        assertEquals(Mode.ASYNC, requireDependency(t, "web", "broker").mode(), "ConfigMap via envFrom");
        assertTrue(dependency(t, "web", "cache").isEmpty(), "an ExternalName is outside the files");
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("ExternalName") && u.contains("cache.example.com")));
    }

    @Test
    void anAutoscalersFloorIsTheReplicaCount() throws IOException, ImportException {
        ImportResult r = importText("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api}
                spec:
                  template:
                    metadata: {labels: {app: api}}
                    spec: {containers: [{name: api, image: example/api}]}
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: api}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
                  minReplicas: 3
                  maxReplicas: 10
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: ghost}
                spec:
                  scaleTargetRef: {kind: Deployment, name: ghost}
                  maxReplicas: 4
                """);
        assertEquals(3, node(r.topology(), "api").replicas());
        assertTrue(r.report().unknown().stream().noneMatch(u -> u.startsWith("api: spec.replicas is not set")));
        assertTrue(r.report().unknown().stream().anyMatch(u -> u.contains("ghost")));
    }

    @Test
    void helmTemplatesAreRefusedWithAClearMessage() throws IOException {
        ImportException e = assertThrows(ImportException.class, () -> importText("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}-web
                spec:
                  replicas: {{ .Values.replicas }}
                """));
        assertTrue(e.getMessage().contains("Helm"), e.getMessage());
    }

    @Test
    void documentsWithoutKindAreErrorsWithPosition() throws IOException {
        ImportException e = assertThrows(ImportException.class, () -> importText("---\napiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\nfoo: bar\n"));
        assertEquals(6, e.line());
        assertThrows(ImportException.class, () -> importText("services:\n  a: {image: x}\n"));
    }
}
