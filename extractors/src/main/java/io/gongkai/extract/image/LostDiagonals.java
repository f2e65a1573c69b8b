package io.gongkai.extract.image;

import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The 1s of a figure that are 4s whose thin diagonal the scan lost. Cut at one level (a 1-bit scan, a photocopy), the
 * hairline diagonal of a serif 4 vanishes and what is left is a stem with the crossbar's remnant beside it — a dot,
 * or a nub on the stem, two thirds of the way down — which both OCR engines read as 1. A 1 has no ink left of its stem
 * there (its flag is in the top third, its foot on the baseline). So a glyph read 1 is a 4 where a small mark stands
 * between 35% and 80% of the digits' height, left of its stem (within 0.6 of their height) and right of the digit
 * before, or where its stem has ink at least two pixels out to its left between 45% and 80%, or — in an amount, where
 * the crossbar is lost whole and only the stem is left — where that stem stands {@link #SHIFTED} of a digit's pitch or
 * more right of where the page's 1s stand in their slots: amounts are set in tabular digits (each the same advance), a
 * 4's stem stands right of its advance's middle and a 1's in it, and the slots are placed by the other digits than 1 of
 * the figure's group ({@link Slots}). A trace counts as a mark: a one-pixel dot, softened, is only a little darker
 * than the paper. On a black-and-white page the dot is looked for on the page as scanned too, where it is still black
 * (softened for reading and turned straight, a one-pixel dot is 243 of 255: {@link #mend(List, List, List, boolean)}),
 * and a dot half-way down is a mark of its own, never a piece of the digit before (a bold 7's bar ending a pixel short
 * of it took it in). Pure and thread-safe.
 *
 * <p>Only a 1 whose glyph can be told is looked at: the figure's glyphs (its connected parts, joined where their
 * columns overlap) as many as its digits read, the 1's a stem, a digit's pitch from its neighbours. A mark half-way
 * down beside no 1 is a speck of dust: on such a figure a mark beside a 1 is no evidence (the stem's nub still is).
 * The caller gives a mended figure as in doubt ({@code FigureReader}: suspect until an identity confirms it), so a
 * 4 read where a 1 is printed is one more figure the identities give, never one they build on.
 *
 * <p>Source of the rule: the scan matrix's black-and-white condition (README → Performance), where 118 of the misread
 * figures of real budgets were 4s read as 1, most of them with the crossbar's dot beside the stem
 * (上海市普陀区社会福利院24 预算 p7: 9,501,164 read 9,501,161, the 4's dot one pixel).
 */
public final class LostDiagonals {
    private LostDiagonals() {
    }

    /**
     * The reading with each 1 whose glyph shows a 4's crossbar as 4 — one figure alone: a stem's place in its slot is
     * no evidence ({@link #mend(List, List, List, boolean)} tells it from the page's other 1s).
     *
     * @param crop    the figure's pixels, dark ink on light paper (any type {@link OpenCv#mat} takes)
     * @param reading the figure as OCR read it (digits, separators, a sign)
     * @param dots    whether a dot beside a stem is evidence (not on a dusty page); a nub joined to the stem always is
     * @return the reading mended, or {@code reading} itself when no 1 is a 4 or the glyphs cannot be matched
     */
    public static String mend(BufferedImage crop, String reading, boolean dots) {
        return mend(List.of(crop), List.of(crop), List.of(reading), dots).get(0);
    }

    /** As {@link #mend(List, List, List, boolean)}, the figures' pixels as scanned being those read. */
    public static List<String> mend(List<BufferedImage> crops, List<String> readings, boolean dots) {
        return mend(crops, crops, readings, dots);
    }

    /**
     * A page's figures read again, each 1 whose glyph shows a 4's crossbar, or that is a bare stem standing right of
     * where the page's 1s stand in their slots (by {@link #SHIFTED} of a pitch or more), as 4. Where a 1's stem
     * stands is the face's: the median of the page's stems read 1, once {@link #MEASURED} of them are placed (most
     * 1s read are 1s; a face whose 1 stands right of the middle moves them all).
     *
     * @param crops    the figures' pixels, dark ink on light paper, as the page is read (a black-and-white page softened)
     * @param scanned  the same boxes of the page as scanned (a black-and-white page's two levels, where a crossbar's
     *                 one-pixel dot is still black), or {@code crops} again
     * @param readings each figure as OCR read it
     * @param dots     as for {@link #mend(BufferedImage, String, boolean)}
     * @return each reading, mended or as it was
     */
    public static List<String> mend(List<BufferedImage> crops, List<BufferedImage> scanned, List<String> readings, boolean dots) {
        List<Look> looks = new ArrayList<>();
        for (int k = 0; k < crops.size(); k++) looks.add(look(crops.get(k), scanned.get(k), readings.get(k), dots));
        List<Double> placed = new ArrayList<>();
        for (Look l : looks) {
            for (int d = 0; d < l.one().length; d++) if (l.one()[d] && !Double.isNaN(l.shift()[d])) placed.add(l.shift()[d]);
        }
        // (a face's 1 stands in the middle of its slot or right of it; a page's 1s measured left of it are 1s whose
        // flag moved their ink left, and take no 4's stem in the middle for a 4)
        double centred = placed.size() >= MEASURED ? Math.max(0, median(placed.stream().mapToDouble(Double::doubleValue).toArray())) : Double.NaN;
        return looks.stream().map(l -> l.mended(centred)).toList();
    }

    /** Stems read 1 a page must show placed in their slots before where they stand is the face's. */
    static final int MEASURED = 8;

    /**
     * What a figure's glyphs show of its digits (in order): which are stems read 1 ({@code one}), which of those show
     * a 4's crossbar ({@code crossbar}: its remnant beside the stem, or a nub on it), and how far each stands off the
     * middle of its slot, in pitches ({@code shift}, NaN where no other digit places it).
     */
    private record Look(String reading, boolean[] one, boolean[] crossbar, double[] shift) {
        static Look as(String reading) {
            return new Look(reading, new boolean[0], new boolean[0], new double[0]);
        }

        /** The reading with its 4s read back; a bare stem is one where it stands {@link #SHIFTED} right of {@code centred} (NaN: none is). */
        String mended(double centred) {
            StringBuilder out = new StringBuilder(reading);
            int d = 0;
            boolean changed = false;
            for (int i = 0; i < reading.length() && d < one.length; i++) {
                if (!Character.isDigit(reading.charAt(i))) continue;
                if (one[d] && (crossbar[d] || shift[d] - centred >= SHIFTED)) {
                    out.setCharAt(i, '4');
                    changed = true;
                }
                d++;
            }
            return changed ? out.toString() : reading;
        }
    }

    /** One figure's {@link Look}. */
    private static Look look(BufferedImage crop, BufferedImage scanned, String reading, boolean dots) {
        if (reading.indexOf('1') < 0) return Look.as(reading);
        Mat image = OpenCv.mat(crop), gray = new Mat(), ink = new Mat(), faint = new Mat(), labels = new Mat(), stats = new Mat(), centroids = new Mat();
        try {
            if (image.channels() == 3) Imgproc.cvtColor(image, gray, Imgproc.COLOR_BGR2GRAY);
            else image.copyTo(gray);
            Imgproc.threshold(gray, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
            List<int[]> parts = components(ink, labels, stats, centroids);
            int[][] strong = labelsOf(labels);
            // traces: a one-pixel dot, softened, is pale gray; what is darker than the paper by a little and touches no
            // ink is such a trace (the paper: the crop's lightest tenth)
            double paper = paper(gray);
            Imgproc.threshold(gray, faint, paper - FAINT, 255, Imgproc.THRESH_BINARY_INV);
            List<int[]> traces = new ArrayList<>();
            List<int[]> faintParts = components(faint, labels, stats, centroids);
            int[][] fl = labelsOf(labels);
            for (int[] t : faintParts) {
                boolean touches = false;
                for (int y = t[1]; y < t[1] + t[3] && !touches; y++) {
                    for (int x = t[0]; x < t[0] + t[2]; x++) if (fl[y][x] == t[5] && strong[y][x] != 0) { touches = true; break; }
                }
                if (!touches) traces.add(t);
            }
            // a dot of ink on a black-and-white page (a crossbar's remnant kept black) is a mark too, never part of a
            // glyph: under a bold 3 or 7 whose right edge reaches over it, it joined that digit and was lost
            // (only half-way down, where a crossbar is: a 1's flag broken off stays the 1's, and where its stem stands)
            int[] tallest = parts.stream().max(Comparator.comparingInt(p -> p[3])).orElse(new int[6]);
            double dot = Math.max(2, DOT * tallest[3]);
            double bandTop = tallest[1] + 0.3 * tallest[3], bandBottom = tallest[1] + 0.85 * tallest[3];
            List<int[]> inkDots = new ArrayList<>();
            for (java.util.Iterator<int[]> it = parts.iterator(); it.hasNext(); ) {
                int[] p = it.next();
                if (p[2] <= dot && p[3] <= dot && p[1] >= bandTop && p[1] + p[3] <= bandBottom) {
                    inkDots.add(p);
                    it.remove();
                }
            }
            if (scanned != crop) inkDots.addAll(scannedDots(scanned, strong, dot));
            return look(parts, strong, traces, inkDots, reading, dots);
        } finally {
            image.release();
            gray.release();
            ink.release();
            faint.release();
            labels.release();
            stats.release();
            centroids.release();
        }
    }

    /**
     * How far right of where the page's 1s stand in their slots (in digit pitches) a bare stem read 1 stands when it is
     * a 4's: a 4's stem stands right of its advance's middle, a 1's in it. Measured on the scan matrix's black-and-white
     * and photocopy scans of the twelve real budgets (amounts with separators, slots placed within their group, each 1
     * labelled by the text layer's figure): 4s read as 1 stand 0.14 right (median; 0.19 at the 90th percentile, a tenth
     * of them at 0 or left), 1s at 0.00 (0.06 at the 90th percentile, 0.11 at the 95th). With this bound 192 of 258
     * such 4s are read 4 and 29 of 738 1s too — each in doubt, for the identities to confirm or give. Amounts exact on
     * those 24 scans: 1,318 → 1,362 of 1,594; on a newcomer's 45 scans of 8 real budgets: 2,814 → 2,814 of 3,390;
     * none wrong unflagged.
     */
    static final double SHIFTED = 0.1;

    /**
     * A part of a figure's ink no wider and no taller than this share of its tallest part is a dot, no glyph's piece: a
     * crossbar's remnant is one or two pixels of a 22-pixel digit at 200 dpi, a comma 3 by 6.
     */
    static final double DOT = 0.2;

    /** How much darker than the paper a trace is (gray levels). */
    private static final double FAINT = 30;

    /**
     * The dots of ink of a figure's crop as scanned ({x, y, width, height, area, label}) that touch no ink of the crop as
     * read ({@code strong}, its labels): no wider and no taller than {@code dot} pixels.
     */
    private static List<int[]> scannedDots(BufferedImage scanned, int[][] strong, double dot) {
        Mat image = OpenCv.mat(scanned), gray = new Mat(), ink = new Mat(), labels = new Mat(), stats = new Mat(), centroids = new Mat();
        try {
            if (image.channels() == 3) Imgproc.cvtColor(image, gray, Imgproc.COLOR_BGR2GRAY);
            else image.copyTo(gray);
            Imgproc.threshold(gray, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
            List<int[]> out = new ArrayList<>();
            for (int[] p : components(ink, labels, stats, centroids)) {
                if (p[2] > dot || p[3] > dot) continue;
                boolean touches = false;
                for (int y = Math.max(0, p[1] - 1); y <= p[1] + p[3] && y < strong.length && !touches; y++) {
                    for (int x = Math.max(0, p[0] - 1); x <= p[0] + p[2] && x < strong[y].length; x++) if (strong[y][x] != 0) { touches = true; break; }
                }
                if (!touches) out.add(p);
            }
            return out;
        } finally {
            image.release();
            gray.release();
            ink.release();
            labels.release();
            stats.release();
            centroids.release();
        }
    }

    private static List<int[]> components(Mat mask, Mat labels, Mat stats, Mat centroids) {
        int n = Imgproc.connectedComponentsWithStats(mask, labels, stats, centroids, 8);
        List<int[]> parts = new ArrayList<>(); // x, y, w, h, area, label
        for (int i = 1; i < n; i++) {
            int[] s = new int[5];
            stats.get(i, 0, s);
            parts.add(new int[]{s[0], s[1], s[2], s[3], s[4], i});
        }
        return parts;
    }

    private static double paper(Mat gray) {
        byte[] px = new byte[(int) gray.total()];
        gray.get(0, 0, px);
        int[] hist = new int[256];
        for (byte b : px) hist[b & 0xff]++;
        int seen = 0;
        for (int v = 255; v >= 0; v--) {
            seen += hist[v];
            if (seen >= px.length / 10) return v;
        }
        return 255;
    }

    private static int[][] labelsOf(Mat labels) {
        int[][] out = new int[labels.rows()][labels.cols()];
        int[] row = new int[labels.cols()];
        for (int y = 0; y < labels.rows(); y++) {
            labels.get(y, 0, row);
            out[y] = row.clone();
        }
        return out;
    }

    /**
     * A figure's glyphs: its connected parts grouped into glyphs, which of them are its digits (as many as it reads),
     * and the digits' top and height (pixels).
     */
    private record Digits(List<List<int[]>> glyphs, List<Integer> digits, double top, double height) {
    }

    /** The figure's digits among its parts, or null where they do not match its digits read one for one. */
    private static Digits digits(List<int[]> parts, int[][] labels, String figure) {
        if (parts.isEmpty()) return null;
        int tallest = parts.stream().mapToInt(p -> p[3]).max().orElse(0);
        List<int[]> tall = parts.stream().filter(p -> p[3] >= 0.5 * tallest).toList();
        double top = median(tall.stream().mapToInt(p -> p[1]).toArray());
        double height = median(tall.stream().mapToInt(p -> p[1] + p[3]).toArray()) - top;
        if (height < 8) return null;
        // glyphs: components whose columns overlap or all but touch (a 0 whose thin sides broke), joined
        List<int[]> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(p -> p[0]));
        List<List<int[]>> glyphs = new ArrayList<>();
        int reach = Integer.MIN_VALUE, touch = 1;
        for (int[] p : sorted) {
            if (glyphs.isEmpty() || p[0] > reach + touch) glyphs.add(new ArrayList<>());
            glyphs.get(glyphs.size() - 1).add(p);
            reach = Math.max(reach, p[0] + p[2] - 1);
        }
        long readDigits = figure.chars().filter(Character::isDigit).count();
        normalizeWidths(glyphs, labels, height);
        List<Integer> digits = tall(glyphs, height);
        // more tall glyphs than digits read: a digit broken in two (a 6 whose bowl parted from its back); the two
        // nearest tall glyphs are joined while they stand within a quarter of the digits' height
        while (digits.size() > readDigits) {
            int best = -1, bestGap = Integer.MAX_VALUE;
            for (int k = 0; k + 1 < digits.size(); k++) {
                if (digits.get(k + 1) != digits.get(k) + 1) continue;
                int gap = left(glyphs.get(digits.get(k + 1))) - right(glyphs.get(digits.get(k)));
                if (gap < bestGap) { bestGap = gap; best = k; }
            }
            if (best < 0 || bestGap > 0.25 * height) break;
            glyphs.get(digits.get(best)).addAll(glyphs.remove((int) digits.get(best + 1)));
            digits = tall(glyphs, height);
        }
        return readDigits == digits.size() ? new Digits(glyphs, digits, top, height) : null;
    }

    /** The rule on connected components ({x, y, width, height, area, label}) and their label image. */
    private static Look look(List<int[]> parts, int[][] labels, List<int[]> traces, List<int[]> inkDots, String reading, boolean dots) {
        String figure = reading.replace(" ", "");
        Digits found = digits(parts, labels, figure);
        if (found == null) return Look.as(reading);
        List<List<int[]>> glyphs = found.glyphs();
        List<Integer> digits = found.digits();
        double top = found.top(), height = found.height();
        // small marks: the parts of glyphs that are not digits, and the traces. Each is a crossbar's remnant (half-way
        // down, just left of a digit's stem, past the digit before), a separator or a piece of a digit's foot or top
        // among the digits, or dust; a figure with dust about it is on dusty paper, where a speck beside a 1 is no
        // evidence
        boolean signed = figure.startsWith("-");
        List<int[]> marks = new ArrayList<>(traces);
        marks.addAll(inkDots);
        for (int g = 0; g < glyphs.size(); g++) if (!digits.contains(g)) marks.addAll(glyphs.get(g));
        int spanLeft = left(glyphs.get(digits.get(0))), spanRight = right(glyphs.get(digits.get(digits.size() - 1)));
        java.util.Set<Integer> remnant = new java.util.HashSet<>(); // digits (their order) with a remnant beside them
        boolean stray = false;
        for (int[] m : marks) {
            double y0 = (m[1] - top) / height, y1 = (m[1] + m[3] - top) / height;
            boolean within = m[0] + m[2] > spanLeft && m[0] < spanRight;
            int beside = -1;
            for (int d = 0; d < digits.size() && beside < 0; d++) {
                int stem = left(glyphs.get(digits.get(d)));
                int from = d == 0 ? Integer.MIN_VALUE : right(glyphs.get(digits.get(d - 1)));
                if (m[0] >= from && m[0] + m[2] <= stem && stem - (m[0] + m[2]) <= 0.6 * height && !(d == 0 && signed)) beside = d;
            }
            if (beside >= 0 && y0 >= 0.35 && y1 < 0.8 && m[3] <= 0.3 * height) remnant.add(beside);
            else if (within && y0 >= 0.5 && y1 >= 0.8 && y1 <= 1.4) continue; // a separator, or a piece of a digit's foot
            else if (within && y0 >= -0.1 && y1 <= 0.35) continue; // a piece of a digit's top (a 3's ball, a 1's flag)
            else if (beside >= 0 && y0 >= -0.1 && y1 < 0.8) continue; // beside a stem, higher up: a 1's flag or a 4's diagonal broken off
            else if (inkDots.contains(m) && insideDigit(m, glyphs, digits)) continue; // a piece of a broken digit, within its ink box
            else stray = true; // dust: over, under or beside the figure, or half-way down beside no digit
        }
        Slots slots = new Slots(figure, glyphs, digits);
        java.util.Set<Integer> ones = onesOnStems(slots, glyphs, digits, labels, top, height);
        if (ones.isEmpty()) return Look.as(reading);
        int n = digits.size();
        boolean[] one = new boolean[n], crossbar = new boolean[n];
        for (int d : ones) {
            one[d] = true;
            crossbar[d] = dots && !stray && remnant.contains(d) || joinedNub(glyphs.get(digits.get(d)), labels, top, height);
        }
        // a bare stem's place is read in amounts only (a figure with a separator): a code (30101, 2080505) is read
        // against the classification and its row's name, and a fax's codes so read again lost their rows' keys
        boolean amount = figure.indexOf(',') >= 0 || figure.indexOf('.') >= 0;
        double[] shift = amount ? slots.shifts() : new double[n];
        if (!amount) java.util.Arrays.fill(shift, Double.NaN);
        return new Look(reading, one, crossbar, shift);
    }

    /**
     * Digits as wide as digits (a digit's ink is about half as wide as it is tall): two tall glyphs side by side, no
     * wider together than 0.75 of the digits' height, are one digit broken in two (a 9's bowl parted from its back); a
     * tall glyph 0.95 of it wide or more is two digits run together, parted at the column of least ink in its middle.
     */
    private static void normalizeWidths(List<List<int[]>> glyphs, int[][] labels, double height) {
        // a digit's ink is about half as wide as it is tall (tabular figures): 0.75 of the height holds any one digit,
        // 0.95 of it no two
        for (int k = glyphs.size() - 1; k >= 0; k--) {
            List<int[]> g = glyphs.get(k);
            int x0 = left(g), w = right(g) - x0;
            if (w < 0.95 * height || !tall(List.of(g), height).equals(List.of(0))) continue;
            // parted at the column of least ink in its middle two fifths
            java.util.Set<Integer> own = new java.util.HashSet<>();
            for (int[] p : g) own.add(p[5]);
            int cut = -1, least = Integer.MAX_VALUE;
            for (int x = x0 + (int) Math.round(0.3 * w); x <= x0 + (int) Math.round(0.7 * w); x++) {
                int ink = 0;
                for (int[] row : labels) if (x < row.length && own.contains(row[x])) ink++;
                if (ink < least) { least = ink; cut = x; }
            }
            List<int[]> a = new ArrayList<>(), b = new ArrayList<>();
            for (int[] p : g) {
                if (p[0] + p[2] <= cut) a.add(p);
                else if (p[0] >= cut) b.add(p);
                else {
                    a.add(new int[]{p[0], p[1], cut - p[0], p[3], p[4], p[5]});
                    b.add(new int[]{cut, p[1], p[0] + p[2] - cut, p[3], p[4], p[5]});
                }
            }
            if (a.isEmpty() || b.isEmpty() || tall(List.of(a, b), height).size() != 2) continue;
            glyphs.set(k, a);
            glyphs.add(k + 1, b);
        }
        for (int k = glyphs.size() - 2; k >= 0; k--) {
            List<int[]> a = glyphs.get(k), b = glyphs.get(k + 1);
            if (tall(List.of(a, b), height).size() != 2) continue;
            int gap = left(b) - right(a);
            if (gap <= 0.2 * height && right(b) - left(a) <= 0.75 * height) {
                a.addAll(glyphs.remove(k + 1));
            }
        }
    }

    /**
     * Indices of the glyphs that are digits: their parts cover at least 60% of the rows of the digits' height (a 3's
     * ball terminals, one over the other, are not a digit).
     */
    private static List<Integer> tall(List<List<int[]>> glyphs, double height) {
        List<Integer> digits = new ArrayList<>();
        for (int g = 0; g < glyphs.size(); g++) {
            java.util.BitSet rows = new java.util.BitSet();
            for (int[] p : glyphs.get(g)) rows.set(p[1], p[1] + p[3]);
            if (rows.cardinality() >= 0.6 * height) digits.add(g);
        }
        return digits;
    }

    /** Whether a mark lies within the ink box of one of the figure's digits (a piece of it that broke off). */
    private static boolean insideDigit(int[] m, List<List<int[]>> glyphs, List<Integer> digits) {
        for (int d : digits) {
            List<int[]> g = glyphs.get(d);
            int top = g.stream().mapToInt(p -> p[1]).min().orElse(0), bottom = g.stream().mapToInt(p -> p[1] + p[3]).max().orElse(0);
            if (m[0] >= left(g) && m[0] + m[2] <= right(g) && m[1] >= top && m[1] + m[3] <= bottom) return true;
        }
        return false;
    }

    private static int left(List<int[]> glyph) {
        return glyph.stream().mapToInt(p -> p[0]).min().orElse(0);
    }

    private static int right(List<int[]> glyph) {
        return glyph.stream().mapToInt(p -> p[0] + p[2]).max().orElse(0);
    }

    /**
     * Which digits (their order) are read 1 on a glyph that is a 1's: a stem, a digit's pitch from its neighbours read
     * in the same group (0.6–1.45 of the typical spacing of digits not parted by a separator: where a digit broken in
     * two and two others run together match in number, a 1 matched to the wrong glyph stands out of pitch).
     */
    private static java.util.Set<Integer> onesOnStems(Slots slots, List<List<int[]>> glyphs, List<Integer> digits, int[][] labels, double top, double height) {
        int n = slots.n;
        boolean[] partedBefore = slots.parted;
        char[] read = slots.read;
        double[] centre = slots.centre;
        List<Double> spacings = new ArrayList<>();
        for (int i = 1; i < n; i++) if (!partedBefore[i]) spacings.add(centre[i] - centre[i - 1]);
        java.util.Set<Integer> out = new java.util.HashSet<>();
        if (spacings.size() < 2) return out;
        double typical = spacings.stream().mapToDouble(Double::doubleValue).sorted().toArray()[spacings.size() / 2];
        for (int i = 0; i < n; i++) {
            if (read[i] != '1' || !stem(glyphs.get(digits.get(i)), labels, top, height)) continue;
            boolean inPitch = true;
            if (i > 0 && !partedBefore[i]) inPitch &= inPitch(centre[i] - centre[i - 1], typical);
            if (i + 1 < n && !partedBefore[i + 1]) inPitch &= inPitch(centre[i + 1] - centre[i], typical);
            if (inPitch) out.add(i);
        }
        return out;
    }

    /**
     * A figure's digit slots. Tabular figures: every digit takes the same advance, and each digit but 1 has its ink
     * about its slot's centre. The pitch is measured between neighbours in a group, digits other than 1 only (pixels);
     * a slot is placed only within its group (a step over a separator is measured, if at all, from one pair of digits
     * whose shapes move their ink: on a newcomer's 1-bit scan the leading 1s of 1,252,300 and 1,102,300 so placed stood
     * 0.13–0.19 of a pitch right, and were read 4).
     */
    private static final class Slots {
        final int n;
        final char[] read;
        final boolean[] parted; // a separator read between digit d-1 and d
        final double[] centre;
        final double pitch;

        Slots(String figure, List<List<int[]>> glyphs, List<Integer> digits) {
            n = digits.size();
            read = new char[n];
            parted = new boolean[n];
            int d = 0;
            boolean separator = false;
            for (char c : figure.toCharArray()) {
                if (Character.isDigit(c)) {
                    if (d >= n) break;
                    read[d] = c;
                    parted[d] = separator;
                    separator = false;
                    d++;
                } else if (c == ',' || c == '.') separator = true;
            }
            centre = new double[n];
            for (int i = 0; i < n; i++) centre[i] = (left(glyphs.get(digits.get(i))) + right(glyphs.get(digits.get(i)))) / 2.0;
            List<Double> pitches = new ArrayList<>();
            for (int i = 1; i < n && d == n; i++) {
                if (read[i] != '1' && read[i - 1] != '1' && !parted[i]) pitches.add(centre[i] - centre[i - 1]);
            }
            pitch = pitches.isEmpty() ? Double.NaN : median(pitches.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /**
         * Each digit's ink centre off the centre of its slot, in digit pitches (NaN where no other digit places it):
         * the slot placed from the nearest digit other than 1 on either side within its group.
         */
        double[] shifts() {
            double[] out = new double[n];
            java.util.Arrays.fill(out, Double.NaN);
            if (Double.isNaN(pitch)) return out;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                int count = 0;
                for (int dir = -1; dir <= 1; dir += 2) {
                    for (int j = i + dir; j >= 0 && j < n && !parted[dir > 0 ? j : j + 1]; j += dir) {
                        if (read[j] == '1') continue;
                        sum += centre[i] - (centre[j] - (j - i) * pitch);
                        count++;
                        break;
                    }
                }
                if (count > 0) out[i] = sum / count / pitch;
            }
            return out;
        }
    }

    private static boolean inPitch(double spacing, double typical) {
        return spacing >= 0.6 * typical && spacing <= 1.45 * typical;
    }

    /**
     * Whether the glyph is a stem: its tallest part 70% of the digits' height or more, and in each row between 20% and
     * 50% of it (under a 1's flag, over a 4's crossbar) its ink, all its parts, no wider than a quarter of it.
     */
    private static boolean stem(List<int[]> glyph, int[][] labels, double top, double height) {
        int[] stem = glyph.stream().max(Comparator.comparingInt(p -> p[3])).orElseThrow();
        if (stem[3] < 0.7 * height) return false;
        java.util.Set<Integer> own = new java.util.HashSet<>();
        for (int[] p : glyph) own.add(p[5]);
        int x0 = left(glyph), x1 = right(glyph);
        int from = (int) Math.ceil(top + 0.2 * height), to = (int) Math.floor(top + 0.5 * height);
        for (int y = Math.max(0, from); y <= Math.min(labels.length - 1, to); y++) {
            int first = -1, last = -1;
            for (int x = x0; x < x1; x++) {
                if (!own.contains(labels[y][x])) continue;
                if (first < 0) first = x;
                last = x;
            }
            if (first >= 0 && last - first + 1 > Math.max(3, 0.25 * height)) return false;
        }
        return true;
    }

    /**
     * Ink of the glyph's stem (its tallest part) at least two pixels left of the stem's first full column, between 45%
     * and 80% of the digits' height: a crossbar still joined to it.
     */
    private static boolean joinedNub(List<int[]> glyph, int[][] labels, double top, double height) {
        int[] stem = glyph.stream().max(Comparator.comparingInt(p -> p[3])).orElseThrow();
        int x0 = stem[0], x1 = stem[0] + stem[2];
        java.util.Set<Integer> own = java.util.Set.of(stem[5]);
        int yTop = (int) Math.round(top), yBottom = (int) Math.round(top + height);
        int stemLeft = Integer.MAX_VALUE;
        for (int x = x0; x < x1; x++) {
            int count = 0;
            for (int y = Math.max(0, yTop); y < Math.min(labels.length, yBottom); y++) if (own.contains(labels[y][x])) count++;
            if (count >= 0.5 * height) {
                stemLeft = x;
                break;
            }
        }
        if (stemLeft == Integer.MAX_VALUE) return false;
        int from = (int) Math.ceil(top + 0.45 * height), to = (int) Math.floor(top + 0.8 * height);
        for (int y = Math.max(0, from); y <= Math.min(labels.length - 1, to); y++) {
            for (int x = x0; x <= stemLeft - 2; x++) if (own.contains(labels[y][x])) return true;
        }
        return false;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double median(int[] v) {
        int[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length == 0 ? 0 : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }
}
