package dev.faultline.io.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.faultline.io.yaml.YamlMap;
import dev.faultline.io.yaml.YamlScalar;
import dev.faultline.io.yaml.YamlList;
import dev.faultline.io.yaml.YamlNode;
import dev.faultline.io.yaml.ExpandingYamlReader;

/**
 * Reads one or more Compose files the way {@code docker compose -f a.yml -f b.yml} does: {@code .env} from the first
 * file's folder, variables interpolated, services merged in order (maps merged key by key, {@code environment},
 * {@code labels} and {@code depends_on} merged by name whatever form each file uses, lists such as {@code ports}
 * appended, {@code command} and {@code entrypoint} replaced), then {@code extends} resolved.
 */
final class ComposeFiles {
    /** One merged service, and the file that last defined it (for {@code extends: {file: ...}}). */
    record Service(String name, YamlMap definition, Path file) {
    }

    private static final int MAX_EXTENDS_DEPTH = 64;
    private static final Set<String> REPLACED_LISTS = Set.of("command", "entrypoint", "test", "dns", "dns_search");
    private static final Set<String> BY_NAME = Set.of("environment", "labels", "depends_on", "annotations", "args");

    private final ExpandingYamlReader reader = new ExpandingYamlReader();
    private final List<String> notes = new ArrayList<>();
    private final List<String> unknowns = new ArrayList<>();
    private Interpolator interpolator;
    private Map<String, String> env = Map.of();
    private final Set<String> passedThrough = new LinkedHashSet<>();
    private final Set<Path> read = new LinkedHashSet<>();
    /** Services of files named by {@code extends.file}, read once each. */
    private final Map<Path, Map<String, Service>> extendedFiles = new LinkedHashMap<>();
    String projectName;
    boolean sawVersionKey;

    /** Every file read: the Compose files, .env, env_file and extends files. An output must be none of them. */
    Set<Path> filesRead() {
        return read;
    }

    /** What these files point at but do not contain: missing env files, included files, extended files. */
    List<String> unknowns() {
        return unknowns;
    }

    List<String> notes() {
        List<String> all = new ArrayList<>(notes);
        all.addAll(reader.warnings());
        return all;
    }

    /** Bare {@code environment} names with no value in {@code .env}: Compose takes them from the shell. */
    Set<String> passedThrough() {
        return passedThrough;
    }

    /** Values whose ${...} defaults nest deeper than the limit, kept as written. */
    Set<String> tooDeeplyNested() {
        return interpolator == null ? Set.of() : interpolator.tooDeep();
    }

    Set<String> unsetVariables() {
        return interpolator == null ? Set.of() : interpolator.unset();
    }

    Map<String, Service> read(List<Path> inputs) throws ImportException {
        Path first = inputs.get(0).toAbsolutePath();
        Path envFile = first.getParent() == null ? Path.of(".env") : first.getParent().resolve(".env");
        env = Files.isRegularFile(envFile) ? readEnvFile(envFile) : Map.of();
        if (!env.isEmpty()) notes.add("variables read from " + envFile.getFileName() + " (" + env.size() + " values)");
        interpolator = new Interpolator(env);
        Map<String, Service> services = new LinkedHashMap<>();
        for (Path file : inputs) {
            YamlMap root = readRoot(file);
            root.text("name").ifPresent(n -> projectName = n);
            if (root.get("version").isPresent()) sawVersionKey = true;
            if (root.get("include").isPresent()) {
                unknowns.add(file.getFileName() + ": 'include' is not followed; import the included files explicitly");
            }
            YamlNode servicesNode = root.get("services").orElse(null);
            if (servicesNode == null && isVersionOneFile(root)) {
                notes.add(file.getFileName() + " is in Compose file format 1: its top-level keys are the services");
                servicesNode = root;
            }
            if (servicesNode == null) continue;
            if (!(servicesNode instanceof YamlMap map)) {
                throw new ImportException(file, servicesNode.line(), servicesNode.column(), "'services' must be a mapping");
            }
            for (Map.Entry<String, YamlNode> e : map.asMap().entrySet()) {
                YamlMap definition = serviceMap(file, e.getKey(), e.getValue());
                Service before = services.get(e.getKey());
                YamlMap merged = before == null ? definition : merge(before.definition(), definition);
                services.put(e.getKey(), new Service(e.getKey(), merged, file));
            }
        }
        if (services.isEmpty()) {
            throw new ImportException(inputs.get(0), 1, 1, "no 'services' in these Compose files");
        }
        return resolveExtends(services);
    }

    private Map<String, String> readEnvFile(Path file) throws ImportException {
        read.add(file);
        return EnvFile.read(file);
    }

    /** Format 1 (before 'version' and 'services'): every top-level value is a service with an image or a build. */
    private static boolean isVersionOneFile(YamlMap root) {
        return !root.asMap().isEmpty() && root.get("version").isEmpty() && root.asMap().values().stream()
                .allMatch(v -> v instanceof YamlMap m && (m.get("image").isPresent() || m.get("build").isPresent()));
    }

    private YamlMap readRoot(Path file) throws ImportException {
        read.add(file);
        List<YamlNode> docs = InputFiles.documents(file, reader);
        if (docs.isEmpty()) throw new ImportException(file, 1, 1, "empty file: expected a Compose file with 'services'");
        YamlNode doc = docs.get(0);
        if (!(doc instanceof YamlMap root)) {
            throw new ImportException(file, doc.line(), doc.column(), "a Compose file must be a mapping with 'services'");
        }
        if (root.get("apiVersion").isPresent() && root.get("kind").isPresent()) {
            String hint = root.text("apiVersion").orElse("").startsWith("backstage.io") ? "backstage" : "kubernetes";
            throw new ImportException(file, root.line(), root.column(),
                    "this looks like a " + hint + " file, not a Compose file; use 'faultline import " + hint + "'");
        }
        if (docs.size() > 1) {
            YamlNode second = docs.get(1);
            throw new ImportException(file, second.line(), second.column(), "a Compose file holds one YAML document");
        }
        if (root.get("services").isEmpty() && !isVersionOneFile(root)) {
            notes.add(file.getFileName() + " has no 'services'");
        }
        return (YamlMap) interpolate(root);
    }

    private YamlMap serviceMap(Path file, String name, YamlNode value) throws ImportException {
        if (value instanceof YamlScalar s && s.isNull()) return YamlMap.empty(s);
        if (!(value instanceof YamlMap m)) {
            throw new ImportException(file, value.line(), value.column(), "service '" + name + "' must be a mapping");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>(m.asMap());
        for (String key : List.of("environment", "labels", "depends_on")) {
            YamlNode v = entries.get(key);
            if (v != null) entries.put(key, byName(file, key, v));
        }
        YamlMap fromFiles = envFiles(file, name, entries.remove("env_file"), m);
        if (fromFiles != null) {
            // Values in 'environment' win over those of env_file, as in Compose.
            YamlMap explicit = entries.get("environment") instanceof YamlMap e ? e : YamlMap.empty(m);
            Map<String, YamlNode> combined = new LinkedHashMap<>(fromFiles.asMap());
            combined.putAll(explicit.asMap());
            entries.put("environment", YamlMap.of(combined, explicit.pos()));
        }
        if (entries.get("environment") instanceof YamlMap environment) entries.put("environment", fillFromEnvFile(environment));
        return YamlMap.of(entries, m.pos());
    }

    /** {@code [A=1, B]} and {@code {A: 1, B: null}} both become the mapping form. */
    private static YamlNode byName(Path file, String key, YamlNode v) throws ImportException {
        if (v instanceof YamlMap) return v;
        if (v instanceof YamlScalar s && s.isNull()) return YamlMap.empty(s);
        if (!(v instanceof YamlList seq)) throw new ImportException(file, v.line(), v.column(), "'" + key + "' must be a list or a mapping");
        Map<String, YamlNode> map = new LinkedHashMap<>();
        for (YamlNode item : seq.items()) {
            String text = YamlNode.textOf(item).orElseThrow(() ->
                    new ImportException(file, item.line(), item.column(), "'" + key + "' entries must be plain values"));
            if (key.equals("depends_on")) {
                map.put(text, YamlMap.empty(item));
            } else {
                int eq = text.indexOf('=');
                map.put(eq < 0 ? text : text.substring(0, eq),
                        YamlScalar.ofText(eq < 0 ? null : text.substring(eq + 1), item.pos()));
            }
        }
        return YamlMap.of(map, v.pos());
    }

    /**
     * {@code env_file: [a.env, {path: b.env, required: false}]}: files of {@code KEY=VALUE} lines, relative to the
     * Compose file, read in order (later files win). A missing file is noted, not fatal: the addresses in it are
     * simply not seen.
     */
    private YamlMap envFiles(Path file, String service, YamlNode spec, YamlMap at) throws ImportException {
        if (spec == null) return null;
        List<String> paths = new ArrayList<>();
        if (spec instanceof YamlList seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlMap m) m.text("path").ifPresent(paths::add);
                else YamlNode.textOf(item).ifPresent(paths::add);
            }
        } else {
            YamlNode.textOf(spec).ifPresent(paths::add);
        }
        Map<String, YamlNode> values = new LinkedHashMap<>();
        Path dir = file.toAbsolutePath().getParent();
        for (String p : paths) {
            Path envFile = dir == null ? Path.of(p) : dir.resolve(p);
            if (!Files.isRegularFile(envFile)) {
                unknowns.add("service '" + service + "': env_file " + p + " was not found; addresses in it are not seen");
                continue;
            }
            readEnvFile(envFile).forEach((k, v) -> values.put(k, YamlScalar.ofText(v, at.pos())));
        }
        return YamlMap.of(values, at.pos());
    }

    /**
     * {@code environment: [CART_ADDR]} passes a variable through; Compose takes its value from the project
     * environment, which includes {@code .env}. Without a value there it stays null (set only in the shell).
     */
    private YamlMap fillFromEnvFile(YamlMap environment) {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        environment.asMap().forEach((k, v) -> {
            if (v instanceof YamlScalar s && s.isNull()) {
                String value = env.get(k);
                if (value == null) passedThrough.add(k);
                entries.put(k, YamlScalar.ofText(value, s.pos()));
            } else {
                entries.put(k, v);
            }
        });
        return YamlMap.of(entries, environment.pos());
    }

    private YamlNode interpolate(YamlNode node) {
        if (node instanceof YamlScalar s) return YamlScalar.ofText(interpolator.interpolate(s.value()), s.pos());
        if (node instanceof YamlList seq) return new YamlList(seq.items().stream().map(this::interpolate).toList(), seq.pos());
        YamlMap map = (YamlMap) node;
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        map.asMap().forEach((k, v) -> entries.put(k, interpolate(v)));
        return YamlMap.of(entries, map.pos());
    }

    /** Compose's override rules for one service defined in two files. */
    static YamlMap merge(YamlMap base, YamlMap override) {
        Map<String, YamlNode> entries = new LinkedHashMap<>(base.asMap());
        for (Map.Entry<String, YamlNode> e : override.asMap().entrySet()) {
            entries.merge(e.getKey(), e.getValue(), (a, b) -> mergeValue(e.getKey(), a, b));
        }
        return YamlMap.of(entries, base.pos());
    }

    private static YamlNode mergeValue(String key, YamlNode a, YamlNode b) {
        if (a instanceof YamlMap ma && b instanceof YamlMap mb) {
            if (BY_NAME.contains(key)) {
                Map<String, YamlNode> entries = new LinkedHashMap<>(ma.asMap());
                entries.putAll(mb.asMap());
                return YamlMap.of(entries, ma.pos());
            }
            return merge(ma, mb);
        }
        if (a instanceof YamlList sa && b instanceof YamlList sb && !REPLACED_LISTS.contains(key)) {
            List<YamlNode> items = new ArrayList<>(sa.items());
            Set<String> seen = new LinkedHashSet<>();
            sa.items().forEach(i -> YamlNode.textOf(i).ifPresent(seen::add));
            for (YamlNode i : sb.items()) {
                if (YamlNode.textOf(i).map(t -> !seen.add(t)).orElse(false)) continue;
                items.add(i);
            }
            return new YamlList(items, sa.pos());
        }
        return b;
    }

    private Map<String, Service> resolveExtends(Map<String, Service> services) throws ImportException {
        Map<String, Service> resolved = new LinkedHashMap<>();
        for (String name : services.keySet()) resolved.put(name, resolve(services, name, new LinkedHashSet<>()));
        return resolved;
    }

    private Service resolve(Map<String, Service> services, String name, Set<String> visiting) throws ImportException {
        Service s = services.get(name);
        YamlNode ext = s.definition().get("extends").orElse(null);
        if (ext == null) return s;
        // Keyed by file and service: a chain may go from file to file and back (a.yml -> b.yml -> a.yml).
        if (!visiting.add(s.file().toAbsolutePath().normalize() + "\u0000" + name)) {
            throw new ImportException(s.file(), ext.line(), ext.column(), "'extends' loops back to service '" + name
                    + "'" + (visiting.size() > 1 ? " (through " + (visiting.size() - 1) + " other service(s))" : ""));
        }
        if (visiting.size() > MAX_EXTENDS_DEPTH) {
            throw new ImportException(s.file(), ext.line(), ext.column(), "'extends' chains more than "
                    + MAX_EXTENDS_DEPTH + " services deep");
        }
        String baseName = ext instanceof YamlMap m ? m.text("service").orElse(null) : YamlNode.textOf(ext).orElse(null);
        String baseFile = ext instanceof YamlMap m ? m.text("file").orElse(null) : null;
        if (baseName == null) throw new ImportException(s.file(), ext.line(), ext.column(), "'extends' needs a service name");
        YamlMap base;
        if (baseFile != null) {
            Path other = s.file().toAbsolutePath().getParent().resolve(baseFile);
            if (!Files.isRegularFile(other)) {
                unknowns.add("service '" + name + "' extends '" + baseName + "' in " + baseFile
                        + ", which was not found: imported as written");
                return s;
            }
            Map<String, Service> otherServices = servicesOf(other);
            if (!otherServices.containsKey(baseName)) {
                throw new ImportException(s.file(), ext.line(), ext.column(), "no service '" + baseName + "' in " + baseFile);
            }
            base = resolve(otherServices, baseName, visiting).definition();
        } else {
            if (!services.containsKey(baseName)) {
                throw new ImportException(s.file(), ext.line(), ext.column(), "'extends' names unknown service '" + baseName + "'");
            }
            base = resolve(services, baseName, visiting).definition();
        }
        Map<String, YamlNode> own = new LinkedHashMap<>(s.definition().asMap());
        own.remove("extends");
        notes.add("service '" + name + "' extends '" + baseName + "'" + (baseFile == null ? "" : " from " + baseFile));
        YamlMap merged = merge(withoutDependsOn(base), YamlMap.of(own, s.definition().pos()));
        return new Service(name, merged, s.file());
    }

    /** The services of a file named by {@code extends.file}, as written there (their own extends resolved later). */
    private Map<String, Service> servicesOf(Path file) throws ImportException {
        Path key = file.toAbsolutePath().normalize();
        Map<String, Service> known = extendedFiles.get(key);
        if (known != null) return known;
        Map<String, Service> services = new LinkedHashMap<>();
        YamlMap root = readRoot(file);
        if (root.get("services").orElse(null) instanceof YamlMap map) {
            for (Map.Entry<String, YamlNode> e : map.asMap().entrySet()) {
                services.put(e.getKey(), new Service(e.getKey(), serviceMap(file, e.getKey(), e.getValue()), file));
            }
        }
        extendedFiles.put(key, services);
        return services;
    }

    /** Compose does not inherit {@code depends_on}, links and a few others through {@code extends}. */
    private static YamlMap withoutDependsOn(YamlMap base) {
        Map<String, YamlNode> entries = new LinkedHashMap<>(base.asMap());
        entries.remove("depends_on");
        entries.remove("links");
        entries.remove("volumes_from");
        entries.remove("extends");
        return YamlMap.of(entries, base.pos());
    }
}
