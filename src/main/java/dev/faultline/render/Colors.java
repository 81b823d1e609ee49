package dev.faultline.render;

/** Small helpers for the scene's CSS hex colours ("#RRGGBB" or "#RRGGBBAA"), shared by every renderer. */
public final class Colors {
    private Colors() {
    }

    /** {r, g, b, a}, each 0..255. */
    public static int[] rgba(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6 && h.length() != 8) throw new IllegalArgumentException("not a hex colour: " + hex);
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        int a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) : 255;
        return new int[] {r, g, b, a};
    }

    /** The colour with the given opacity (0..1). */
    public static String withAlpha(String hex, double alpha) {
        // Memoised: a dense scene asks this once per edge (8,000+ at 2,000 nodes) for a handful of colours, and
        // String.format was half of the scene builder's time (issue #13). Palettes are small.
        if (TRANSLUCENT.size() > 4096) TRANSLUCENT.clear(); // computed colours (a gradient) must not grow it forever
        return TRANSLUCENT.computeIfAbsent(new Translucent(hex, alpha), Colors::format);
    }

    private record Translucent(String hex, double alpha) {
    }

    private static final java.util.Map<Translucent, String> TRANSLUCENT = new java.util.concurrent.ConcurrentHashMap<>();

    private static String format(Translucent t) {
        int[] c = rgba(t.hex());
        return String.format("#%02X%02X%02X%02X", c[0], c[1], c[2], (int) Math.round(t.alpha() * 255));
    }

    /** Relative luminance 0 (black) to 1 (white). */
    public static double luminance(String hex) {
        int[] c = rgba(hex);
        return 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
