package dev.faultline.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.faultline.app.FaultlineApp;
import dev.faultline.app.task.SameThreadTaskRunner;
import dev.faultline.simulation.FailureEvent;

/** File › Import… and File › Export… through the production services, without the toolkit. */
class ImportExportViewModelTest {
    @TempDir
    Path dir;

    private final WorkspaceViewModel vm = new WorkspaceViewModel(FaultlineApp.productionServices(),
            new SameThreadTaskRunner());

    @Test
    void importWritesTheTopologyAndOpensIt() throws IOException {
        Path compose = dir.resolve("docker-compose.yml");
        Files.writeString(compose, """
                services:
                  web:
                    image: nginx
                    ports: ["80:80"]
                    environment:
                      API_URL: http://api:8080
                  api:
                    image: example/api
                    environment:
                      DATABASE_URL: postgres://app@db:5432/app
                  db:
                    image: postgres:16
                """);
        Path out = dir.resolve("shop.yaml");
        vm.importFiles("compose", List.of(compose), out);
        assertTrue(Files.readString(out).contains("faultline: 1"));
        assertEquals(out.toAbsolutePath().normalize(), vm.document().file());
        assertTrue(vm.document().topology().node("db").isPresent());
        assertTrue(vm.importReportProperty().get().contains("Inferred"), vm.importReportProperty().get());
    }

    @Test
    void importNeverOverwritesAnInput() throws IOException {
        Path compose = dir.resolve("docker-compose.yml");
        String original = "services:\n  web:\n    image: nginx\n";
        Files.writeString(compose, original);
        vm.importFiles("compose", List.of(compose), compose);
        assertEquals(original, Files.readString(compose));
        assertTrue(vm.noticeProperty().get().startsWith("Import failed"), vm.noticeProperty().get());
    }

    @Test
    void exportWritesReportsAndDiagramsOfWhatIsShown() throws IOException {
        Path shop = dir.resolve("shop.yaml");
        Files.copy(Path.of("sample-topologies", "online-shop.yaml"), shop);
        vm.open(shop);
        vm.fail(FailureEvent.node("orders-db"));
        Path md = dir.resolve("review.md");
        vm.export(md);
        String report = Files.readString(md);
        assertTrue(report.contains("orders-db") && report.contains("node:orders-db"), "report shows the scenario");
        Path pdf = dir.resolve("diagram.pdf");
        vm.export(pdf);
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(List.of("svg", "png", "pdf", "md", "html", "dot", "graphml", "mmd"), vm.exportExtensions());
    }

    @Test
    void exportNeverReplacesTheOpenTopologyOrItsSidecar() throws IOException {
        Path shop = dir.resolve("topology.md"); // a topology may have any name, even an export's
        Files.copy(Path.of("sample-topologies", "online-shop.yaml"), shop);
        String original = Files.readString(shop);
        vm.open(shop);
        vm.export(dir.resolve(".").resolve("topology.md"));
        assertEquals(original, Files.readString(shop));
        assertTrue(vm.noticeProperty().get().contains("never overwrites"), vm.noticeProperty().get());
    }

    @Test
    void aDamagedSidecarIsShownAsAProblemAndKeptAsideOnTheNextDrag() throws IOException {
        Path shop = dir.resolve("shop.yaml");
        Files.copy(Path.of("sample-topologies", "online-shop.yaml"), shop);
        Path sidecar = dir.resolve("shop.yaml.faultline-layout.json");
        String conflicted = "{\"faultlineLayout\": 1, \"pinned\": {\n<<<<<<< HEAD\n  \"web\": {\"x\": 1, \"y\": 2}\n"
                + "=======\n  \"web\": {\"x\": 5, \"y\": 6}\n>>>>>>> theirs\n}}\n";
        Files.writeString(sidecar, conflicted);
        vm.open(shop);
        assertTrue(vm.document() != null, "the topology opens");
        assertEquals(1, vm.problems().size(), vm.problems().toString());
        assertTrue(vm.problems().get(0).format().contains("layout sidecar not valid JSON"), vm.problems().toString());
        vm.pin(java.util.Map.of("web", new dev.faultline.layout.Point(10, 20)));
        assertEquals(conflicted, Files.readString(dir.resolve("shop.yaml.faultline-layout.json.bak")));
        assertTrue(Files.readString(sidecar).contains("\"web\""));
    }
}
