package io.gongkai.grid;

/** A ruling line (a stroke, a thin filled rectangle, or one side of a cell border), in points from the top-left. */
public record Segment(double x0, double y0, double x1, double y1) {
    static final double FLAT = 1.5;

    public Segment {
        if (x1 < x0) { double t = x0; x0 = x1; x1 = t; }
        if (y1 < y0) { double t = y0; y0 = y1; y1 = t; }
    }

    public boolean horizontal() {
        return y1 - y0 <= FLAT && x1 - x0 > FLAT;
    }

    public boolean vertical() {
        return x1 - x0 <= FLAT && y1 - y0 > FLAT;
    }

    public double y() {
        return (y0 + y1) / 2;
    }

    public double x() {
        return (x0 + x1) / 2;
    }

    public double length() {
        return Math.max(x1 - x0, y1 - y0);
    }
}
