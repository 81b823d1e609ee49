package dev.faultline.io.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.faultline.model.Kind;

/**
 * Guesses what a container is from its image and its name: {@code postgres:16} is a database, {@code redis} a
 * cache, {@code jaegertracing/all-in-one} observability tooling. Words of the image repository are tried first, then
 * the service name, then the image tag (some projects put the component name there). A word matches a product when
 * it starts with the product's name ({@code jaegertracing} starts with {@code jaeger}).
 */
final class KindGuesser {
    /** What a node is for when its kind alone does not say: observability tooling, test traffic, coordination. */
    enum Role {
        NONE, OBSERVABILITY, LOAD_GENERATOR, COORDINATION, ADMIN_TOOL;

        String id() {
            return switch (this) {
                case NONE -> "";
                case OBSERVABILITY -> "observability";
                case LOAD_GENERATOR -> "load-generator";
                case COORDINATION -> "coordination";
                case ADMIN_TOOL -> "admin-tool";
            };
        }

        /** Tooling serves operators and tests, not users: nothing depends on it hard, and it is no entrypoint. */
        boolean isTooling() {
            return this == OBSERVABILITY || this == LOAD_GENERATOR || this == ADMIN_TOOL;
        }
    }

    record Guess(Kind kind, Role role, String reason) {
    }

    private record Rule(Kind kind, Role role, List<String> products) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.OTHER, Role.OBSERVABILITY, List.of("jaeger", "otel", "opentelemetry", "prometheus", "grafana",
                    "zipkin", "kibana", "loki", "tempo", "seq", "fluentd", "fluent", "logstash", "alertmanager",
                    "cadvisor", "datadog", "splunk", "promtail", "victoriametrics", "pushgateway")),
            new Rule(Kind.JOB, Role.LOAD_GENERATOR, List.of("loadgenerator", "locust", "loadtest", "k6", "jmeter",
                    "gatling")),
            new Rule(Kind.DATABASE, Role.NONE, List.of("postgres", "mysql", "mariadb", "mongo", "mssql", "sqlserver",
                    "cassandra", "scylla", "cockroach", "couchdb", "couchbase", "neo4j", "elasticsearch", "opensearch",
                    "clickhouse", "influxdb", "timescale", "oracle", "dynamodb", "db", "database", "sql", "spanner")),
            new Rule(Kind.CACHE, Role.NONE, List.of("redis", "memcached", "valkey", "keydb", "dragonfly", "hazelcast",
                    "varnish", "cache")),
            new Rule(Kind.QUEUE, Role.NONE, List.of("rabbitmq", "kafka", "nats", "activemq", "pulsar", "nsq",
                    "redpanda", "mosquitto", "emqx", "artemis")),
            new Rule(Kind.OTHER, Role.COORDINATION, List.of("zookeeper", "etcd", "consul")),
            new Rule(Kind.STORAGE, Role.NONE, List.of("minio", "azurite", "seaweedfs", "ceph")),
            new Rule(Kind.GATEWAY, Role.NONE, List.of("nginx", "envoy", "traefik", "haproxy", "openresty", "kong",
                    "caddy", "apigw", "gateway", "ingressgateway", "proxy", "router", "ingress")),
            new Rule(Kind.DNS, Role.NONE, List.of("coredns", "bind9", "dnsmasq")));

    /** Words that look like products but name something else ({@code sql} inside {@code sqlite} tools is fine). */
    private static final List<String> EXACT_ONLY = List.of("db", "sql", "seq", "tempo", "nats", "cache", "router",
            "proxy", "gateway", "ingress", "database", "k6", "nsq", "kong", "loki", "ceph", "consul", "etcd", "otel");

    Optional<Guess> guess(String image, String name) {
        if (image != null && !image.isBlank()) {
            String withoutDigest = image.split("@", 2)[0];
            String repository = withoutDigest;
            String tag = "";
            int colon = withoutDigest.lastIndexOf(':');
            if (colon > withoutDigest.lastIndexOf('/')) {
                repository = withoutDigest.substring(0, colon);
                tag = withoutDigest.substring(colon + 1);
            }
            Optional<Guess> fromRepo = match(repository, "image '" + image + "'");
            if (fromRepo.isPresent()) return fromRepo;
            Optional<Guess> fromName = match(name, "name '" + name + "'");
            if (fromName.isPresent()) return fromName;
            return match(tag, "image tag '" + tag + "'");
        }
        return match(name, "name '" + name + "'");
    }

    /** Admin front ends and exporters of datastores: {@code kafka-ui}, {@code redis-commander}, {@code mongo-express}. */
    private static final List<String> ADMIN_WORDS = List.of("ui", "commander", "express", "admin", "console", "insight");
    private static final List<String> STANDALONE_ADMIN = List.of("pgadmin", "adminer", "phpmyadmin", "kafdrop");

    private static Optional<Guess> datastoreTooling(List<String> words, String source) {
        boolean standalone = words.stream().anyMatch(w -> STANDALONE_ADMIN.stream().anyMatch(w::startsWith));
        boolean exporter = words.stream().anyMatch(w -> w.equals("exporter"));
        boolean adminWord = words.stream().anyMatch(ADMIN_WORDS::contains);
        boolean datastore = words.stream().anyMatch(w -> RULES.stream().filter(r -> r.role() == Role.NONE
                && r.kind().isStateful()).flatMap(r -> r.products().stream())
                .anyMatch(p -> !EXACT_ONLY.contains(p) && w.startsWith(p)));
        if (exporter) {
            return Optional.of(new Guess(Kind.OTHER, Role.OBSERVABILITY, "kind 'other' (observability) guessed from "
                    + source + ": a metrics exporter"));
        }
        if (standalone || adminWord && datastore) {
            return Optional.of(new Guess(Kind.OTHER, Role.ADMIN_TOOL, "kind 'other' (admin-tool) guessed from " + source
                    + ": an admin front end, not the datastore itself"));
        }
        return Optional.empty();
    }

    private Optional<Guess> match(String text, String source) {
        if (text == null || text.isBlank()) return Optional.empty();
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty()).toList();
        Optional<Guess> tooling = datastoreTooling(words, source);
        if (tooling.isPresent()) return tooling;
        String joined = String.join("", words);
        for (Rule rule : RULES) {
            for (String product : rule.products()) {
                boolean hit = words.stream().anyMatch(w -> EXACT_ONLY.contains(product) ? w.equals(product)
                        : w.startsWith(product));
                // "load-generator" and "load-test" are written as two words.
                if (!hit && rule.role() == Role.LOAD_GENERATOR && product.length() > 6) hit = joined.contains(product);
                if (hit) return Optional.of(new Guess(rule.kind(), rule.role(), "kind '" + rule.kind().id() + "'"
                        + (rule.role() == Role.NONE ? "" : " (" + rule.role().id() + ")") + " guessed from " + source));
            }
        }
        return Optional.empty();
    }
}
