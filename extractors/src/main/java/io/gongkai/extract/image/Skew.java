package io.gongkai.extract.image;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.List;


/**
 * The skew of a scanned page (within ±5°) from its horizontal projection profile: turned right, ruling lines and text
 * lines pile up on few pixel rows, so the sum of squared row counts peaks at the true angle. It needs no ruling lines
 * (unruled pages, broken rules) and no text detection.
 */
public final class Skew {
    /** The largest skew looked for, degrees: a page fed crooked through a sheet feeder or laid on the glass by hand. */
    private static final double MAX = 10.0;

    private Skew() {
    }

    /**
     * The angle in degrees (clockwise positive in image coordinates) by which the page content is turned.
     *
     * @param ink 255 where ink
     */
    public static double angle(Mat ink) {
        return angle(ink, MAX);
    }

    /**
     * The angle in degrees (clockwise positive in image coordinates) by which the content is turned, looked for within
     * ±{@code max} degrees.
     *
     * @param ink 255 where ink
     */
    public static double angle(Mat ink, double max) {
        return angle(ink, max, MANY);
    }

    /** As {@link #angle(Mat, double)}, the coarse search thinned from {@code many} stroke pixels (tests compare). */
    static double angle(Mat ink, double max, int many) {
        int h = ink.rows(), w = ink.cols();
        byte[] px = new byte[w * h];
        Mat m = ink.isContinuous() ? ink : ink.clone();
        m.get(0, 0, px);
        if (m != ink) m.release();
        // about 2,000,000 pixels looked at (a rough half-resolution ink is looked at whole)
        int step = Math.max(1, (int) Math.sqrt((double) w * h / 2_000_000));
        int[] xs = new int[64], ys = new int[64];
        int n = 0;
        // stroke pixels only (a 2×2 block of ink): lone specks of noise would favour 0°
        for (int y = 0; y + 1 < h; y += step) {
            int row = y * w, next = row + w;
            for (int x = 0; x + 1 < w; x += step) {
                if (px[row + x] != 0 && px[row + x + 1] != 0 && px[next + x] != 0 && px[next + x + 1] != 0) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, 2 * n);
                        ys = java.util.Arrays.copyOf(ys, 2 * n);
                    }
                    xs[n] = x;
                    ys[n++] = y;
                }
            }
        }
        if (n == 0) return 0;
        // the peak is narrow (about a tenth of a degree wide on a full page, thin rules dominating), and the pixel grid
        // itself makes a false one at exactly 0°: a coarse step of 0.05° finds the true one, then 0.01°
        double best = coarse(xs, ys, n, max, h, many), bestScore = score(xs, ys, 1, n, best, h);
        for (double a = best - COARSE; a <= best + COARSE + 1e-9; a += COARSE / 5) {
            double score = score(xs, ys, 1, n, a, h);
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    /** The coarse search's step, degrees. */
    private static final double COARSE = 0.05;
    /** Stroke pixels from which the coarse search first looks at every {@link #THINNED}th only. */
    private static final int MANY = 40_000;
    private static final int THINNED = 4;
    /** The coarse peaks of the thinned pixels looked at again with all of them. */
    private static final int PEAKS = 5;

    /**
     * The angle on the coarse grid (multiples of {@link #COARSE} from −max to max) whose profile, all pixels counted,
     * peaks highest. With many pixels it is looked for among the highest local peaks of every fourth pixel's profile,
     * each then scored with all pixels: the same angle as scoring every angle with all pixels wherever the true peak
     * is among those (a quarter of a page's strokes pile up where all do), at a third of the cost. The search for the
     * angle of a page and of its four edge bands was a fifth of the Java time of reading a scan (JFR).
     */
    private static double coarse(int[] xs, int[] ys, int n, double max, int h, int many) {
        int steps = (int) Math.floor(2 * max / COARSE + 1e-9) + 1;
        double[] angle = new double[steps];
        for (int k = 0; k < steps; k++) angle[k] = -max + k * COARSE;
        if (n < many) return highest(xs, ys, n, angle, h);
        double[] thin = new double[steps];
        for (int k = 0; k < steps; k++) thin[k] = score(xs, ys, THINNED, n, angle[k], h);
        // the highest local peaks (a plateau's first angle), in the order of their angles
        List<Integer> peaks = new ArrayList<>();
        for (int k = 0; k < steps; k++) {
            if ((k == 0 || thin[k] > thin[k - 1]) && (k + 1 == steps || thin[k] >= thin[k + 1])) peaks.add(k);
        }
        peaks.sort((a, b) -> Double.compare(thin[b], thin[a]));
        List<Integer> top = new ArrayList<>(peaks.subList(0, Math.min(PEAKS, peaks.size())));
        java.util.Collections.sort(top);
        double[] candidates = new double[top.size()];
        for (int i = 0; i < candidates.length; i++) candidates[i] = angle[top.get(i)];
        return highest(xs, ys, n, candidates, h);
    }

    /** Of {@code angles}, the first whose profile over all pixels scores highest. */
    private static double highest(int[] xs, int[] ys, int n, double[] angles, int h) {
        double best = 0, bestScore = -1;
        for (double a : angles) {
            double score = score(xs, ys, 1, n, a, h);
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    /** The sum of squared row counts of every {@code every}th pixel's profile at {@code degrees}. */
    private static double score(int[] xs, int[] ys, int every, int n, double degrees, int h) {
        double t = Math.tan(Math.toRadians(degrees));
        int pad = (int) (Math.abs(t) * 20000) + 2;
        long[] rows = new long[h + 2 * pad];
        for (int i = 0; i < n; i += every) {
            int y = (int) Math.floor(ys[i] - xs[i] * t + 0.5) + pad; // Math.round's rounding, without its cost
            if (y >= 0 && y < rows.length) rows[y]++;
        }
        double s = 0;
        for (long r : rows) s += (double) r * r;
        return s;
    }

    /**
     * The image turned by {@code degrees} about its centre (bicubic), {@code fill} where nothing was.
     *
     * @param fill 255 for a gray page (white paper), 0 for an ink mask
     */
    public static Mat rotate(Mat src, double degrees, int fill) {
        Mat rot = Imgproc.getRotationMatrix2D(new Point(src.cols() / 2.0, src.rows() / 2.0), -degrees, 1.0);
        Mat out = new Mat();
        Imgproc.warpAffine(src, out, rot, src.size(), Imgproc.INTER_CUBIC, Core.BORDER_CONSTANT, new Scalar(fill));
        rot.release();
        return out;
    }

    /** The image turned a quarter (clockwise or not) or half a turn: {@code quarters} 1, 2 or 3, clockwise. */
    public static Mat turn(Mat src, int quarters) {
        Mat out = new Mat();
        int code = switch (((quarters % 4) + 4) % 4) {
            case 1 -> Core.ROTATE_90_CLOCKWISE;
            case 2 -> Core.ROTATE_180;
            case 3 -> Core.ROTATE_90_COUNTERCLOCKWISE;
            default -> -1;
        };
        if (code < 0) src.copyTo(out);
        else Core.rotate(src, out, code);
        return out;
    }

    /**
     * Row-profile peakiness over column-profile peakiness of the ink, each per pixel of profile length: Chinese text
     * set in horizontal lines piles its ink on few pixel rows, so an upright page measures 1.4 and more, a page
     * scanned sideways well under 1.
     *
     * @param text the page's ink, 255 = ink (the scanner passes it with its ruling lines: a grid of many upright rules
     *             lowers the ratio, and the text detector's {@code LineDirection} then has the last word)
     */
    public static double rowsOverColumns(Mat text) {
        Mat rows = new Mat(), cols = new Mat();
        Core.reduce(text, rows, 1, Core.REDUCE_SUM, org.opencv.core.CvType.CV_64F);
        Core.reduce(text, cols, 0, Core.REDUCE_SUM, org.opencv.core.CvType.CV_64F);
        double sr = rows.dot(rows) / Math.max(1, text.rows()), sc = cols.dot(cols) / Math.max(1, text.cols());
        rows.release();
        cols.release();
        return sc == 0 ? 1 : sr / sc;
    }
}
