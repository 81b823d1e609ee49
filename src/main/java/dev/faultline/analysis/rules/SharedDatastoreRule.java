package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Dependency;
import dev.faultline.model.Node;

/** {@code shared-datastore}: one database, storage or cache used by services of several teams. */
public final class SharedDatastoreRule implements Rule {
    @Override
    public String id() { return "shared-datastore"; }

    @Override
    public String description() { return "A database, storage or cache used by nodes of several teams."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (Node store : c.topology().nodes()) {
            if (!store.kind().isDatastore()) continue;
            TreeSet<String> teams = new TreeSet<>();
            TreeSet<String> callers = new TreeSet<>();
            for (Dependency d : c.topology().dependentsOf(store.id())) {
                Node caller = c.node(d.from());
                if (caller.team() != null) teams.add(caller.team());
                callers.add(caller.id());
            }
            if (teams.size() >= 2) {
                List<String> nodes = new ArrayList<>();
                nodes.add(store.id());
                nodes.addAll(callers);
                out.add(new Finding(id(), Severity.WARNING, nodes, store.id() + " (" + store.kind()
                        + ") is shared by teams " + String.join(", ", teams) + ": schema changes and load from one"
                        + " team can break the others, and no single team owns its capacity.",
                        "Give each team its own datastore (database per service), or put one owning service in front"
                                + " of the data with an API; share events, not tables."));
            }
        }
        return out;
    }
}
