package dev.faultline.analysis.fix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fix recipes by rule id. Rules without a recipe get no fix; a new rule (double-fault, slo-infeasible,
 * no-capacity-headroom) gets fixes by adding its recipe to {@link #defaults()}.
 */
public final class FixRecipes {
    private final Map<String, FixRecipe> byRule = new LinkedHashMap<>();

    public FixRecipes(List<FixRecipe> recipes) {
        recipes.forEach(r -> byRule.put(r.rule(), r));
    }

    public static FixRecipes defaults() {
        return new FixRecipes(List.of(new SpofRecipe(), new FailureDomainRecipe(), new SingleZoneRecipe(),
                new GuardCallRecipe()));
    }

    public Optional<FixRecipe> forRule(String rule) {
        return Optional.ofNullable(byRule.get(rule));
    }
}
