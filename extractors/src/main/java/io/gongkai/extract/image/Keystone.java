package io.gongkai.extract.image;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * A page photographed not quite square to the sheet (keystone): its straight lines are no longer parallel — the
 * table's rules lean one way at the left and the other at the right, and its rows climb at the top and fall at the
 * bottom — so that no one rotation puts them straight, and rules broken into slanted pieces fall apart as a grid.
 * Measured as the skew of the ink in four bands of the page (its top and bottom thirds for the horizontal lines, its
 * left and right thirds, transposed, for the vertical ones), and undone by the homography that makes those four lines
 * upright and level. A scan lying flat on the glass measures the same angle in every band: it is left as it is.
 * Pure; the caller releases what it is given back.
 */
public final class Keystone {
    /**
     * Bands whose angles differ by less than this (degrees) are parallel: the angle search's step is 0.01°, but a
     * band's vertical lines (a table's few rules, its columns' edges) measured up to 0.25° off on flat scans.
     */
    static final double PARALLEL = 0.3;
    /** Upright strokes a band needs, in band heights of them, for its vertical lines' angle to be measured. */
    static final double MIN_RULES = 2.0;
    /** Bands that differ by more than this (degrees) measured something else than one page's lines (a photo of a photo). */
    static final double MOST = 4.0;

    private Keystone() {
    }

    /**
     * The four bands' angles, degrees: top and bottom (horizontal lines), left and right (vertical lines, x growing with
     * y; NaN where the band holds too few upright strokes to tell).
     */
    public record Angles(double top, double bottom, double left, double right) {
        /**
         * Whether the page's lines lean differently in different places, or its vertical lines are not square to its
         * horizontal ones (a photo taken from the side shears the page: no rotation puts both straight; a rotation by
         * θ leans horizontal lines θ and vertical ones −θ); else it lies flat, however turned.
         */
        public boolean keystoned() {
            if (Double.isNaN(left) || Double.isNaN(right)) return false; // without a table's rules at both sides: nothing to go by
            double across = Math.abs(top - bottom), along = Math.abs(left - right), shear = Math.abs((left + right) / 2 + (top + bottom) / 2);
            return Math.max(Math.max(across, along), shear) >= PARALLEL && across <= MOST && along <= MOST;
        }
    }

    /**
     * The angles of the page's lines in its four bands.
     *
     * @param rough a rough ink of the page, put straight ({@link PageCleaner#roughInk}), 255 = ink
     */
    public static Angles measure(Mat rough) {
        int w = rough.cols(), h = rough.rows();
        double top = band(rough, new Rect(0, 0, w, h / 3), false);
        double bottom = band(rough, new Rect(0, h - h / 3, w, h / 3), false);
        double left = band(rough, new Rect(0, 0, w / 3, h), true);
        double right = band(rough, new Rect(w - w / 3, 0, w / 3, h), true);
        return new Angles(top, bottom, left, right);
    }

    private static double band(Mat rough, Rect r, boolean vertical) {
        Mat part = rough.submat(r);
        if (!vertical) {
            double a = Skew.angle(part, MOST);
            part.release();
            return a;
        }
        // vertical lines: a page's text has few (its columns' edges are ragged), so only long upright strokes are
        // looked at — a table's rules, kept by an opening a fifth of an inch tall (a rule leaning 4° still fits it);
        // too few of them, and the band says nothing. Transposed, x = x0 + y·tan a reads as a row y' = x0 + x'·tan a
        int tall = Math.max(9, Math.round(rough.rows() / 55f));
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(1, tall));
        Mat lines = new Mat(), look = new Mat();
        Imgproc.morphologyEx(part, lines, Imgproc.MORPH_OPEN, kernel);
        kernel.release();
        // a hairline is a pixel wide at half the resolution, and the angle search counts 2×2 blocks of ink
        Mat wider = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(3, 1));
        Imgproc.dilate(lines, lines, wider);
        wider.release();
        part.release();
        double a = Double.NaN;
        if (Core.countNonZero(lines) >= 3 * MIN_RULES * r.height) {
            Core.transpose(lines, look);
            a = Skew.angle(look, MOST);
        }
        lines.release();
        look.release();
        return a;
    }

    /**
     * The page with its keystone undone, or null when it has none ({@link Angles#keystoned}). The lines through the
     * centres of the four bands at their measured angles meet in a quadrilateral, which is mapped to the rectangle of
     * the same bands' centres (bicubic; white where nothing was).
     *
     * @param gray  the page, put straight, 8-bit gray
     * @param rough its rough ink ({@link PageCleaner#roughInk}: half the resolution)
     */
    public static Mat corrected(Mat gray, Mat rough) {
        Angles a = measure(rough);
        if (!a.keystoned()) return null;
        Mat out = warped(gray, a);
        // the bands' angles are their lines' average, not the lines through their centres: a second look mends the rest
        Mat again = PageCleaner.roughInk(out);
        Angles rest = measure(again);
        again.release();
        if (rest.keystoned()) {
            Mat better = warped(out, rest);
            out.release();
            out = better;
        }
        return out;
    }

    private static Mat warped(Mat gray, Angles a) {
        double w = gray.cols(), h = gray.rows();
        double yT = h / 6, yB = 5 * h / 6, xL = w / 6, xR = 5 * w / 6;
        double tt = Math.tan(Math.toRadians(a.top())), tb = Math.tan(Math.toRadians(a.bottom()));
        double tl = Math.tan(Math.toRadians(a.left())), tr = Math.tan(Math.toRadians(a.right()));
        // horizontal lines y = yc + (x − w/2)·t, vertical lines x = xc + (y − h/2)·t
        Point[] src = {meet(yT, tt, xL, tl, w, h), meet(yT, tt, xR, tr, w, h), meet(yB, tb, xL, tl, w, h), meet(yB, tb, xR, tr, w, h)};
        Point[] dst = {new Point(xL, yT), new Point(xR, yT), new Point(xL, yB), new Point(xR, yB)};
        MatOfPoint2f s = new MatOfPoint2f(src), d = new MatOfPoint2f(dst);
        Mat m = Imgproc.getPerspectiveTransform(s, d);
        Mat out = new Mat();
        Imgproc.warpPerspective(gray, out, m, gray.size(), Imgproc.INTER_CUBIC, Core.BORDER_CONSTANT, new Scalar(255));
        s.release();
        d.release();
        m.release();
        return out;
    }

    /** Where the horizontal line through (w/2, yc) of slope th meets the vertical line through (xc, h/2) of slope tv. */
    private static Point meet(double yc, double th, double xc, double tv, double w, double h) {
        // y = yc + (x − w/2)·th ; x = xc + (y − h/2)·tv
        double x = (xc + (yc - w / 2 * th - h / 2) * tv) / (1 - th * tv);
        double y = yc + (x - w / 2) * th;
        return new Point(x, y);
    }
}
