package dev.faultline.cli;

import java.util.Locale;

import dev.faultline.analysis.compare.Comparison;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code diff --fail-on}: exit 1 when the change adds a node or failure-domain SPOF ({@code new-spof}), when it
 * regressed as risk-model.md §6 defines it ({@code regression}), or never.
 */
enum ComparisonFailOn {
    NEW_SPOF, REGRESSION, NEVER;

    boolean tripped(Comparison c) {
        return switch (this) {
            case NEW_SPOF -> c.addsSpof();
            case REGRESSION -> c.regressed();
            case NEVER -> false;
        };
    }

    /** Accepts the spellings of docs/cli.md: new-spof, regression, never. */
    static final class Converter implements ITypeConverter<ComparisonFailOn> {
        @Override
        public ComparisonFailOn convert(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected new-spof, regression or never, not '" + value + "'");
            }
        }
    }
}
