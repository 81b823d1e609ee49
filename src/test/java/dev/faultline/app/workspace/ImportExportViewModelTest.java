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
        assertEquals(List.of("svg", "pdf", "png", "html", "md", "dot", "graphml", "mmd"), vm.exportExtensions());
    }
}
