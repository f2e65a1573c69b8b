package io.gongkai.extract.ocr;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.awt.Rectangle;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A text line's four corners (a rectangle, perhaps turned a little), in pixels.
 *
 * @param topLeft     the corner at the line's start, top
 * @param topRight    the corner at the line's end, top
 * @param bottomRight the corner at the line's end, bottom
 * @param bottomLeft  the corner at the line's start, bottom
 */
record Quad(Point topLeft, Point topRight, Point bottomRight, Point bottomLeft) {

    /** Four corners in any order, ordered as PaddleOCR orders them: the two leftmost are the left side, top one first. */
    static Quad of(Point[] corners) {
        Point[] byX = corners.clone();
        Arrays.sort(byX, Comparator.comparingDouble((Point p) -> p.x).thenComparingDouble(p -> p.y));
        Point tl = byX[0].y <= byX[1].y ? byX[0] : byX[1], bl = tl == byX[0] ? byX[1] : byX[0];
        Point tr = byX[2].y <= byX[3].y ? byX[2] : byX[3], br = tr == byX[2] ? byX[3] : byX[2];
        return new Quad(tl, tr, br, bl);
    }

    /** The corners scaled (x by {@code sx}, y by {@code sy}), rounded to whole pixels and kept within width × height. */
    Quad scaled(double sx, double sy, int width, int height) {
        return new Quad(scale(topLeft, sx, sy, width, height), scale(topRight, sx, sy, width, height),
                scale(bottomRight, sx, sy, width, height), scale(bottomLeft, sx, sy, width, height));
    }

    private static Point scale(Point p, double sx, double sy, int width, int height) {
        return new Point(Math.max(0, Math.min(width, Math.round(p.x * sx))), Math.max(0, Math.min(height, Math.round(p.y * sy))));
    }

    /** The length of the line (the longer of its top and bottom edges), pixels. */
    double length() {
        return Math.max(distance(topLeft, topRight), distance(bottomLeft, bottomRight));
    }

    /** The height of the line (the longer of its left and right edges), pixels. */
    double thickness() {
        return Math.max(distance(topLeft, bottomLeft), distance(topRight, bottomRight));
    }

    /** The smallest upright rectangle holding the corners. */
    Rectangle bounds() {
        double x0 = Math.min(Math.min(topLeft.x, topRight.x), Math.min(bottomLeft.x, bottomRight.x));
        double x1 = Math.max(Math.max(topLeft.x, topRight.x), Math.max(bottomLeft.x, bottomRight.x));
        double y0 = Math.min(Math.min(topLeft.y, topRight.y), Math.min(bottomLeft.y, bottomRight.y));
        double y1 = Math.max(Math.max(topLeft.y, topRight.y), Math.max(bottomLeft.y, bottomRight.y));
        int x = (int) Math.floor(x0), y = (int) Math.floor(y0);
        return new Rectangle(x, y, (int) Math.ceil(x1) - x, (int) Math.ceil(y1) - y);
    }

    /**
     * The line cut out of an image and turned upright (PaddleOCR's {@code get_rotate_crop_image}: a perspective warp
     * of the corners onto a length × thickness rectangle, the image's edge pixels repeated beyond it).
     */
    Mat crop(Mat image) {
        int w = Math.max(1, (int) length()), h = Math.max(1, (int) thickness());
        MatOfPoint2f from = new MatOfPoint2f(topLeft, topRight, bottomRight, bottomLeft);
        MatOfPoint2f to = new MatOfPoint2f(new Point(0, 0), new Point(w, 0), new Point(w, h), new Point(0, h));
        Mat transform = Imgproc.getPerspectiveTransform(from, to);
        Mat out = new Mat();
        try {
            Imgproc.warpPerspective(image, out, transform, new Size(w, h), Imgproc.INTER_CUBIC, Core.BORDER_REPLICATE);
            return out;
        } finally {
            from.release();
            to.release();
            transform.release();
        }
    }

    /** The image x of a point at {@code x} along the line's top edge in its upright crop (as {@link #crop} made it). */
    double imageX(double x) {
        double len = Math.max(1, (int) length());
        return topLeft.x + (topRight.x - topLeft.x) * x / len;
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x - b.x, a.y - b.y);
    }
}
