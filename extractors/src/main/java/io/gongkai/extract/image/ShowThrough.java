package io.gongkai.extract.image;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The print of the sheet's other side showing through thin paper (bleed-through), mirrored and blurred by the paper,
 * made paper where it is too dark for the ink threshold to leave out ({@link PageCleaner#PALE}). The marks the page's
 * local threshold finds (of 6 pixels or more) are judged by their darkest pixel: the page's own print is a dark
 * population of them (darker than 100 of 255: black type, the page flattened), the back's print a pale one, a deep
 * valley apart from it, at least {@link #LEAST} of the marks (at 200 dpi the print's thin strokes pale to 150, the back's
 * print 150–220, the valley between them at 140–150 all but empty). A
 * newcomer's thin paper (the back's black showing at 28 %: its print 180–210 of 255, the page's own 0–50) had the back's
 * words detected and read as the page's, its rules drawn into the table (columns headed by mirrored words, the
 * department's name misread: 0 of 24 amounts; 11 since, its rules crossing the page's partly left). Faded print (a
 * toner-saving copy's, darkest 130–160) is one population, and a page without a pale population is returned as it
 * is; so is a band of pale print (a copier's toner dropout: {@link #SPREAD}). A mark clearly darker than the back's
 * print is the page's, whole (its thin strokes as pale as the back's print). Pure.
 */
public final class ShowThrough {
    /** Width of a bin of the histogram of marks' darkest pixels, gray levels. */
    private static final int LEVELS = 10;
    /** The valley between the page's print and what shows through holds at most this share of the pale population's peak. */
    static final double VALLEY = 0.05;
    /** What shows through is paler than this at its darkest (gray, of 255): print in gray (50 %: 128) is the page's. */
    static final int PALEST_PRINT = 150;
    /** Share of the marks that are the page's dark print, and that show through from the back, at least, for them to be taken out. */
    static final double LEAST = 0.1;
    /** The back's print spreads across at least this share of the page's own print's extent, each way. */
    static final double SPREAD = 0.3;
    /** The page's own print has marks darker than this (gray, of 255). */
    static final int PRINT = 100;
    /** Gray levels under the level a mark's darkest pixel is, clearly darker than the back's print (its noise). */
    private static final int CLEARLY = 15;
    /** Lighter than this a pixel is paper already (left as it is: the paper's own noise stays). */
    private static final int PAPER = 250;
    /** A mark has at least this many pixels (smaller ones are noise, whatever their shade). */
    private static final int MARK = 6;

    private ShowThrough() {
    }

    /**
     * The page with the print showing through from its back made paper, or the page itself when none shows darker
     * than the ink threshold's palest core.
     *
     * @param flat a flattened page ({@link PageCleaner#flatten}: 8-bit gray, paper 255)
     * @param dpi  its resolution
     * @return {@code flat} itself, or a new image (the caller releases {@code flat})
     */
    public static Mat removed(Mat flat, float dpi) {
        if (flat.cols() == 0 || flat.rows() == 0 || flat.type() != CvType.CV_8UC1) return flat;
        Mat smooth = new Mat(), local = new Mat(), labels = new Mat(), stats = new Mat(), centroids = new Mat();
        try {
            Imgproc.GaussianBlur(flat, smooth, new Size(3, 3), 0);
            int block = Math.max(15, Math.round(dpi / 8f)) | 1;
            Imgproc.adaptiveThreshold(smooth, local, 255, Imgproc.ADAPTIVE_THRESH_GAUSSIAN_C, Imgproc.THRESH_BINARY_INV, block, 18);
            int n = Imgproc.connectedComponentsWithStats(local, labels, stats, centroids, 8, CvType.CV_32S);
            if (n < 2) return flat;
            int w = flat.cols(), h = flat.rows();
            int[] lab = new int[w * h];
            byte[] px = new byte[w * h];
            labels.get(0, 0, lab);
            smooth.get(0, 0, px);
            int[] darkest = new int[n];
            java.util.Arrays.fill(darkest, 255);
            for (int i = 0; i < lab.length; i++) {
                int k = lab[i];
                if (k > 0 && (px[i] & 0xff) < darkest[k]) darkest[k] = px[i] & 0xff;
            }
            int[] st = new int[5 * n];
            stats.get(0, 0, st);
            int level = level(darkest, st, n);
            if (level >= 0 && !spread(darkest, st, centroids, n, level)) level = -1;
            if (level < 0) return flat;
            // a mark clearly darker than the back's print is the page's, kept whole: its thin strokes may be as pale
            // as the back's print (a 一 at 200 dpi: 130-170); of the others — the back's marks, a few of their pixels
            // darker for the sensor's noise, and the marks spanning half an inch or more (the page's rules, which the
            // back's rules cross) — the pixels as pale as the back's print away from darker ones are the back's
            int r = Math.max(1, Math.round(dpi / 100f)), span = Math.round(dpi / 2);
            Mat darkNear = new Mat();
            Imgproc.threshold(smooth, darkNear, level - 1, 255, Imgproc.THRESH_BINARY_INV);
            Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_ELLIPSE, new Size(2 * r + 1, 2 * r + 1));
            Imgproc.dilate(darkNear, darkNear, k);
            byte[] near = new byte[w * h];
            darkNear.get(0, 0, near);
            darkNear.release();
            byte[] back = new byte[w * h], own = new byte[w * h];
            int taken = 0;
            for (int i = 0; i < lab.length; i++) {
                int m = lab[i];
                if (m == 0) continue;
                boolean whole = darkest[m] < level - CLEARLY && st[5 * m + 2] < span && st[5 * m + 3] < span;
                boolean pale = !whole && (px[i] & 0xff) >= level && near[i] == 0;
                if (pale) {
                    back[i] = (byte) 255;
                    taken++;
                } else {
                    own[i] = (byte) 255;
                }
            }
            if (taken == 0) {
                k.release();
                return flat;
            }
            // the back's marks with their blurred rim (not the page's marks beside them), where not paper already
            Mat backMask = new Mat(h, w, CvType.CV_8UC1), ownMask = new Mat(h, w, CvType.CV_8UC1), paper = new Mat();
            backMask.put(0, 0, back);
            ownMask.put(0, 0, own);
            Imgproc.dilate(backMask, backMask, k);
            Core.subtract(backMask, ownMask, backMask);
            Imgproc.threshold(flat, paper, PAPER, 255, Imgproc.THRESH_BINARY_INV);
            Core.bitwise_and(backMask, paper, backMask);
            Mat out = flat.clone();
            out.setTo(new org.opencv.core.Scalar(255), backMask);
            for (Mat m : new Mat[]{backMask, ownMask, paper, k}) m.release();
            return out;
        } finally {
            for (Mat m : new Mat[]{smooth, local, labels, stats, centroids}) m.release();
        }
    }

    /**
     * Whether the marks as pale as {@code level} spread over the page as its print does: across at least {@link
     * #SPREAD} of the dark print's extent each way (their centroids' 10th to 90th percentile). The back's print lies
     * all over the page, between the rows of its own; a band of the page's own print that a copier's toner dropped out
     * (a newcomer's, 0.3 inch tall, its print at 166) is a pale population too, but a band (55 of 81 amounts lost when
     * it was taken for the back's).
     */
    private static boolean spread(int[] darkest, int[] st, Mat centroids, int n, int level) {
        double[] c = new double[2 * n];
        centroids.get(0, 0, c);
        java.util.List<Double> px = new java.util.ArrayList<>(), py = new java.util.ArrayList<>(), dx = new java.util.ArrayList<>(), dy = new java.util.ArrayList<>();
        for (int k = 1; k < n; k++) {
            if (st[5 * k + 4] < MARK) continue;
            if (darkest[k] >= level) {
                px.add(c[2 * k]);
                py.add(c[2 * k + 1]);
            } else if (darkest[k] < PRINT) {
                dx.add(c[2 * k]);
                dy.add(c[2 * k + 1]);
            }
        }
        return extent(px) >= SPREAD * extent(dx) && extent(py) >= SPREAD * extent(dy);
    }

    /** The 10th to 90th percentile's distance of the values (0 for fewer than two). */
    private static double extent(java.util.List<Double> v) {
        if (v.size() < 2) return 0;
        java.util.List<Double> s = new java.util.ArrayList<>(v);
        java.util.Collections.sort(s);
        return s.get((int) (0.9 * (s.size() - 1))) - s.get((int) (0.1 * (s.size() - 1)));
    }

    /**
     * The darkest gray of a mark that shows through, or -1 when the page shows no population of marks paler than its
     * print: the histogram of the marks' darkest pixels (bins of 10 gray levels) has a dark population (marks darker
     * than {@link #PRINT}, {@link #LEAST} of them or more) and a pale one — its peak the fullest bin from {@code
     * PRINT} up, {@link #LEAST} of the marks or more from the valley between them up — the valley's bin holding at
     * most {@link #VALLEY} of the pale peak's marks. The level is where the pale population rises to a tenth of its
     * peak, at least {@link #PALEST_PRINT}: print in gray is no show-through.
     */
    private static int level(int[] darkest, int[] st, int n) {
        int bins = 256 / LEVELS + 1;
        int[] hist = new int[bins];
        int marks = 0, dark = 0;
        for (int k = 1; k < n; k++) {
            if (st[5 * k + 4] < MARK) continue;
            hist[darkest[k] / LEVELS]++;
            marks++;
            if (darkest[k] < PRINT) dark++;
        }
        if (marks == 0 || dark < LEAST * marks) return -1;
        int from = PRINT / LEVELS, peak = from;
        for (int b = from; b < bins; b++) if (hist[b] > hist[peak]) peak = b;
        int valley = from;
        for (int b = from; b < peak; b++) if (hist[b] < hist[valley]) valley = b;
        if (valley >= peak || hist[valley] > VALLEY * hist[peak]) return -1;
        int through = 0;
        for (int b = valley + 1; b < bins; b++) through += hist[b];
        if (through < LEAST * marks) return -1;
        int rise = valley + 1;
        while (rise < peak && hist[rise] < 0.1 * hist[peak]) rise++;
        int level = rise * LEVELS - 5;
        return level >= PALEST_PRINT && level < PAPER ? level : -1;
    }
}
