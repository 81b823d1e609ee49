package dev.faultline.layout;

/** A point in diagram coordinates (y grows downwards, like the screen). */
public record Point(double x, double y) {
}
