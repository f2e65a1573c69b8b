package io.gongkai.extract.image;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * A page exposed twice over itself, the second copy a few pixels off the first (a sheet that slipped on a copier's
 * glass between two passes, two scans composited): every stroke stands twice, as dark, and OCR reads neither copy (a
 * newcomer's double exposure of real budgets, 9 pixels right and 6 down at 200 dpi: 161 of 169 amounts lost). Its
 * text ink overlaps itself moved by that offset far more than by any offset near it; a page printed once overlaps
 * itself most where it is moved least (a stroke is a few pixels thick), and less the further it is moved.
 *
 * <p>Undone on the gray page: a copy darkens, so each pixel is at most as light as the first exposure there, and as
 * the pixel the offset further on (whose second exposure it is); the lighter of the two is the first exposure wherever
 * one of them saw paper on the other copy — everywhere but between two strokes exactly twice the offset apart.
 * Pure; thread-safe.
 */
public final class DoubleExposure {
    /** Farthest offset looked for, inches (0.08: 16 pixels at 200 dpi). */
    static final double MOST = 0.08;
    /** Share of the text ink the page overlaps itself by at the offset, at least (measured: double exposures 0.56, pages printed once at most 0.25). */
    static final double OVERLAP = 0.4;
    /** How far the overlap at the offset stands above its neighbours' (measured: double exposures 1.2; a faint ghost 1.06). */
    static final double PEAK = 1.15;
    /**
     * Above this share of the overlap at the offset, the overlap at twice the offset says a lattice, not a second
     * copy: a 1-bit scan of a page printed on a light gray screen (ImageMagick's {@code -ordered-dither h6x6a} at
     * 200 dpi) overlaps itself at (3, 3) and (6, 6) alike, and was taken for a double exposure, every stroke erased
     * with its dots (no table found); a double exposure overlaps itself at twice its offset where the page printed
     * once does at its offset (measured: at most 0.25 of it, against 0.56 at the offset).
     */
    static final double PERIODIC = 0.6;
    /** Side of the middle of the page looked at, inches. */
    private static final double LOOK = 3.0;

    private DoubleExposure() {
    }

    /**
     * The offset of the second exposure, pixels (x right, y down; y > 0), or null when the page was exposed once.
     * Offsets along a row or a column (|x| or |y| under 2) are not looked at: a stroke overlaps itself along its length.
     *
     * @param flat the flattened gray page (paper 255)
     * @param dpi  its resolution
     */
    public static Point offset(Mat flat, float dpi) {
        int most = Math.max(4, (int) Math.round(MOST * dpi));
        int side = (int) Math.min(Math.min(flat.cols(), flat.rows()) - 2 * most - 2, Math.round(LOOK * dpi));
        if (side < 8 * most) return null;
        int x0 = (flat.cols() - side) / 2, y0 = (flat.rows() - side) / 2;
        Mat region = flat.submat(new Rect(x0 - most, y0 - most, side + 2 * most, side + 2 * most));
        Mat ink = new Mat(), rules = new Mat(), text = new Mat(), t32 = new Mat(), i32 = new Mat(), surface = new Mat();
        try {
            Imgproc.threshold(region, ink, 128, 1, Imgproc.THRESH_BINARY_INV);
            // a rule overlaps itself along its length however far it is moved: only the text ink counts
            int rule = Math.max(20, (int) Math.round(dpi * 0.3));
            Mat h = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(rule, 1));
            Mat v = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(1, rule));
            Mat vertical = new Mat();
            Imgproc.morphologyEx(ink, rules, Imgproc.MORPH_OPEN, h);
            Imgproc.morphologyEx(ink, vertical, Imgproc.MORPH_OPEN, v);
            Core.bitwise_or(rules, vertical, rules);
            Mat halo = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new org.opencv.core.Size(5, 5));
            Imgproc.dilate(rules, rules, halo);
            Core.subtract(ink, rules, text);
            for (Mat m : new Mat[]{h, v, vertical, halo}) m.release();
            text.convertTo(i32, CvType.CV_32F);
            Mat middle = i32.submat(new Rect(most, most, side, side));
            middle.copyTo(t32);
            middle.release();
            double n = Core.sumElems(t32).val[0];
            if (n < side) return null; // next to no text
            Imgproc.matchTemplate(i32, t32, surface, Imgproc.TM_CCORR);
            int size = 2 * most + 1;
            float[] r = new float[size * size];
            surface.get(0, 0, r);
            // r[(most + dy) * size + most + dx]: the text overlapping itself moved by (dx, dy), as a share of it
            Point best = null;
            double bestShare = 0;
            for (int dy = 2; dy <= most; dy++) {
                for (int dx = -most; dx <= most; dx++) {
                    if (Math.abs(dx) < 2) continue;
                    double share = r[(most + dy) * size + most + dx] / n;
                    if (share > bestShare) {
                        bestShare = share;
                        best = new Point(dx, dy);
                    }
                }
            }
            if (best == null || bestShare < OVERLAP) return null;
            int bx = (int) best.x, by = (int) best.y;
            // a peak of its own: not on the edge of the offsets looked at, and above each of its eight neighbours
            if (Math.abs(bx) == 2 || by == 2 || Math.abs(bx) == most || by == most) return null;
            double around = 0;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    if (dx != 0 || dy != 0) around = Math.max(around, r[(most + by + dy) * size + most + bx + dx] / n);
                }
            }
            if (bestShare < PEAK * around) return null;
            // a second copy overlaps the page at its offset, not at twice it (only where two strokes stand that far
            // apart); a screen's lattice of dots overlaps itself at every multiple of its period
            return overlap(text, most, 2 * bx, 2 * by) < PERIODIC * bestShare ? best : null;
        } finally {
            for (Mat m : new Mat[]{region, ink, rules, text, t32, i32, surface}) m.release();
        }
    }

    /**
     * The share of the text ink in the middle of {@code text} (a 0/1 mask, the middle inset by {@code inset} pixels
     * each side) overlapping the text moved by ({@code dx}, {@code dy}), over the text pixels whose moved place lies
     * inside the mask.
     */
    private static double overlap(Mat text, int inset, int dx, int dy) {
        int w = text.cols(), h = text.rows();
        byte[] px = new byte[w * h];
        Mat continuous = text.isContinuous() ? text : text.clone();
        continuous.get(0, 0, px);
        if (continuous != text) continuous.release();
        long seen = 0, both = 0;
        for (int y = inset; y < h - inset; y++) {
            int ty = y + dy;
            if (ty < 0 || ty >= h) continue;
            for (int x = inset; x < w - inset; x++) {
                int tx = x + dx;
                if (px[y * w + x] == 0 || tx < 0 || tx >= w) continue;
                seen++;
                if (px[ty * w + tx] != 0) both++;
            }
        }
        return seen == 0 ? 0 : (double) both / seen;
    }

    /**
     * The page with its second exposure taken out: each pixel the lighter of itself and the pixel {@code offset} further
     * on. A new matrix.
     */
    public static Mat undone(Mat flat, Point offset) {
        Mat m = new Mat(2, 3, CvType.CV_64F);
        m.put(0, 0, 1, 0, -offset.x, 0, 1, -offset.y);
        Mat moved = new Mat(), out = new Mat();
        Imgproc.warpAffine(flat, moved, m, flat.size(), Imgproc.INTER_NEAREST, Core.BORDER_CONSTANT, new Scalar(255));
        Core.max(flat, moved, out);
        m.release();
        moved.release();
        return out;
    }
}
