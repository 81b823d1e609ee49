package dev.faultline.io.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlList;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.ExpandingYamlReader;
import dev.faultline.io.yaml.YamlSyntaxException;

/**
 * Reads Kubernetes manifest files into objects: multi-document YAML, {@code List} objects, one entry per object with
 * its kind, name and namespace. Helm templates are recognised ({@code {{ ... }}} where YAML structure is) and skipped
 * with a message to render them first; a file of nothing but templates is an error.
 */
final class KubernetesManifests {
    List<KubernetesObject> read(List<Path> inputs, TopologyDraft draft) throws ImportException {
        List<KubernetesObject> objects = new ArrayList<>();
        ExpandingYamlReader reader = new ExpandingYamlReader();
        List<String> helm = new ArrayList<>();
        for (Path file : inputs) readFile(file, reader, objects, helm);
        reader.warnings().forEach(draft::warning);
        if (objects.isEmpty() && !helm.isEmpty()) {
            throw new ImportException(inputs.get(0), helm.get(0));
        }
        helm.forEach(draft::warning);
        return objects;
    }

    private void readFile(Path file, ExpandingYamlReader reader, List<KubernetesObject> objects, List<String> helm) throws ImportException {
        String text = InputFiles.readText(file);
        int templateLine = helmTemplateLine(text);
        if (templateLine > 0) {
            helm.add(file + ":" + templateLine + ": looks like a Helm template ('{{ ... }}'), not a manifest: skipped;"
                    + " render it first (helm template CHART > manifests.yaml) and import the result");
            return;
        }
        List<YamlNode> docs;
        try {
            docs = reader.readAll(text, file);
        } catch (YamlSyntaxException e) {
            if (text.contains("{{")) {
                throw new ImportException(file, e.problem().line(), e.problem().column(), e.getMessage()
                        + " (the file contains '{{': if it is a Helm template, render it first with helm template)");
            }
            throw new ImportException(e);
        }
        for (YamlNode doc : docs) addKubernetesObjectects(file, doc, objects);
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

    private static void addKubernetesObjectects(Path file, YamlNode doc, List<KubernetesObject> objects) throws ImportException {
        if (!(doc instanceof YamlMap map)) {
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
            for (YamlNode item : map.list("items").map(YamlList::items).orElse(List.of())) addKubernetesObjectects(file, item, objects);
            return;
        }
        String name = map.textAt("metadata", "name").orElseThrow(() -> new ImportException(file, map.line(), map.column(),
                kind + " without metadata.name"));
        String namespace = map.textAt("metadata", "namespace").orElse("default");
        objects.add(new KubernetesObject(kind, name, namespace, map, file));
    }
}
