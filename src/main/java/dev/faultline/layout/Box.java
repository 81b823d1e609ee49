package dev.faultline.layout;

/** An axis-aligned rectangle in diagram coordinates. */
public record Box(double x, double y, double width, double height) {
    public double centerX() { return x + width / 2; }

    public double centerY() { return y + height / 2; }

    public double maxX() { return x + width; }

    public double maxY() { return y + height; }

    public Point center() { return new Point(centerX(), centerY()); }

    public Box movedTo(double nx, double ny) { return new Box(nx, ny, width, height); }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }
}
