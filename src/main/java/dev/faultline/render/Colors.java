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
        int[] c = rgba(hex);
        return String.format("#%02X%02X%02X%02X", c[0], c[1], c[2], (int) Math.round(alpha * 255));
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
