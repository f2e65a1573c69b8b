package io.gongkai.extract.image;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.List;

/**
 * A seal's rings on a page that has no colour to tell them by: a sealed page copied or scanned in gray or in black and
 * white, where the seal's ring is as dark as the print it crosses. An official seal (公章) is a ring 38–60 mm across
 * (国务院关于国家行政机关和企业事业单位社会团体印章管理的规定, 1999: 4.2 cm for a county's organs and most units, 4.5–6 cm
 * above); a ring is found where a circle that size is inked along {@link #ROUND} of its length, which no table's rules or
 * text are. Only a ring that hides the print under it ({@link #SEEN_THROUGH}: none of the print darker than the ring
 * shows in its stroke) is returned: a translucent seal's ring is lighter than the print seen through it, and the
 * readers read through it as they are.
 */
public final class SealRings {
    /** The least and the greatest diameter of a seal's outer ring, millimetres (a 38 mm seal printed a little small, a 60 mm one). */
    static final double LEAST_MM = 30, MOST_MM = 62;
    /** The share of a circle's length that is inked for it to be a ring (a ring crossed by paper-white gaps still is). */
    static final double ROUND = 0.85;
    /** Darker than this (of 255) is ink. */
    static final int INK = 160;
    /** How much darker (of 255) than the mean of the quarter inch around it a pixel is to be ink. */
    static final int CONTRAST = 30;
    /** The widest stroke of a ring, millimetres (a seal's outer ring is 1–1.5 mm): a wider band inked all round is a fill. */
    static final double STROKE_MM = 2.5;
    /** How much darker than the ring (of 255) a pixel in its stroke is print seen through it. */
    static final int THROUGH = 40;
    /** Below this share of a ring's stroke seen through ({@link #THROUGH}) the ring hides the print: it is opaque. */
    static final double SEEN_THROUGH = 0.01;
    /** The resolution circles are looked for at, pixels per inch (a 40 mm ring is 79 pixels across). */
    static final double LOOKED_AT = 50;
    /** The resolution rules are taken out at before circles are looked for, pixels per inch. */
    static final double RULED_AT = 100;
    /** How much darker than paper (of 255) a pixel of the page looked at ({@link #LOOKED_AT}) is to hold ink: a 0.8 mm ring there is a pixel and a half, gray. */
    static final int LOOKED_AT_INK = 40;
    /** The least length of a rule, inches: straight runs this long are taken out before circles are looked for. */
    static final double RULE = 0.3;
    /** OpenCV's accumulator threshold for a circle's centre at {@link #LOOKED_AT} (low: every circle found is checked). */
    static final int VOTES = 20;
    /**
     * How far (a share of its radius) a ring's radius may lie from the circle found at {@link #LOOKED_AT}: Hough puts a
     * circle between a seal's two rings as often as on either (r 144 for rings of 126 and 157 pixels).
     */
    static final double NEAR = 0.15;
    /**
     * How far from where it was found at {@link #LOOKED_AT} a ring's centre may lie, inches (Hough's centre there was
     * 14 pixels at 200 dpi off a ring half hidden by a table's rules).
     */
    static final double REACH = 0.1;
    /** The most circles looked at closely on a page. */
    static final int CANDIDATES = 16;

    private SealRings() {
    }

    /**
     * The ink of the opaque seal rings on a gray page.
     *
     * @param gray 8-bit gray page (paper light)
     * @param dpi  its resolution, pixels per inch
     * @return 255 on the rings' ink (8-bit, the page's size), or null when the page has no opaque ring
     */
    public static Mat opaque(Mat gray, float dpi) {
        double scale = Math.min(1, LOOKED_AT / dpi);
        double leastR = LEAST_MM / 2 / 25.4 * dpi, mostR = MOST_MM / 2 / 25.4 * dpi;
        if (Math.min(gray.cols(), gray.rows()) < 2 * leastR) return null;
        // circles are looked for at a lower resolution ({@link #RULED_AT}), without the rules: a table's grid draws more
        // circles through its crossings than a ring does (on a ruled page the ring was not among the first 20 found;
        // without the rules it is the first)
        double mid = Math.min(1, RULED_AT / dpi);
        Mat half = new Mat();
        Imgproc.resize(gray, half, new Size(), mid, mid, Imgproc.INTER_AREA);
        Mat unruled = ink(half, (float) (dpi * mid)), small = new Mat(), circles = new Mat();
        half.release();
        Mat inkHalf = unruled.clone();
        int rule = (int) Math.round(RULE * dpi * mid);
        for (Size along : List.of(new Size(rule, 1), new Size(1, rule))) {
            Mat lines = new Mat(), kernel = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, along);
            Imgproc.morphologyEx(inkHalf, lines, Imgproc.MORPH_OPEN, kernel);
            Core.subtract(unruled, lines, unruled);
            lines.release();
            kernel.release();
        }
        inkHalf.release();
        Core.bitwise_not(unruled, unruled);
        Imgproc.resize(unruled, small, new Size(), scale / mid, scale / mid, Imgproc.INTER_AREA);
        unruled.release();
        Imgproc.HoughCircles(small, circles, Imgproc.HOUGH_GRADIENT, 1, leastR * scale, 100, VOTES,
                (int) Math.floor(leastR * scale), (int) Math.ceil(mostR * scale));
        // a first look at each circle where it was found, at that resolution: its ink, a pixel either way, along
        // ROUND of its length (the matrix's rings: 0.96-1.00; circles through text and grid: 0.77 at most, on the
        // seeds' dense 7 pt tables); the page at full resolution is looked at only for these
        int sw = small.cols(), sh = small.rows();
        byte[] smallInk = null;
        List<float[]> likely = new ArrayList<>();
        float[] c = new float[3];
        for (int i = 0; i < Math.min(CANDIDATES, circles.cols()); i++) {
            circles.get(0, i, c);
            if (smallInk == null) {
                Mat t = new Mat(), k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3));
                Imgproc.threshold(small, t, 255 - LOOKED_AT_INK, 255, Imgproc.THRESH_BINARY_INV);
                Imgproc.dilate(t, t, k);
                smallInk = new byte[sw * sh];
                t.get(0, 0, smallInk);
                t.release();
                k.release();
            }
            double rough = 0;
            for (int d = -1; d <= 1; d++) rough = Math.max(rough, inked(smallInk, sw, sh, c[0], c[1], c[2] + d));
            if (rough >= ROUND) likely.add(c.clone());
        }
        small.release();
        circles.release();
        if (likely.isEmpty()) return null;
        Mat inkMat = ink(gray, dpi);
        int w = gray.cols(), h = gray.rows();
        byte[] g = new byte[w * h];
        gray.get(0, 0, g);
        Mat near = new Mat(), k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(3, 3));
        Imgproc.dilate(inkMat, near, k);
        k.release();
        byte[] ink = new byte[w * h], inkNear = new byte[w * h];
        inkMat.get(0, 0, ink);
        near.get(0, 0, inkNear);
        inkMat.release();
        near.release();
        Mat mask = null;
        List<double[]> found = new ArrayList<>();
        for (float[] l : likely) {
            double cx = l[0] / scale, cy = l[1] / scale, r = l[2] / scale;
            if (found.stream().anyMatch(f -> Math.hypot(f[0] - cx, f[1] - cy) < leastR / 2)) continue;
            double[] ring = ring(inkNear, w, h, cx, cy, r, (int) Math.ceil(REACH * dpi));
            if (ring == null) continue;
            found.add(ring);
            // every ring about that centre, a seal's inner ring and its outer one whichever was found
            List<int[]> bands = bands(inkNear, w, h, ring[0], ring[1], leastR * 0.5, mostR * 1.05);
            double widest = STROKE_MM / 25.4 * dpi + 2;
            if (bands.stream().anyMatch(b -> b[1] - b[0] + 1 > widest)) continue;
            if (bands.isEmpty() || !hides(g, ink, w, h, ring[0], ring[1], bands)) continue;
            if (mask == null) mask = Mat.zeros(h, w, CvType.CV_8U);
            paint(mask, w, h, ring[0], ring[1], bands);
        }
        return mask;
    }

    /**
     * Ink against the paper around it (a window a quarter inch across) and darker than {@link #INK}, not a fixed level
     * alone: under uneven light a page's dark side is all under any fixed level, and every circle there was "inked" all
     * round.
     *
     * @return 255 on ink (8-bit, the page's size)
     */
    private static Mat ink(Mat gray, float dpi) {
        Mat ink = new Mat(), dark = new Mat();
        Imgproc.adaptiveThreshold(gray, ink, 255, Imgproc.ADAPTIVE_THRESH_MEAN_C, Imgproc.THRESH_BINARY_INV,
                Math.max(3, (int) Math.round(dpi / 4) | 1), CONTRAST);
        Imgproc.threshold(gray, dark, INK, 255, Imgproc.THRESH_BINARY_INV);
        Core.bitwise_and(ink, dark, ink);
        dark.release();
        return ink;
    }

    /**
     * The circle best inked near a candidate: centre moved up to {@code reach} pixels, radius within {@link #NEAR} —
     * looked for two pixels apart, then a pixel apart about the best.
     *
     * @return {cx, cy, r} of a circle inked along {@link #ROUND} of its length, or null
     */
    private static double[] ring(byte[] ink, int w, int h, double cx, double cy, double r, int reach) {
        double[] coarse = best(ink, w, h, (int) Math.round(cx), (int) Math.round(cy), reach,
                (int) Math.floor(r * (1 - NEAR)), (int) Math.ceil(r * (1 + NEAR)), 2);
        double[] fine = best(ink, w, h, (int) coarse[0], (int) coarse[1], 2, (int) coarse[2] - 2, (int) coarse[2] + 2, 1);
        return fine[3] >= ROUND ? new double[]{fine[0], fine[1], fine[2]} : null;
    }

    /** {cx, cy, r, inked share} of the best inked circle over the centres and radii given, {@code step} pixels apart. */
    private static double[] best(byte[] ink, int w, int h, int cx, int cy, int reach, int lo, int hi, int step) {
        double[] at = {cx, cy, lo, 0};
        for (int rr = Math.max(1, lo); rr <= hi; rr += step) {
            int samples = Math.max(16, (int) Math.ceil(2 * Math.PI * rr));
            int[] ox = new int[samples], oy = new int[samples];
            for (int s = 0; s < samples; s++) {
                double a = 2 * Math.PI * s / samples;
                ox[s] = (int) Math.round(rr * Math.cos(a));
                oy[s] = (int) Math.round(rr * Math.sin(a));
            }
            for (int dy = -reach; dy <= reach; dy += step)
                for (int dx = -reach; dx <= reach; dx += step) {
                    int x0 = cx + dx, y0 = cy + dy, on = 0;
                    for (int s = 0; s < samples; s++) {
                        int x = x0 + ox[s], y = y0 + oy[s];
                        if (x >= 0 && y >= 0 && x < w && y < h && ink[y * w + x] != 0) on++;
                    }
                    double cov = (double) on / samples;
                    if (cov > at[3]) at = new double[]{x0, y0, rr, cov};
                }
        }
        return at;
    }

    /** The share of the circle's length (sampled a pixel apart) on ink; points off the page count as not inked. */
    private static double inked(byte[] ink, int w, int h, double cx, double cy, double r) {
        int samples = Math.max(16, (int) Math.ceil(2 * Math.PI * r)), on = 0;
        for (int s = 0; s < samples; s++) {
            double a = 2 * Math.PI * s / samples;
            int x = (int) Math.round(cx + r * Math.cos(a)), y = (int) Math.round(cy + r * Math.sin(a));
            if (x >= 0 && y >= 0 && x < w && y < h && ink[y * w + x] != 0) on++;
        }
        return (double) on / samples;
    }

    /** The runs of radii, from {@code from} to {@code to}, whose circles about the centre are inked ({@link #ROUND}): each ring's stroke. */
    private static List<int[]> bands(byte[] ink, int w, int h, double cx, double cy, double from, double to) {
        List<int[]> bands = new ArrayList<>();
        int start = -1;
        for (int r = (int) Math.floor(from); r <= (int) Math.ceil(to) + 1; r++) {
            boolean on = r <= to && inked(ink, w, h, cx, cy, r) >= ROUND;
            if (on && start < 0) start = r;
            if (!on && start >= 0) {
                bands.add(new int[]{start, r - 1});
                start = -1;
            }
        }
        return bands;
    }

    /**
     * Whether the rings hide the print: in their strokes' middles (a pixel in from each side), fewer than
     * {@link #SEEN_THROUGH} of the inked pixels are {@link #THROUGH} darker than the strokes' own (median) tone.
     */
    private static boolean hides(byte[] g, byte[] ink, int w, int h, double cx, double cy, List<int[]> bands) {
        int[] hist = new int[256];
        List<Integer> at = new ArrayList<>();
        each(w, h, cx, cy, bands, 1, i -> {
            if (ink[i] != 0) {
                hist[g[i] & 0xFF]++;
                at.add(i);
            }
        });
        if (at.isEmpty()) return false;
        int half = at.size() / 2, acc = 0, tone = 0;
        for (int v = 0; v < 256; v++) {
            acc += hist[v];
            if (acc > half) {
                tone = v;
                break;
            }
        }
        int seen = 0;
        for (int v = 0; v < tone - THROUGH; v++) seen += hist[v];
        return seen < SEEN_THROUGH * at.size();
    }

    /**
     * The ring strokes set to 255 in {@code mask}, with their soft edge: a pixel either side of the inked band (a
     * scan's blur leaves a ring's edge lighter than {@link #INK}, which made paper inside it stayed as two faint rings).
     */
    private static void paint(Mat mask, int w, int h, double cx, double cy, List<int[]> bands) {
        byte[] m = new byte[w * h];
        mask.get(0, 0, m);
        each(w, h, cx, cy, bands, -1, i -> m[i] = (byte) 255);
        mask.put(0, 0, m);
    }

    /** Each pixel index whose distance from the centre lies in a band, the band narrowed by {@code inset} pixels each side. */
    private static void each(int w, int h, double cx, double cy, List<int[]> bands, int inset, java.util.function.IntConsumer f) {
        int outer = bands.stream().mapToInt(b -> b[1]).max().orElse(0) + 2;
        int x0 = Math.max(0, (int) (cx - outer)), x1 = Math.min(w - 1, (int) (cx + outer));
        int y0 = Math.max(0, (int) (cy - outer)), y1 = Math.min(h - 1, (int) (cy + outer));
        for (int y = y0; y <= y1; y++)
            for (int x = x0; x <= x1; x++) {
                double d = Math.hypot(x - cx, y - cy);
                for (int[] b : bands)
                    if (d >= b[0] - 0.5 + inset && d <= b[1] + 0.5 - inset) {
                        f.accept(y * w + x);
                        break;
                    }
            }
    }
}
