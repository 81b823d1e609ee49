package dev.faultline.app.canvas;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.paint.Color;

/** Parses the scene's CSS colours once: restyling thousands of nodes must not parse strings each time. */
final class ColorCache {
    private final Map<String, Color> colours = new HashMap<>();

    Color get(String css, Color fallback) {
        if (css == null || css.isBlank()) return fallback;
        return colours.computeIfAbsent(css, c -> {
            try {
                return Color.web(c);
            } catch (IllegalArgumentException e) {
                return fallback;
            }
        });
    }
}
