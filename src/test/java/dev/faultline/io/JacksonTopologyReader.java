package dev.faultline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.faultline.model.Dependency;
import dev.faultline.model.Flow;
import dev.faultline.model.Kind;
import dev.faultline.model.Mode;
import dev.faultline.model.Node;
import dev.faultline.model.SourcePosition;
import dev.faultline.model.Team;
import dev.faultline.model.Topology;
import dev.faultline.model.Zone;

/** A plain Jackson read of what the writer wrote, mapped back to the model, independent of the writer. */
/** A plain Jackson read of what the writer wrote, mapped back to the model: a check independent of the writer. */
public final class JacksonTopologyReader {
    private JacksonTopologyReader() {
    }

    @SuppressWarnings("unchecked")
    public static Topology topology(String yaml) throws Exception {
        Map<String, Object> root = new ObjectMapper(new YAMLFactory()).readValue(yaml, Map.class);
        assertEquals(1, root.get("faultline"));
        List<Team> teams = new ArrayList<>();
        for (Map<String, Object> t : list(root, "teams")) {
            teams.add(new Team((String) t.get("id"), (String) t.get("name"), (List<String>) t.get("members"),
                    SourcePosition.UNKNOWN));
        }
        List<Zone> zones = new ArrayList<>();
        for (Map<String, Object> z : list(root, "zones")) zones.add(new Zone((String) z.get("id"), (String) z.get("region")));
        List<Node> nodes = new ArrayList<>();
        for (Map<String, Object> n : list(root, "nodes")) {
            nodes.add(new Node((String) n.get("id"), (String) n.get("name"), Kind.fromId((String) n.get("kind")).orElseThrow(),
                    (String) n.get("team"), (Integer) n.getOrDefault("replicas", 1), (Integer) n.getOrDefault("minHealthy", 1),
                    (List<String>) n.getOrDefault("zones", List.of()), (Boolean) n.getOrDefault("entrypoint", false),
                    (Double) n.get("slo"), (Double) n.get("availability"), (Integer) n.get("latencyMs"),
                    (List<String>) n.getOrDefault("observability", List.of()),
                    (Map<String, Object>) n.getOrDefault("tags", Map.of()), (String) n.get("description"),
                    SourcePosition.UNKNOWN));
        }
        List<Dependency> deps = new ArrayList<>();
        for (Map<String, Object> d : list(root, "dependencies")) {
            deps.add(new Dependency((String) d.get("from"), (String) d.get("to"),
                    "async".equals(d.get("mode")) ? Mode.ASYNC : Mode.SYNC, (Boolean) d.getOrDefault("required", true),
                    (List<String>) d.getOrDefault("fallback", List.of()), (Integer) d.get("timeoutMs"),
                    (Boolean) d.get("circuitBreaker"), (Integer) d.get("retries"), (String) d.get("description"),
                    SourcePosition.UNKNOWN));
        }
        List<Flow> flows = new ArrayList<>();
        for (Map<String, Object> f : list(root, "flows")) {
            flows.add(new Flow((String) f.get("id"), (String) f.get("name"), (String) f.get("entry"),
                    (List<String>) f.getOrDefault("via", List.of()), (Double) f.get("slo"),
                    (Integer) f.get("latencyBudgetMs"), false, SourcePosition.UNKNOWN));
        }
        return new Topology((String) root.get("name"), (String) root.get("description"), teams, zones, nodes, deps, flows);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> root, String key) {
        return (List<Map<String, Object>>) root.getOrDefault(key, List.of());
    }
}
