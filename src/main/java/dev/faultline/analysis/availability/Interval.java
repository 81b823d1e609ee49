package dev.faultline.analysis.availability;

/** A 95 % confidence interval of an availability estimated by sampling. */
public record Interval(double low, double high) {
}
