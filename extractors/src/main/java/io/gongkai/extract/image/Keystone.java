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
 * Measured as the skew of the ink in four bands of the table (the top and bottom thirds of the extent of the page's
 * long horizontal rules for the horizontal lines, its left and right thirds, transposed, for the vertical ones; the
 * page's thirds where it has no such rules), and undone by the homography that makes those four lines upright and
 * level. A scan lying flat on the glass measures the same angle in every band: it is left as it is.
 * Pure; the caller releases what it is given back.
 */
public final class Keystone {
    /**
     * Bands whose angles differ by less than this (degrees) are parallel: the angle search's step is 0.01°, but a
     * band's vertical lines (a table's few rules, its columns' edges) measured up to 0.25° off on flat scans.
     */
    static final double PARALLEL = 0.3;
    /**
     * Upright strokes a band needs, in band heights of them, for its vertical lines' angle to be measured: more than one
     * rule's. (Two had been asked for: a table whose side third holds its border and one column's edge, one of them
     * broken anywhere by a photo's light, fell short — a newcomer's photo of 上海市财政局25 p8 by 5 pixels of 2,376 — and
     * its keystone went unseen: the right columns' leaning rules fell apart, 127,886,849 and three more figures of each
     * row run together in one cell.)
     */
    static final double MIN_RULES = 1.5;
    /**
     * Top and bottom bands that differ by more than this (degrees) measured something else than one page's lines (a
     * photo of a photo); also how far their lines are looked for from level.
     */
    static final double MOST = 4.0;
    /**
     * The same for the left and right bands' upright lines, which a phone held over a sheet on a desk leans far more
     * than it tilts the rows (the sheet's far edge narrower: its sides converge): a newcomer's photo of a real budget
     * measured its left rules 4.9° and its right ones −3.3° (8.2° apart; its rows 0.2° apart), and left as it was, its
     * right border was found nowhere and every figure of the last column read wrong (`66.40..0`).
     */
    static final double MOST_UPRIGHT = 10.0;
    /** A table's rules standing less than this share of the page's height apart: its thirds are measured on the page's. */
    static final double TALLEST_SHARE = 0.15;

    private Keystone() {
    }

    /**
     * The four bands' angles, degrees: top and bottom (horizontal lines), left and right (vertical lines, x growing with
     * y; NaN where the band holds too few upright strokes to tell).
     */
    public record Angles(double top, double bottom, double left, double right, Rect within, int width) {
        /**
         * Whether the page's lines lean differently in different places, or its vertical lines are not square to its
         * horizontal ones (a photo taken from the side shears the page: no rotation puts both straight; a rotation by
         * θ leans horizontal lines θ and vertical ones −θ); else it lies flat, however turned.
         */
        public boolean keystoned() {
            if (Double.isNaN(left) || Double.isNaN(right)) return false; // without a table's rules at both sides: nothing to go by
            double across = Math.abs(top - bottom), along = Math.abs(left - right), shear = Math.abs((left + right) / 2 + (top + bottom) / 2);
            return Math.max(Math.max(across, along), shear) >= PARALLEL && across <= MOST && along <= MOST_UPRIGHT;
        }
    }

    /**
     * The angles of the page's lines in its four bands.
     *
     * @param rough a rough ink of the page, put straight ({@link PageCleaner#roughInk}), 255 = ink
     */
    public static Angles measure(Mat rough) {
        Angles within = measure(rough, extent(rough));
        // a table's bands that hold too few upright rules (its extent widened by a sheet's edges): the page's thirds
        if (Double.isNaN(within.left()) || Double.isNaN(within.right())) return measure(rough, new Rect(0, 0, rough.cols(), rough.rows()));
        return within;
    }

    private static Angles measure(Mat rough, Rect t) {
        int w = t.width, h = t.height;
        double top = band(rough, new Rect(t.x, t.y, w, h / 3), false);
        double bottom = band(rough, new Rect(t.x, t.y + h - h / 3, w, h / 3), false);
        double left = band(rough, new Rect(t.x, t.y, w / 3, h), true);
        double right = band(rough, new Rect(t.x + w - w / 3, t.y, w / 3, h), true);
        return new Angles(top, bottom, left, right, t, rough.cols());
    }

    /**
     * Where the page's table stands: the extent of its long horizontal rules (kept by an opening a thirtieth of the
     * page wide, which a rule leaning 1° still fits), grown by a fiftieth of the page; the whole page when they stand
     * less than {@link #TALLEST_SHARE} of it apart (no table, or a few rows, whose lines lean alike). A table in the top
     * third of a page (a wide 决算 table set small on a landscape sheet) has a blank band below it and, in the page's left
     * third, too few rules: measured on the page's thirds, its keystone went unseen (the seed's 7 pt 公开05表 with its
     * corners moved by ImageMagick: 188 of 399 cells suspect, against 87 photographed square; 87 with this). The
     * measured gain is on others' phone photos: the first newcomer's, 498 → 578 of 601 amounts.
     */
    static Rect extent(Mat rough) {
        int w = rough.cols(), h = rough.rows();
        Rect page = new Rect(0, 0, w, h);
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(Math.max(20, w / 30), 1));
        Mat rules = new Mat();
        Imgproc.morphologyEx(rough, rules, Imgproc.MORPH_OPEN, kernel);
        kernel.release();
        // the middle 98% of the rules' pixels, each way: a streak at the sheet's edge (a photo's shadow) is no table
        int[] ys = spread(rules, 1), xs = spread(rules, 0);
        rules.release();
        if (ys == null || xs == null) return page;
        Rect r = new Rect(xs[0], ys[0], xs[1] - xs[0] + 1, ys[1] - ys[0] + 1);
        if (r.height < h * TALLEST_SHARE) return page;
        // grown by a fiftieth of the page each way: the table's outer rules, and what the trimming cut, back in
        int growX = Math.max(4, w / 50), growY = Math.max(4, h / 50);
        int x0 = Math.max(0, r.x - growX), y0 = Math.max(0, r.y - growY);
        int x1 = Math.min(w, r.x + r.width + growX), y1 = Math.min(h, r.y + r.height + growY);
        return new Rect(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * The first and last row (dim 1) or column (dim 0) between which the middle 98% of the mask's pixels lie; null for
     * an empty mask.
     */
    private static int[] spread(Mat mask, int dim) {
        Mat sums = new Mat();
        Core.reduce(mask, sums, dim == 1 ? 1 : 0, Core.REDUCE_SUM, org.opencv.core.CvType.CV_64F);
        int n = (int) sums.total();
        double[] v = new double[n];
        sums.get(0, 0, v);
        sums.release();
        double total = 0;
        for (double x : v) total += x;
        if (total <= 0) return null;
        double acc = 0;
        int first = -1, last = n - 1;
        for (int i = 0; i < n; i++) {
            acc += v[i];
            if (first < 0 && acc >= 0.01 * total) first = i;
            if (acc >= 0.99 * total) { last = i; break; }
        }
        return new int[]{Math.max(0, first), last};
    }

    private static double band(Mat rough, Rect r, boolean vertical) {
        Mat part = rough.submat(r);
        if (!vertical) {
            double a = Skew.angle(part, MOST);
            part.release();
            return a;
        }
        // vertical lines: a page's text has few (its columns' edges are ragged), so only long upright strokes are
        // looked at — a table's rules, kept by an opening a fifth of an inch tall; too few of them, and the band says
        // nothing. A rule leaning more than a few degrees leaves no piece that tall: the band is looked at sheared
        // back by each of SHEARS in turn, as upright first, until one keeps enough strokes
        int tall = Math.max(9, Math.round(rough.rows() / 55f));
        double a = Double.NaN;
        for (double shear : SHEARS) {
            a = uprightLines(part, shear, tall, r.height);
            if (!Double.isNaN(a)) {
                a = Math.toDegrees(Math.atan(Math.tan(Math.toRadians(shear)) + Math.tan(Math.toRadians(a))));
                break;
            }
        }
        part.release();
        return a;
    }

    /**
     * Leans looked for, in turn, in a band's vertical lines (degrees; x growing with y): upright, then sheared back by
     * 6° and 12° either way, so that a line leaning up to 15° stands within 3° of upright in one of them. A phone held
     * far from square to a sheet leans a side's rules past 10° once the rows are put level (a newcomer's photo of
     * 上海市商务委员会25 p1 with its corners moved 8–10%: its left rules 10.3°, its right 7.6°; upright, no rule of either
     * side kept a piece a fifth of an inch tall, the keystone went unseen and the page gave no table).
     */
    private static final double[] SHEARS = {0, 6, -6, 12, -12};
    /** How far from upright a sheared band's lines are looked for (degrees): half the shears' step, and a margin. */
    private static final double SHEARED_WITHIN = 3.5;

    /**
     * The lean (degrees, x growing with y) of a band's long upright strokes once the band is sheared back by
     * {@code shear} degrees (a pixel at row y moved left by y·tan shear), or NaN when too few are kept.
     */
    private static double uprightLines(Mat part, double shear, int tall, int height) {
        Mat look = part;
        if (shear != 0) {
            double t = Math.tan(Math.toRadians(shear));
            Mat m = new Mat(2, 3, org.opencv.core.CvType.CV_64F);
            // x' = x − (y − h/2)·t: the band's middle row stays where it was
            m.put(0, 0, 1, -t, t * part.rows() / 2.0, 0, 1, 0);
            look = new Mat();
            Imgproc.warpAffine(part, look, m, part.size(), Imgproc.INTER_NEAREST, Core.BORDER_CONSTANT, new Scalar(0));
            m.release();
        }
        // a hairline leaning a little, at half the resolution, breaks where it steps a pixel sideways: gaps of a pixel
        // or two closed first (on the newcomer's photo above, the left third's rules kept 1,902 pixels of the 2,111
        // asked for, 3,572 with their gaps closed)
        Mat gaps = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(1, 3));
        Mat closed = new Mat();
        Imgproc.morphologyEx(look, closed, Imgproc.MORPH_CLOSE, gaps);
        gaps.release();
        if (look != part) look.release();
        Mat kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(1, tall));
        Mat lines = new Mat(), turned = new Mat();
        Imgproc.morphologyEx(closed, lines, Imgproc.MORPH_OPEN, kernel);
        kernel.release();
        closed.release();
        // a hairline is a pixel wide at half the resolution, and the angle search counts 2×2 blocks of ink.
        // Transposed, x = x0 + y·tan a reads as a row y' = x0 + x'·tan a
        Mat wider = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(3, 1));
        Imgproc.dilate(lines, lines, wider);
        wider.release();
        double a = Double.NaN;
        if (Core.countNonZero(lines) >= 3 * MIN_RULES * height) {
            Core.transpose(lines, turned);
            a = Skew.angle(turned, shear == 0 ? MOST_UPRIGHT : SHEARED_WITHIN);
        }
        lines.release();
        turned.release();
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
        return corrected(gray, rough, null);
    }

    /**
     * As {@link #corrected(Mat, Mat)}, with a mask of the same page ({@code alike}: 255 on what it marks) warped the same
     * way, in place (nearest pixel; 0 where nothing was). Null and {@code alike} untouched when the page has no keystone.
     */
    public static Mat corrected(Mat gray, Mat rough, Mat alike) {
        Angles a = measure(rough);
        if (!a.keystoned()) return null;
        Mat out = warped(gray, a, Imgproc.INTER_CUBIC, 255);
        if (alike != null) warpedInPlace(alike, a);
        // the bands' angles are their lines' average, not the lines through their centres: a second look mends the rest
        Mat again = PageCleaner.roughInk(out);
        Angles rest = measure(again);
        again.release();
        if (rest.keystoned()) {
            Mat better = warped(out, rest, Imgproc.INTER_CUBIC, 255);
            out.release();
            out = better;
            if (alike != null) warpedInPlace(alike, rest);
        }
        return out;
    }

    private static void warpedInPlace(Mat mask, Angles a) {
        Mat w = warped(mask, a, Imgproc.INTER_NEAREST, 0);
        w.copyTo(mask);
        w.release();
    }

    private static Mat warped(Mat gray, Angles a, int interpolation, int fill) {
        // the bands' centres, in the gray page's pixels (the rough ink is at half its resolution)
        double scale = (double) gray.cols() / a.width();
        double x0 = a.within().x * scale, y0 = a.within().y * scale, w = a.within().width * scale, h = a.within().height * scale;
        double yT = y0 + h / 6, yB = y0 + 5 * h / 6, xL = x0 + w / 6, xR = x0 + 5 * w / 6;
        double tt = Math.tan(Math.toRadians(a.top())), tb = Math.tan(Math.toRadians(a.bottom()));
        double tl = Math.tan(Math.toRadians(a.left())), tr = Math.tan(Math.toRadians(a.right()));
        // horizontal lines y = yc + (x − cx)·t, vertical lines x = xc + (y − cy)·t, through the table's centre
        double cx = x0 + w / 2, cy = y0 + h / 2;
        Point[] src = {meet(yT, tt, xL, tl, cx, cy), meet(yT, tt, xR, tr, cx, cy), meet(yB, tb, xL, tl, cx, cy), meet(yB, tb, xR, tr, cx, cy)};
        Point[] dst = {new Point(xL, yT), new Point(xR, yT), new Point(xL, yB), new Point(xR, yB)};
        MatOfPoint2f s = new MatOfPoint2f(src), d = new MatOfPoint2f(dst);
        Mat m = Imgproc.getPerspectiveTransform(s, d);
        Mat out = new Mat();
        Imgproc.warpPerspective(gray, out, m, gray.size(), interpolation, Core.BORDER_CONSTANT, new Scalar(fill));
        s.release();
        d.release();
        m.release();
        return out;
    }

    /** Where the horizontal line through (cx, yc) of slope th meets the vertical line through (xc, cy) of slope tv. */
    private static Point meet(double yc, double th, double xc, double tv, double cx, double cy) {
        // y = yc + (x − cx)·th ; x = xc + (y − cy)·tv
        double x = (xc + (yc - cx * th - cy) * tv) / (1 - th * tv);
        double y = yc + (x - cx) * th;
        return new Point(x, y);
    }
}
