package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Node;
import dev.faultline.model.Team;

/**
 * {@code knowledge-silo}: a team of at most one member owning a SPOF or a node whose loss touches user flows.
 * Bus factor one: when that person is away, nobody can operate what users depend on. A team whose members are not
 * declared is not one: its bus factor is unknown.
 */
public final class KnowledgeSiloRule implements Rule {
    @Override
    public String id() { return "knowledge-silo"; }

    @Override
    public String description() { return "A team of at most one person owning something users depend on."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (Team team : c.topology().teams()) {
            // Undeclared members are unknown, not zero: no finding can be told.
            if (team.busFactor().isEmpty() || team.busFactor().getAsInt() > 1) continue;
            List<String> critical = c.topology().nodesOwnedBy(team.id()).stream().map(Node::id)
                    .filter(id -> c.spof(id).isPresent() || c.touchesFlows(id)).toList();
            if (critical.isEmpty()) continue;
            String who = team.members().isEmpty() ? "no listed members" : "one member (" + team.members().get(0) + ")";
            out.add(new Finding(id(), Severity.WARNING, critical, "Team " + team.id() + " has " + who + " and owns "
                    + String.join(", ", critical) + ", which user flows depend on: a knowledge silo with bus factor "
                    + team.busFactor().getAsInt() + ".",
                    "Pair a second engineer on these services, write runbooks, and share the on-call rota with a"
                            + " neighbouring team until the team has at least two people."));
        }
        return out;
    }
}
