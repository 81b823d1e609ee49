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

    /** The smallest box around all of {@code boxes}; an empty box at the origin when there are none. */
    public static Box enclosing(Iterable<Box> boxes) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Box b : boxes) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        return minX > maxX ? new Box(0, 0, 0, 0) : new Box(minX, minY, maxX - minX, maxY - minY);
    }
}
