package dev.faultline.analysis.capacity;

import java.util.List;

/**
 * A sync path from a flow entry whose retry amplification Π(1 + retries) reaches {@link RetryStorms#THRESHOLD}: the
 * node at its end receives {@code factor} attempts per original request when it fails.
 */
public record RetryStorm(List<String> path, double factor) {
    public RetryStorm {
        path = List.copyOf(path);
    }

    public String end() {
        return path.get(path.size() - 1);
    }
}
