package dev.faultline.io.importer;

import java.nio.file.Path;

import dev.faultline.io.yaml.YamlMap;

/** One object of a manifest: its kind, name and namespace ({@code default} when not given), and its body. */
record KubernetesObject(String kind, String name, String namespace, YamlMap body, Path file) {
    /** How a person refers to it: {@code Deployment shop/web}. */
    String ref() {
        return kind + " " + (namespace.equals("default") ? "" : namespace + "/") + name;
    }
}
