package io.gongkai.extract.image;

import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A page whose straight lines come out bowed: a camera lens's barrel or pincushion distortion, a sheet lying curled
 * on the glass or under a phone, a corner lifted off the glass, a sheet dried wavy. No rotation or homography
 * ({@link Skew}, {@link Keystone}) puts a bowed rule straight; a rule sagging a tenth of an inch over a table's width
 * falls apart into pieces, and its rows and columns with it. Measured on the table's own rules: each long horizontal
 * rule's centre line y(x) followed along it, each long vertical one's x(y), and each fitted by a cubic; where at least
 * {@link #MIN_BOWED} of one way's rules stand more than {@link #BOW} inch off their own straight line as a whole, or
 * bend twice that off their cubic over a part, the page is remapped so that each of them, and each rule of the other
 * way, is straight and level (upright) through the point where it crosses the table's middle — along its own line
 * where it bends off its cubic, along the cubic elsewhere — the pixels between two rules moved as much as the rules
 * beside them in proportion (bicubic; white where nothing was), those beyond the outermost as much as it. A flat page's
 * rules stand within a pixel or two of straight: it is left as it is. Pure; the caller releases what it is given back.
 */
public final class Dewarp {
    /** A rule standing further than this off its own straight line bows (inches: 0.02 in is 4 pixels at 200 dpi). */
    static final double BOW = 0.02;
    /** Rules of one way that must bow for the page to be remapped (one bowed rule is a fold or a stroke touching it). */
    static final int MIN_BOWED = 3;
    /**
     * A rule is as long as this share of the longest of its way at least (a header's short rules over a few columns
     * have too little length to show a bow, and stop where the remap needs them).
     */
    static final double LONG = 0.6;
    /** The opening that keeps rules: this long (inches). A bowed rule leaning 3° at its ends still has such runs once thickened. */
    static final double RUN = 0.25;
    /** The openings that keep rules lean this far off level either way at most (degrees), in steps of {@link #LEAN_STEP}. */
    static final int LEAN = 18;
    static final int LEAN_STEP = 6;
    /** A rule's centre line is smoothed over this length (inches): a pixel's wobble is no bend. */
    static final double SMOOTH = 0.15;
    /** A rule running this far (inches) past the other way's outermost rules at both ends is none of the table's. */
    static final double PAST = 0.3;

    private Dewarp() {
    }

    /**
     * One rule's centre line: {@code across} at each pixel {@code along} it from {@code from} (pixels of the rough ink),
     * followed as it runs (a corner lifted off the glass bends a rule over its last inches only, which no one curve
     * along its whole length follows); {@code bow}: how far the cubic that fits it best stands off its chord at most,
     * {@code bend}: how far the rule stands off that cubic at most (pixels); {@code followed}: whether it bends so far off
     * its cubic that its own profile, not the cubic, says where it stands. Beyond its ends it stays where they are.
     */
    record Rule(float[] profile, int from, double[] poly, double bow, double bend, boolean followed) {
        int to() {
            return from + profile.length - 1;
        }

        /** Where the rule stands at {@code t}: on its profile where it is {@code followed}, else on its cubic. */
        double at(double t) {
            if (!followed && poly != null) {
                double x = Math.max(from, Math.min(to(), t));
                return value(poly, x);
            }
            int k = (int) Math.round(t) - from;
            return profile[Math.max(0, Math.min(profile.length - 1, k))];
        }
    }

    /**
     * The page with its rules made straight, or null when none of its ways bows ({@link #MIN_BOWED} rules beyond
     * {@link #BOW}).
     *
     * @param gray  the page, put straight, 8-bit gray
     * @param rough its rough ink ({@link PageCleaner#roughInk}: half the resolution, 255 = ink)
     * @param dpi   the gray page's resolution, pixels per inch
     * @param alike a mask of the same page (255 on what it marks) remapped the same way in place (nearest pixel; 0
     *              where nothing was), or null
     */
    public static Mat corrected(Mat gray, Mat rough, float dpi, Mat alike) {
        double roughDpi = dpi * (double) rough.cols() / gray.cols();
        List<Rule> rows = rules(rough, roughDpi);
        Mat transposed = new Mat();
        Core.transpose(rough, transposed);
        List<Rule> columns = rules(transposed, roughDpi);
        transposed.release();
        // a crease's shadow, a streak or a sheet's edge runs past the table's borders; its rules end at them
        double past = PAST * roughDpi;
        List<Rule> tableRows = within(rows, columns, past), tableColumns = within(columns, rows, past);
        rows = tableRows;
        columns = tableColumns;
        double bow = BOW * roughDpi;
        boolean rowsBow = bowed(rows, bow), columnsBow = bowed(columns, bow);
        if (!rowsBow && !columnsBow) return null;
        // the maps are smooth: made at the rough ink's resolution, then enlarged to the page's (a 300 dpi page's pair
        // of maps at its own is 70 MB)
        int w = rough.cols(), h = rough.rows();
        // the table's middle, where each rule stays as it is
        double midX = middle(rows, w), midY = middle(columns, h);
        // each way's map first at the pixel's own place along the rules, then again where the other way's map takes it
        // once one way bows, the other's rules are put straight too, however few of them bow (a lifted corner bends
        // every row rule's end but only the one or two column rules near it)
        boolean rowsMapped = !rows.isEmpty(), columnsMapped = !columns.isEmpty();
        float[] mapY = rowsMapped ? field(rows, midX, w, h, false, null) : null;
        float[] mapX = columnsMapped ? field(columns, midY, h, w, true, mapY) : null;
        if (rowsMapped && columnsMapped) mapY = field(rows, midX, w, h, false, mapX);
        if (mapX == null) mapX = identity(w, h, true);
        if (mapY == null) mapY = identity(w, h, false);
        Mat mx = enlarged(mapX, w, h, gray.cols(), gray.rows(), (double) gray.cols() / w);
        Mat my = enlarged(mapY, w, h, gray.cols(), gray.rows(), (double) gray.rows() / h);
        Mat out = new Mat();
        Imgproc.remap(gray, out, mx, my, Imgproc.INTER_CUBIC, Core.BORDER_CONSTANT, new Scalar(255));
        if (alike != null) {
            Mat m = new Mat();
            Imgproc.remap(alike, m, mx, my, Imgproc.INTER_NEAREST, Core.BORDER_CONSTANT, new Scalar(0));
            m.copyTo(alike);
            m.release();
        }
        mx.release();
        my.release();
        return out;
    }

    /**
     * A map of the rough ink's size made the page's: enlarged (bilinear, pixel centres aligned) and its values, rough
     * pixels, made the page's ({@code (v + ½)·scale − ½}).
     */
    private static Mat enlarged(float[] map, int w, int h, int width, int height, double scale) {
        Mat small = new Mat(h, w, CvType.CV_32FC1), big = new Mat();
        small.put(0, 0, map);
        Imgproc.resize(small, big, new Size(width, height), 0, 0, Imgproc.INTER_LINEAR);
        small.release();
        Core.multiply(big, new Scalar(scale), big);
        Core.add(big, new Scalar((scale - 1) / 2), big);
        return big;
    }

    /** The map that leaves one coordinate as it is: x (or y) of each pixel, indexed [y][x]. */
    private static float[] identity(int w, int h, boolean x) {
        float[] m = new float[w * h];
        for (int y = 0; y < h; y++) for (int k = 0; k < w; k++) m[y * w + k] = x ? k : y;
        return m;
    }

    /**
     * The rules that end at the other way's outermost rules: one running past them at both ends by more than {@code past}
     * pixels (a crease's shadow, a streak, a sheet's edge: paper edge to paper edge) is no rule of the table, and put
     * straight it would drag the figures beside it along. All of them when the other way has fewer than two rules.
     */
    static List<Rule> within(List<Rule> rules, List<Rule> others, double past) {
        if (others.size() < 2) return rules;
        double from = Double.MAX_VALUE, to = -Double.MAX_VALUE;
        for (Rule o : others) {
            double at = o.at((o.from() + o.to()) / 2.0);
            from = Math.min(from, at);
            to = Math.max(to, at);
        }
        List<Rule> out = new ArrayList<>();
        for (Rule r : rules) if (r.from() >= from - past || r.to() <= to + past) out.add(r);
        return out;
    }

    /**
     * Whether {@link #MIN_BOWED} of the rules stand more than {@code bow} pixels off straight as a whole (their cubic), or
     * bend more than twice that off it over a part. A crease's jog of a few pixels where it crosses is neither, and no
     * smooth remap puts a jog right: straightened, the figures beside the crease were dragged along.
     */
    static boolean bowed(List<Rule> rules, double bow) {
        int n = 0;
        for (Rule r : rules) if (r.bow() > bow || r.bend() > 2 * bow) n++;
        return n >= MIN_BOWED;
    }

    /** The middle of the span the rules cover (along them), or of the page's {@code size} when there are none. */
    private static double middle(List<Rule> along, int size) {
        if (along.isEmpty()) return size / 2.0;
        double from = Double.MAX_VALUE, to = -Double.MAX_VALUE;
        for (Rule r : along) {
            from = Math.min(from, r.from());
            to = Math.max(to, r.to());
        }
        return (from + to) / 2;
    }

    /**
     * Fills the map of one coordinate ({@code map}: the source's {@code across} per target pixel) from the rules: rule
     * i, at {@code s_i(t)} in the source where it passes {@code t} along it, goes to {@code s_i(mid)}; between two rules
     * the source is interpolated, beyond the outermost shifted as it is. {@code t} is the source's coordinate along the
     * rules ({@code along}, from the other way's map; the pixel's own where the other way is not remapped): a corner
     * of a pincushion moved a tenth of an inch, and a rule's position read a tenth of an inch off left it bowed.
     *
     * @param length    the page's extent along the rules (pixels)
     * @param breadth   its extent across them
     * @param transpose whether the rules are vertical (the maps are indexed [y][x]: a vertical rule's t is a row)
     * @param along     the source coordinate along the rules per target pixel, or null for the pixel's own
     */
    private static float[] field(List<Rule> rules, double mid, int length, int breadth, boolean transpose, float[] along) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingDouble(r -> r.at(mid)));
        int n = sorted.size();
        double[] target = new double[n];
        for (int i = 0; i < n; i++) target[i] = sorted.get(i).at(mid);
        // each rule's source position at every pixel along it
        float[][] source = new float[n][length];
        for (int i = 0; i < n; i++) for (int t = 0; t < length; t++) source[i][t] = (float) sorted.get(i).at(t);
        float[] map = new float[length * breadth];
        for (int t = 0; t < length; t++) {
            int i = 0;
            for (int a = 0; a < breadth; a++) {
                // horizontal rules: t is a column x, a a row y (index y·w + x); vertical: t a row, a a column
                int idx = transpose ? t * breadth + a : a * length + t;
                int u = along == null ? t : Math.max(0, Math.min(length - 1, Math.round(along[idx])));
                while (i < n && target[i] <= a) i++;
                // target[i-1] <= a < target[i]
                double s;
                if (i == 0) s = a + (source[0][u] - target[0]);
                else if (i == n) s = a + (source[n - 1][u] - target[n - 1]);
                else {
                    double f = (a - target[i - 1]) / Math.max(1e-6, target[i] - target[i - 1]);
                    s = source[i - 1][u] + f * (source[i][u] - source[i - 1][u]);
                }
                map[idx] = (float) s;
            }
        }
        return map;
    }

    /**
     * The long horizontal rules of a rough ink: kept by openings {@link #RUN} inch long, level and leaning up to
     * {@link #LEAN} degrees either way, after thickening by a pixel each way (a bowed thin rule's runs are short, and a
     * lifted corner leans a rule's end ten degrees and more), joined across small gaps; each component at least
     * {@link #LONG} of the longest's length and a quarter of the page wide. Its centre line is the mean row of its
     * pixels in each column, the columns where it is more than two pixels thicker than along most of its length or
     * more than two pixels off the running median left out (a stroke or a shadow against it, a crossing) and filled in
     * from their neighbours, then smoothed over {@link #SMOOTH} inch.
     */
    static List<Rule> rules(Mat rough, double roughDpi) {
        int w = rough.cols();
        Mat thick = new Mat(), lines = Mat.zeros(rough.size(), rough.type()), opened = new Mat();
        Mat k1 = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(1, 3));
        Imgproc.dilate(rough, thick, k1);
        k1.release();
        int run = (int) Math.max(8, Math.round(RUN * roughDpi));
        for (int lean = -LEAN; lean <= LEAN; lean += LEAN_STEP) {
            Mat k2 = line(run, lean);
            Imgproc.morphologyEx(thick, opened, Imgproc.MORPH_OPEN, k2);
            Core.bitwise_or(lines, opened, lines);
            k2.release();
        }
        opened.release();
        thick.release();
        // pieces of one rule broken by a lighter stretch or a crossing joined
        Mat k3 = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(Math.max(3, run / 2), 1));
        Imgproc.morphologyEx(lines, lines, Imgproc.MORPH_CLOSE, k3);
        k3.release();
        Mat labels = new Mat(), stats = new Mat(), centroids = new Mat();
        int count = Imgproc.connectedComponentsWithStats(lines, labels, stats, centroids, 4, CvType.CV_32S);
        lines.release();
        centroids.release();
        int longest = 0;
        for (int c = 1; c < count; c++) longest = Math.max(longest, (int) stats.get(c, Imgproc.CC_STAT_WIDTH)[0]);
        List<Integer> keep = new ArrayList<>();
        for (int c = 1; c < count; c++) {
            int cw = (int) stats.get(c, Imgproc.CC_STAT_WIDTH)[0], ch = (int) stats.get(c, Imgproc.CC_STAT_HEIGHT)[0];
            // a rule is long, and far longer than it is tall (a block of ink is no rule)
            if (cw >= LONG * longest && cw >= w / 4 && ch * 8 < cw) keep.add(c);
        }
        int smooth = (int) Math.max(3, Math.round(SMOOTH * roughDpi));
        List<Rule> out = new ArrayList<>();
        for (int c : keep) {
            int x0 = (int) stats.get(c, Imgproc.CC_STAT_LEFT)[0], y0 = (int) stats.get(c, Imgproc.CC_STAT_TOP)[0];
            int cw = (int) stats.get(c, Imgproc.CC_STAT_WIDTH)[0], ch = (int) stats.get(c, Imgproc.CC_STAT_HEIGHT)[0];
            // only the rule's own box of the labels is copied out (the page's whole is megabytes, on every page)
            Mat view = labels.submat(new org.opencv.core.Rect(x0, y0, cw, ch)), box = view.clone();
            int[] lab = new int[cw * ch];
            box.get(0, 0, lab);
            view.release();
            box.release();
            double[] centre = new double[cw];
            int[] thickness = new int[cw];
            int seen = 0;
            for (int x = 0; x < cw; x++) {
                double sum = 0;
                int m = 0;
                for (int y = 0; y < ch; y++) if (lab[y * cw + x] == c) {
                    sum += y;
                    m++;
                }
                centre[x] = m > 0 ? y0 + sum / m : Double.NaN;
                thickness[x] = m;
                if (m > 0) seen++;
            }
            // where the component is thicker than the rule is along most of its length, something lies against it (a
            // crease's shadow beside a column rule, a stroke): its centre there is not the rule's, and is filled in
            int[] sorted = java.util.Arrays.stream(thickness).filter(m -> m > 0).sorted().toArray();
            int usual = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
            for (int x = 0; x < cw; x++) if (thickness[x] > usual + 2) {
                centre[x] = Double.NaN;
                seen--;
            }
            if (seen < cw / 2 || seen < 8) continue;
            float[] profile = profile(centre, smooth);
            // the rule's whole curve (a lens's, a sheet's curl) as a cubic, and how far the rule bends off it where
            // it bends only over a part (a lifted corner, a wavy sheet)
            List<double[]> points = new ArrayList<>(profile.length);
            for (int x = 0; x < profile.length; x++) points.add(new double[]{x0 + x, profile[x]});
            double[] poly = fit(points);
            double bow = poly == null ? bow(profile) : bow(poly, x0, x0 + cw - 1), bend = 0;
            if (poly != null) for (int x = 0; x < profile.length; x++) bend = Math.max(bend, Math.abs(profile[x] - value(poly, x0 + x)));
            // followed only where it bends off its cubic more than a crease's jog does (a jog made straight drags the
            // figures beside it along; a cubic passes it smoothly)
            out.add(new Rule(profile, x0, poly, bow, bend, poly == null || bend > 2 * BOW * roughDpi));
        }
        labels.release();
        stats.release();
        return out;
    }

    /** A 1-pixel line {@code length} pixels long leaning {@code degrees} off level, as a structuring element. */
    private static Mat line(int length, int degrees) {
        double rad = Math.toRadians(degrees);
        int rise = (int) Math.round(Math.abs(Math.tan(rad)) * (length - 1));
        Mat k = Mat.zeros(rise + 1, length, CvType.CV_8UC1);
        int y0 = degrees >= 0 ? 0 : rise, y1 = degrees >= 0 ? rise : 0;
        Imgproc.line(k, new org.opencv.core.Point(0, y0), new org.opencv.core.Point(length - 1, y1), new Scalar(1), 1);
        return k;
    }

    /**
     * A rule's centre line from its centres per column ({@code NaN} where it has none): the centres more than two pixels
     * off the running median (over {@code smooth} columns) dropped, every gap filled linearly between its ends, then a
     * moving mean over {@code smooth} columns.
     */
    static float[] profile(double[] centre, int smooth) {
        int n = centre.length, half = smooth / 2;
        double[] kept = centre.clone();
        double[] window = new double[2 * half + 1];
        for (int x = 0; x < n; x++) {
            if (Double.isNaN(centre[x])) continue;
            int m = 0;
            for (int k = Math.max(0, x - half); k <= Math.min(n - 1, x + half); k++) if (!Double.isNaN(centre[k])) window[m++] = centre[k];
            java.util.Arrays.sort(window, 0, m);
            double median = m % 2 == 1 ? window[m / 2] : (window[m / 2 - 1] + window[m / 2]) / 2;
            if (Math.abs(centre[x] - median) > 2) kept[x] = Double.NaN;
        }
        // gaps filled between their ends, the ends held
        int first = -1;
        for (int x = 0; x < n; x++) if (!Double.isNaN(kept[x])) {
            if (first < 0) for (int k = 0; k < x; k++) kept[k] = kept[x];
            else if (x - first > 1) for (int k = first + 1; k < x; k++) kept[k] = kept[first] + (kept[x] - kept[first]) * (k - first) / (x - first);
            first = x;
        }
        if (first < 0) return new float[n];
        for (int k = first + 1; k < n; k++) kept[k] = kept[first];
        // a moving mean (prefix sums), the window shrinking at the ends
        double[] sum = new double[n + 1];
        for (int x = 0; x < n; x++) sum[x + 1] = sum[x] + kept[x];
        float[] out = new float[n];
        for (int x = 0; x < n; x++) {
            int a = Math.max(0, x - half), b = Math.min(n - 1, x + half);
            out[x] = (float) ((sum[b + 1] - sum[a]) / (b - a + 1));
        }
        return out;
    }

    /** How far the profile stands off the chord between its ends, at most (pixels). */
    private static double bow(float[] profile) {
        int n = profile.length;
        double y0 = profile[0], y1 = profile[n - 1], most = 0;
        for (int x = 0; x < n; x++) {
            double chord = y0 + (y1 - y0) * x / Math.max(1, n - 1);
            most = Math.max(most, Math.abs(profile[x] - chord));
        }
        return most;
    }

    /** How far the cubic stands off the chord between its ends, at most (pixels). */
    private static double bow(double[] poly, double from, double to) {
        double y0 = value(poly, from), y1 = value(poly, to), most = 0;
        int steps = 64;
        for (int i = 0; i <= steps; i++) {
            double x = from + (to - from) * i / steps;
            double chord = y0 + (y1 - y0) * (x - from) / Math.max(1e-9, to - from);
            most = Math.max(most, Math.abs(value(poly, x) - chord));
        }
        return most;
    }

    private static double value(double[] p, double x) {
        return p[0] + x * (p[1] + x * (p[2] + x * p[3]));
    }

    /**
     * Least-squares cubic through the points (x centred and scaled for the solve: OpenCV's QR solve of the Vandermonde
     * system), or null when they do not fix one.
     */
    static double[] fit(List<double[]> points) {
        int n = points.size();
        if (n < 8) return null;
        double cx = 0;
        for (double[] p : points) cx += p[0];
        cx /= n;
        double sx = 0;
        for (double[] p : points) sx = Math.max(sx, Math.abs(p[0] - cx));
        if (sx <= 0) return null;
        double[] a = new double[n * 4], b = new double[n];
        for (int k = 0; k < n; k++) {
            double u = (points.get(k)[0] - cx) / sx;
            a[4 * k] = 1;
            a[4 * k + 1] = u;
            a[4 * k + 2] = u * u;
            a[4 * k + 3] = u * u * u;
            b[k] = points.get(k)[1];
        }
        Mat am = new Mat(n, 4, CvType.CV_64F), bm = new Mat(n, 1, CvType.CV_64F), xm = new Mat();
        am.put(0, 0, a);
        bm.put(0, 0, b);
        boolean solved = Core.solve(am, bm, xm, Core.DECOMP_QR);
        double[] c = new double[4];
        if (solved) xm.get(0, 0, c);
        am.release();
        bm.release();
        xm.release();
        if (!solved) return null;
        // back from u = (x − cx)/sx to x: expand c0 + c1 u + c2 u² + c3 u³
        double s1 = 1 / sx, s2 = s1 * s1, s3 = s2 * s1;
        double p3 = c[3] * s3;
        double p2 = c[2] * s2 - 3 * c[3] * s3 * cx;
        double p1 = c[1] * s1 - 2 * c[2] * s2 * cx + 3 * c[3] * s3 * cx * cx;
        double p0 = c[0] - c[1] * s1 * cx + c[2] * s2 * cx * cx - c[3] * s3 * cx * cx * cx;
        return new double[]{p0, p1, p2, p3};
    }
}
