package dev.faultline.io.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.faultline.model.Kind;

class KindGuesserTest {
    private final KindGuesser guesser = new KindGuesser();

    @ParameterizedTest
    @CsvSource({
            "postgres:17.6, db, database",
            "mcr.microsoft.com/mssql/server:2019-latest, sqldata, database",
            "mongo:4.4.6, carts-db, database",
            "mysql, x, database",
            "weaveworksdemos/catalogue-db:0.3.0, catalogue-db, database",
            "redis:alpine, basketdata, cache",
            "memcached, url-shorten-memcached, cache",
            "valkey/valkey:9.0.1, valkey-cart, cache",
            "rabbitmq:3-management-alpine, rabbitmq, queue",
            "ghcr.io/open-telemetry/demo:latest-kafka, kafka, queue",
            "envoyproxy/envoy:v1.11.1, webshoppingapigw, gateway",
            "yg397/openresty-thrift:xenial, nginx-thrift, gateway",
            "traefik:v3, proxy, gateway",
            "minio/minio, blobs, storage",
            "jaegertracing/all-in-one:latest, jaeger-agent, other",
            "grafana/grafana:12.3.1, grafana, other",
            "datalust/seq:latest, seq, other",
            "weaveworksdemos/load-test:0.1.1, user-sim, job",
    })
    void guessesFromImageOrName(String image, String name, String kind) {
        assertEquals(Kind.fromId(kind).orElseThrow(), guesser.guess(image, name).orElseThrow().kind());
    }

    @ParameterizedTest
    @CsvSource({
            "weaveworksdemos/queue-master:0.3.1, queue-master",
            "weaveworksdemos/orders:0.4.7, orders",
            "deathstarbench/social-network-microservices:latest, user-timeline-service",
            "ghcr.io/open-telemetry/demo:latest-cart, cart",
            "hotel-reservation:1, hotel",
            "ghcr.io/open-telemetry/demo:latest-flagd-ui, flagd-ui",
            "example/storefront-ui:2, storefront-ui",
    })
    void applicationImagesAreNotGuessed(String image, String name) {
        assertTrue(guesser.guess(image, name).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"jaegertracing/all-in-one, observability", "locustio/locust, load-generator",
            "provectuslabs/kafka-ui, admin-tool", "rediscommander/redis-commander, admin-tool", "mongo-express, admin-tool",
            "dpage/pgadmin4, admin-tool", "oliver006/redis_exporter, observability",
            "prometheuscommunity/postgres-exporter, observability"})
    void toolingGetsARole(String image, String role) {
        assertEquals(role, guesser.guess(image, "x").orElseThrow().role().id());
    }
}
