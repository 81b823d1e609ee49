package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.model.Dependency;
import dev.faultline.model.Kind;
import dev.faultline.model.Node;

/**
 * {@code unguarded-sync-call}: a required synchronous call across a team boundary or to an external provider with
 * neither a timeout nor a circuit breaker declared: the classic path for a slow dependency to exhaust its callers.
 */
public final class UnguardedSyncCallRule implements Rule {
    @Override
    public String id() { return "unguarded-sync-call"; }

    @Override
    public String description() {
        return "A required sync call to another team or an external provider without timeout or circuit breaker.";
    }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (Dependency d : c.topology().dependencies()) {
            if (!d.isHard() || d.timeoutMs() != null || Boolean.TRUE.equals(d.circuitBreaker())) continue;
            Node from = c.node(d.from());
            Node to = c.node(d.to());
            boolean external = to.kind() == Kind.EXTERNAL;
            boolean crossTeam = from.team() != null && !Objects.equals(from.team(), to.team());
            if (!external && !crossTeam) continue;
            out.add(new Finding(id(), Severity.INFO, List.of(d.from(), d.to()), d.from() + " calls " + d.to()
                    + (external ? " (an external provider)"
                            : to.team() == null ? " (owned by no team)" : " (team " + to.team() + ")")
                    + " synchronously with no timeout or circuit breaker declared: a slow " + d.to()
                    + " can hold every " + d.from() + " thread.",
                    "Declare timeoutMs (shorter than " + d.from() + "'s own budget) and circuitBreaker: true on"
                            + " this dependency, with bounded retries and jitter."));
        }
        return out;
    }
}
