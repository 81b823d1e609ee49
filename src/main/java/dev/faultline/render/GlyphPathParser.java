package dev.faultline.render;

import java.util.ArrayList;
import java.util.List;

import dev.faultline.layout.Point;

/**
 * Reads the small subset of SVG path data the kind glyphs use: M m L l H h V v C c Q q Z z, with implicit
 * repetition of the last command (after M, repeated pairs are line-tos). Anything else, arcs included, is refused
 * with the offending character, so a glyph that would draw differently on screen and in export never loads.
 */
public final class GlyphPathParser {
    private final String data;
    private int pos;

    private GlyphPathParser(String data) {
        this.data = data;
    }

    public static List<PathSegment> parse(String data) {
        return new GlyphPathParser(data).segments();
    }

    private List<PathSegment> segments() {
        List<PathSegment> out = new ArrayList<>();
        double x = 0, y = 0, startX = 0, startY = 0;
        char command = 0;
        skipSeparators();
        while (pos < data.length()) {
            char c = data.charAt(pos);
            if (Character.isLetter(c)) {
                if ("MmLlHhVvCcQqZz".indexOf(c) < 0) {
                    throw new IllegalArgumentException("unsupported path command '" + c + "' at " + pos);
                }
                command = c;
                pos++;
            } else if (command == 0) {
                throw new IllegalArgumentException("path data must start with a command, found '" + c + "'");
            } else if (command == 'Z' || command == 'z') {
                throw new IllegalArgumentException("number after close at " + pos);
            }
            boolean rel = Character.isLowerCase(command);
            double ox = rel ? x : 0, oy = rel ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = ox + number();
                    y = oy + number();
                    startX = x;
                    startY = y;
                    out.add(new PathSegment(PathSegment.Op.MOVE, List.of(new Point(x, y))));
                    command = rel ? 'l' : 'L'; // further pairs are line-tos
                }
                case 'L' -> {
                    x = ox + number();
                    y = oy + number();
                    out.add(line(x, y));
                }
                case 'H' -> {
                    x = ox + number();
                    out.add(line(x, y));
                }
                case 'V' -> {
                    y = oy + number();
                    out.add(line(x, y));
                }
                case 'C' -> {
                    Point c1 = new Point(ox + number(), oy + number());
                    Point c2 = new Point(ox + number(), oy + number());
                    x = ox + number();
                    y = oy + number();
                    out.add(new PathSegment(PathSegment.Op.CUBIC, List.of(c1, c2, new Point(x, y))));
                }
                case 'Q' -> {
                    Point c1 = new Point(ox + number(), oy + number());
                    x = ox + number();
                    y = oy + number();
                    out.add(new PathSegment(PathSegment.Op.QUAD, List.of(c1, new Point(x, y))));
                }
                default -> { // Z
                    out.add(new PathSegment(PathSegment.Op.CLOSE, List.of()));
                    x = startX;
                    y = startY;
                }
            }
            skipSeparators();
        }
        return out;
    }

    private static PathSegment line(double x, double y) {
        return new PathSegment(PathSegment.Op.LINE, List.of(new Point(x, y)));
    }

    private void skipSeparators() {
        while (pos < data.length() && (Character.isWhitespace(data.charAt(pos)) || data.charAt(pos) == ',')) pos++;
    }

    /** A number such as {@code -1.5}, {@code .5}, {@code 2e-3}; "1.5.5" reads as 1.5 then .5, as SVG does. */
    private double number() {
        skipSeparators();
        int start = pos;
        if (pos < data.length() && (data.charAt(pos) == '-' || data.charAt(pos) == '+')) pos++;
        boolean dot = false;
        while (pos < data.length()) {
            char c = data.charAt(pos);
            if (Character.isDigit(c)) pos++;
            else if (c == '.' && !dot) {
                dot = true;
                pos++;
            } else break;
        }
        if (pos < data.length() && (data.charAt(pos) == 'e' || data.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < data.length() && (data.charAt(pos) == '-' || data.charAt(pos) == '+')) pos++;
            if (pos < data.length() && Character.isDigit(data.charAt(pos))) {
                while (pos < data.length() && Character.isDigit(data.charAt(pos))) pos++;
            } else pos = save;
        }
        String text = data.substring(start, pos);
        if (text.isEmpty() || text.equals("-") || text.equals("+") || text.equals(".")) {
            throw new IllegalArgumentException("expected a number at " + start + " in path data");
        }
        skipSeparators();
        return Double.parseDouble(text);
    }
}
