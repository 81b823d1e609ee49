package dev.faultline.io.importer;

import java.util.Locale;

/**
 * A Backstage entity reference, {@code [kind:][namespace/]name}, with the kind and namespace the field implies when
 * the reference leaves them out ({@code dependsOn: ['resource:artists-db']} → resource, default, artists-db).
 */
record EntityRef(String kind, String namespace, String name, boolean kindGiven) {
    static EntityRef parse(String text, String defaultKind, String defaultNamespace) {
        String rest = text.trim();
        String kind = defaultKind;
        boolean kindGiven = false;
        int colon = rest.indexOf(':');
        int slash = rest.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash)) {
            kind = rest.substring(0, colon).toLowerCase(Locale.ROOT);
            rest = rest.substring(colon + 1);
            kindGiven = true;
        }
        String namespace = defaultNamespace;
        slash = rest.indexOf('/');
        if (slash > 0) {
            namespace = rest.substring(0, slash);
            rest = rest.substring(slash + 1);
        }
        return new EntityRef(kind == null ? null : kind.toLowerCase(Locale.ROOT), namespace, rest, kindGiven);
    }

    /** {@code kind:namespace/name}, the key entities are indexed by. */
    String key() {
        return kind + ":" + namespace.toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT);
    }

    /** The short form a person reads: the name, with the namespace only when it is not {@code default}. */
    String shortName() {
        return namespace.equals("default") ? name : namespace + "/" + name;
    }
}
