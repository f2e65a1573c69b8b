package io.gongkai.extract.image;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.List;

/**
 * A light dot screen under the print — security or recycled paper's pattern, a coarse halftone of a shaded band — made
 * paper. Its dots are small, round and light (none darker than {@link #LIGHTEST_INK}), many, and regular: a page is
 * screened where such dots stand {@link #DENSITY} or more to the square inch and {@link #LEAST} or more in all, as far
 * apart from their nearest as one another ({@link #REGULAR}). Columns of dots a
 * few pixels apart read as rules once a broken rule's gaps are bridged: a newcomer's scans of budget tables on a
 * light-gray dot pattern (gray 78%, dots 4 px at 240 dpi, 8 px apart) had false column rules all over their tables,
 * which ran off the page's edges, and lost every amount of one. Print, even small (a decimal point, 、), is dark,
 * and a character's strokes join into larger shapes; a page without a screen is returned as it is. Pure.
 */
public final class DotScreen {
    /** A dot's darkest pixel is at least this light (the page flattened: paper 255); print is darker. */
    static final int LIGHTEST_INK = 150;
    /** Lighter than this a pixel is paper (JPEG's ringing around a dot stays under it). */
    static final int PAPER = 230;
    /** A dot is at most this wide and tall, inches (0.03 in: 7 px at 240 dpi). */
    static final double DOT = 0.03;
    /** Dots to the square inch over the page from which it is screened (the newcomer's pattern: about 900). */
    static final double DENSITY = 60;
    /** Dots in all from which a page is screened (a shaded header band of 1 × 9 in at 900 an inch: 8,100). */
    static final int LEAST = 2_000;

    /**
     * Of the dots, at least this share stand as far from their nearest dot as the median dot does, within a fifth: a
     * screen's dots stand on a lattice (the newcomer's: 0.99), a worn sensor's grain at random (the scan matrix's
     * noisy-300: light specks by the thousand, which made paper took strokes' frayed edges with them, 36 amounts lost).
     */
    static final double REGULAR = 0.7;

    private DotScreen() {
    }

    /** Whether the dots' distances to their nearest dot are alike ({@link #REGULAR}); {@code reach}: the farthest looked at, pixels. */
    private static boolean regular(boolean[] dot, Mat centroids, int reach) {
        int n = dot.length;
        double[] c = new double[2 * n];
        centroids.get(0, 0, c);
        java.util.Map<Long, List<Integer>> cells = new java.util.HashMap<>();
        for (int k = 1; k < n; k++) {
            if (!dot[k]) continue;
            cells.computeIfAbsent(key((int) (c[2 * k] / reach), (int) (c[2 * k + 1] / reach)), x -> new ArrayList<>()).add(k);
        }
        double[] nearest = new double[n];
        int m = 0;
        for (int k = 1; k < n; k++) {
            if (!dot[k]) continue;
            double x = c[2 * k], y = c[2 * k + 1], best = Double.MAX_VALUE;
            int cx = (int) (x / reach), cy = (int) (y / reach);
            for (int dx = -1; dx <= 1; dx++) for (int dy = -1; dy <= 1; dy++) {
                for (int o : cells.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                    if (o == k) continue;
                    double d = Math.hypot(c[2 * o] - x, c[2 * o + 1] - y);
                    if (d < best) best = d;
                }
            }
            if (best <= reach) nearest[m++] = best;
        }
        if (m == 0) return false;
        double[] d = java.util.Arrays.copyOf(nearest, m);
        java.util.Arrays.sort(d);
        double median = d[m / 2];
        int alike = 0;
        for (double v : d) if (Math.abs(v - median) <= 0.2 * median) alike++;
        return alike >= REGULAR * m;
    }

    private static long key(int x, int y) {
        return ((long) x << 32) ^ (y & 0xffffffffL);
    }

    /**
     * The page with its dot screen made paper, or the page itself when it has none.
     *
     * @param flat a flattened page ({@link PageCleaner#flatten}: 8-bit gray, paper 255)
     * @param dpi  its resolution
     * @return {@code flat} itself, or a new image (the caller releases {@code flat})
     */
    public static Mat removed(Mat flat, float dpi) {
        int w = flat.cols(), h = flat.rows();
        if (w == 0 || h == 0 || flat.type() != CvType.CV_8UC1) return flat;
        Mat marked = new Mat(), labels = new Mat(), stats = new Mat(), centroids = new Mat();
        try {
            Imgproc.threshold(flat, marked, PAPER, 255, Imgproc.THRESH_BINARY_INV);
            int n = Imgproc.connectedComponentsWithStats(marked, labels, stats, centroids, 8, CvType.CV_32S);
            if (n < LEAST) return flat;
            int most = Math.max(2, (int) Math.round(DOT * dpi));
            boolean[] dot = new boolean[n];
            int[] s = new int[5 * n];
            stats.get(0, 0, s);
            int shaped = 0;
            for (int k = 1; k < n; k++) {
                int bw = s[5 * k + 2], bh = s[5 * k + 3];
                dot[k] = bw <= most && bh <= most && bw >= 2 && bh >= 2 && Math.max(bw, bh) <= 2 * Math.min(bw, bh);
                if (dot[k]) shaped++;
            }
            // too few of a dot's shape: no screen, and no pixel looked at (a page's labels at 300 dpi are 35 MB)
            double squareInches = (double) w * h / ((double) dpi * dpi);
            if (shaped < LEAST || shaped < DENSITY * squareInches) return flat;
            byte[] px = new byte[w * h];
            int[] lab = new int[w * h];
            Mat continuous = flat.isContinuous() ? flat : flat.clone();
            continuous.get(0, 0, px);
            if (continuous != flat) continuous.release();
            labels.get(0, 0, lab);
            // a component with a pixel as dark as print is print
            for (int i = 0; i < px.length; i++) if (lab[i] > 0 && (px[i] & 0xff) < LIGHTEST_INK) dot[lab[i]] = false;
            int dots = 0;
            for (int k = 1; k < n; k++) if (dot[k]) dots++;
            if (dots < LEAST || dots < DENSITY * squareInches) return flat;
            if (!regular(dot, centroids, Math.max(4, 4 * most))) return flat;
            for (int i = 0; i < px.length; i++) if (lab[i] > 0 && dot[lab[i]]) px[i] = (byte) 255;
            Mat out = new Mat(h, w, CvType.CV_8UC1);
            out.put(0, 0, px);
            return out;
        } finally {
            marked.release();
            labels.release();
            stats.release();
            centroids.release();
        }
    }
}
