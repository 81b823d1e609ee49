package dev.faultline.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.analysis.Finding;
import dev.faultline.analysis.Severity;
import dev.faultline.analysis.capacity.RetryStorm;
import dev.faultline.analysis.capacity.RetryStorms;

/**
 * {@code retry-storm}: a sync path from a flow entry whose retry amplification Π(1 + retries) reaches 10: when the
 * node at its end fails, every original request becomes that many attempts on it.
 */
public final class RetryStormRule implements Rule {
    @Override
    public String id() { return "retry-storm"; }

    @Override
    public String description() { return "Retries that multiply along a sync path to 10 or more attempts."; }

    @Override
    public List<Finding> apply(AnalysisContext c) {
        List<Finding> out = new ArrayList<>();
        for (RetryStorm s : RetryStorms.find(c.topology())) {
            out.add(new Finding(id(), Severity.WARNING, s.path(), "Retries multiply along "
                    + String.join(" → ", s.path()) + " to " + Figures.ms(s.factor()) + " attempts: when "
                    + s.end() + " fails, each original request hits it " + Figures.ms(s.factor())
                    + " times, just when it can least take it.",
                    "Retry at one layer only (usually the edge), use retry budgets and exponential backoff with"
                            + " jitter, and put a circuit breaker in front of " + s.end() + "."));
        }
        return out;
    }
}
