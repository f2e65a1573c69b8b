package io.gongkai.extract.image;

import io.gongkai.grid.Segment;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ruling lines of a (deskewed) page: ink opened with long thin kernels (morphological line extraction), each
 * remaining stroke a segment; collinear pieces a short break apart joined (a photocopy's broken or faint rules);
 * then only lines that take part in a grid kept: a horizontal line crossing or ending on at least two vertical ones,
 * and the other way round. A seal's arc, a signature, an underline or a stain meets fewer, and does not cut the
 * table's cells.
 *
 * @param segments the lines kept, in pixels (a horizontal one has y0 == y1, a vertical one x0 == x1)
 * @param mask     255 on the pixels of those lines (and a pixel around them), for erasing them before OCR
 */
public record Rulings(List<Segment> segments, Mat mask) {

    /**
     * Finds the rulings in an ink mask.
     *
     * @param ink 255 where ink ({@link PageCleaner#ink})
     * @param dpi resolution of the page
     */
    public static Rulings detect(Mat ink, float dpi) {
        int longRun = Math.round(dpi * 0.3f);       // longer than any glyph's stroke, shorter than any cell's width
        int tallRun = Math.round(dpi * 0.2f);       // taller than a 14 pt glyph
        int cellRun = Math.round(dpi * 0.06f);      // a vertical piece this short counts only between two rules
        int thick = Math.max(4, Math.round(dpi * 0.045f));
        int tol = Math.max(3, Math.round(dpi * 0.03f));
        int gap = Math.round(dpi * 0.08f);          // breaks a copier leaves in a rule
        Mat hMask = open(ink, longRun, 1);
        Mat vMask = open(ink, 1, cellRun);
        List<Line> hLines = join(strokes(hMask, true, thick, longRun / 2), true, tol, gap, longRun);
        List<Line> vLines = join(strokes(vMask, false, thick, cellRun), false, tol, gap, cellRun);
        List<Segment> h = hLines.stream().map(l -> l.segment(true)).toList();
        List<Segment> v = vLines.stream().map(l -> l.segment(false)).toList();
        // a column of 十 or 丨 in a stack of tight rows makes short vertical strokes in a line: joined across the
        // gaps between the rows, they do not run through the rules between them, as a rule does
        List<Segment> h0 = h, v0 = v;
        v = vLines.stream().filter(l -> continuous(l, h0, false, tol)).map(l -> l.segment(false)).toList();
        List<Segment> v1 = v;
        h = hLines.stream().filter(l -> continuous(l, v1, true, tol)).map(l -> l.segment(true)).toList();
        // a line joined from pieces must run across a rule (the strokes of a label wrapped over two lines, one under
        // the other, can reach from rule to rule joined, within one row); a short cell border is one unbroken stroke
        // that continues a column's border above or below it (a stroke of a label in one row stands alone)
        java.util.Set<Segment> unbroken = new java.util.HashSet<>();
        for (Line l : vLines) if (l.pieces().size() == 1) unbroken.add(l.segment(false));
        // keep what forms a grid: alternate until stable (dropping a line can leave another with one crossing)
        for (int round = 0; round < 4; round++) {
            List<Segment> hv = v, hh = h;
            List<Segment> h2 = hh.stream().filter(s -> crossings(s, hv, tol) >= 2).toList();
            List<Segment> v2 = hv.stream().filter(s -> crossings(s, h2, tol) >= 2
                    && (unbroken.contains(s) ? s.y1() - s.y0() >= tallRun || endsOnBoth(s, h2, tol) && aligned(s, hv, tol) : crossesInside(s, h2, tol))).toList();
            boolean stable = h2.size() == h.size() && v2.size() == v.size();
            h = h2;
            v = v2;
            if (stable) break;
        }
        // the mask: the pixels of the kept lines themselves — ink in long horizontal runs and in vertical runs taller
        // than any glyph, near a kept line (within its reach: a double or tilted rule whole) — and, for a cell border too
        // short for that, its band; then a pixel around. A glyph standing close to a rule keeps its strokes (the last 6
        // of a figure flush against a cell's border), which a band as wide as a tilted rule's drift had eaten.
        java.util.Map<Segment, Double> reach = new java.util.HashMap<>();
        for (Line l : hLines) reach.put(l.segment(true), l.reach());
        for (Line l : vLines) reach.put(l.segment(false), l.reach());
        int halo = Math.max(1, Math.round(dpi / 150f));
        List<Segment> all = new ArrayList<>(h);
        all.addAll(v);
        Mat tall = open(ink, 1, tallRun);
        Mat lines = new Mat();
        Core.bitwise_or(hMask, tall, lines);
        Mat near = Mat.zeros(ink.size(), CvType.CV_8UC1), band = Mat.zeros(ink.size(), CvType.CV_8UC1);
        for (Segment s : all) {
            double across = reach.getOrDefault(s, 1.0) + halo;
            boolean shortBorder = s.vertical() && s.y1() - s.y0() < tallRun;
            double x0 = s.x0() - (s.horizontal() ? halo : across), x1 = s.x1() + (s.horizontal() ? halo : across);
            double y0 = s.y0() - (s.horizontal() ? across : halo), y1 = s.y1() + (s.horizontal() ? across : halo);
            Imgproc.rectangle(shortBorder ? band : near, new org.opencv.core.Point(Math.floor(x0), Math.floor(y0)),
                    new org.opencv.core.Point(Math.ceil(x1), Math.ceil(y1)), new org.opencv.core.Scalar(255), -1);
        }
        Mat mask = new Mat(), bandInk = new Mat();
        Core.bitwise_and(lines, near, mask);
        Core.bitwise_and(ink, band, bandInk);
        Core.bitwise_or(mask, bandInk, mask);
        Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(2 * halo + 1, 2 * halo + 1));
        Imgproc.dilate(mask, mask, k);
        for (Mat m : List.of(tall, lines, near, band, bandInk, k, hMask, vMask)) m.release();
        return new Rulings(List.copyOf(all), mask);
    }

    /** Releases the mask's native memory. */
    public void release() {
        mask.release();
    }

    private static Mat open(Mat ink, int w, int h) {
        Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(w, h));
        Mat out = new Mat();
        Imgproc.morphologyEx(ink, out, Imgproc.MORPH_OPEN, k);
        k.release();
        return out;
    }

    /** A stroke of an opened mask: its position across, its extent along, its mean thickness (pixels). */
    record Stroke(double pos, double from, double to, double thickness) {
    }

    /** Each connected stroke of an opened mask; blocks thicker than {@code thick} are not lines. */
    private static List<Stroke> strokes(Mat mask, boolean horizontal, int thick, int minLength) {
        Mat labels = new Mat(), stats = new Mat(), centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(mask, labels, stats, centroids, 8, CvType.CV_32S);
        List<Stroke> out = new ArrayList<>();
        int[] s = new int[5];
        double[] c = new double[2];
        for (int i = 1; i < n; i++) {
            stats.get(i, 0, s);
            centroids.get(i, 0, c);
            int x = s[0], y = s[1], w = s[2], h = s[3], area = s[4];
            int length = horizontal ? w : h, across = horizontal ? h : w;
            if (length < minLength) continue;
            // a stroke's mean thickness (area over length); its box may be taller from a remaining tilt
            if ((double) area / length > thick || across > 3 * thick) continue;
            out.add(horizontal ? new Stroke(c[1], x, x + w - 1, (double) area / length) : new Stroke(c[0], y, y + h - 1, (double) area / length));
        }
        labels.release();
        stats.release();
        centroids.release();
        return out;
    }

    /** Share of a joined line's span its pieces must cover: a rule with a copier's breaks covers more, glyph strokes that happen to line up less. */
    static final double COVERED = 0.75;

    /**
     * A line joined from collinear pieces: position across, extent along, and the pieces' extents (a rule passes
     * through the rules it crosses; strokes of glyphs stacked in a column of rows stop short of each one).
     */
    record Line(double pos, double from, double to, double thickness, double reach, List<double[]> pieces) {
        Segment segment(boolean horizontal) {
            return horizontal ? new Segment(from, pos, to, pos) : new Segment(pos, from, pos, to);
        }

        /** Whether some piece runs through {@code at} (give or take {@code tol} pixels). */
        boolean through(double at, int tol) {
            for (double[] p : pieces) if (p[0] <= at + tol && p[1] >= at - tol) return true;
            return false;
        }
    }

    /**
     * Collinear pieces (within {@code tol} of one position) less than {@code gap} apart joined; lines shorter than
     * {@code minLength}, or whose pieces cover less than {@link #COVERED} of their span, dropped.
     */
    static List<Line> join(List<Stroke> strokes, boolean horizontal, int tol, int gap, int minLength) {
        List<Stroke> sorted = new ArrayList<>(strokes);
        sorted.sort(Comparator.comparingDouble(Stroke::from));
        List<double[]> lines = new ArrayList<>(); // pos sum, weight (covered length), from, to, thickness sum
        List<List<double[]>> pieces = new ArrayList<>();
        List<List<Stroke>> members = new ArrayList<>();
        for (Stroke s : sorted) {
            double pos = s.pos(), a = s.from(), b = s.to();
            int hit = -1;
            for (int i = 0; i < lines.size(); i++) {
                double[] l = lines.get(i);
                if (Math.abs(l[0] / l[1] - pos) <= tol && a <= l[3] + gap) { hit = i; break; }
            }
            double len = b - a + 1;
            if (hit < 0) {
                lines.add(new double[]{pos * len, len, a, b, s.thickness() * len});
                pieces.add(new ArrayList<>(List.of(new double[]{a, b})));
                members.add(new ArrayList<>(List.of(s)));
            } else {
                double[] l = lines.get(hit);
                l[0] += pos * len;
                l[1] += len;
                l[3] = Math.max(l[3], b);
                l[4] += s.thickness() * len;
                pieces.get(hit).add(new double[]{a, b});
                members.get(hit).add(s);
            }
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            double[] l = lines.get(i);
            if (l[3] - l[2] + 1 < minLength || l[1] < COVERED * (l[3] - l[2] + 1)) continue;
            double pos = l[0] / l[1], reach = 0;
            // how far across the line's ink reaches from its middle: a double rule, or pieces a little apart, all of it
            for (Stroke m : members.get(i)) reach = Math.max(reach, Math.abs(m.pos() - pos) + m.thickness() / 2);
            out.add(new Line(pos, l[2], l[3], l[4] / l[1], reach, List.copyOf(pieces.get(i))));
        }
        return out;
    }

    /**
     * Whether a line runs through at least half of the perpendicular rules it crosses inside its span (ends apart):
     * a rule does; glyph strokes stacked in a column of tight rows, joined across the small gaps between them, stop
     * short of every rule between the rows.
     */
    static boolean continuous(Line line, List<Segment> across, boolean horizontal, int tol) {
        int crossed = 0, through = 0;
        for (Segment o : across) {
            double at = horizontal ? o.x0() : o.y0();
            double oFrom = horizontal ? o.y0() : o.x0(), oTo = horizontal ? o.y1() : o.x1();
            if (at <= line.from() + 2 * tol || at >= line.to() - 2 * tol) continue;
            if (line.pos() < oFrom - tol || line.pos() > oTo + tol) continue;
            crossed++;
            if (line.through(at, 2)) through++; // a rule runs into and through the rule it crosses
        }
        return through * 2 >= crossed;
    }

    /** Whether a vertical line crosses a horizontal one strictly inside its span (not only at its ends). */
    private static boolean crossesInside(Segment v, List<Segment> horizontals, int tol) {
        for (Segment h : horizontals) {
            if (v.x0() < h.x0() - tol || v.x0() > h.x1() + tol) continue;
            if (h.y0() > v.y0() + 2 * tol && h.y0() < v.y1() - 2 * tol) return true;
        }
        return false;
    }

    /** Whether another vertical line stands at the same x (within {@code tol}), above or below this one. */
    private static boolean aligned(Segment v, List<Segment> verticals, int tol) {
        for (Segment o : verticals) {
            if (o != v && Math.abs(o.x0() - v.x0()) <= tol && (o.y1() < v.y0() + tol || o.y0() > v.y1() - tol)) return true;
        }
        return false;
    }

    /** How many lines of the other direction this one crosses or touches (within {@code tol}). */
    private static int crossings(Segment s, List<Segment> others, int tol) {
        int n = 0;
        for (Segment o : others) if (meets(s, o, tol)) n++;
        return n;
    }

    private static boolean meets(Segment a, Segment b, int tol) {
        Segment h = a.horizontal() ? a : b, v = a.horizontal() ? b : a;
        return v.x0() >= h.x0() - tol && v.x0() <= h.x1() + tol && h.y0() >= v.y0() - tol && h.y0() <= v.y1() + tol;
    }

    /**
     * Whether a vertical piece starts on one horizontal line and ends on another (a short cell border): it reaches
     * each line's middle, as a border does, which runs into the line it meets; a glyph's stroke in a tight row stops
     * short of the rules above and below it, however close it comes.
     */
    private static boolean endsOnBoth(Segment v, List<Segment> horizontals, int tol) {
        boolean top = false, bottom = false;
        for (Segment h : horizontals) {
            if (v.x0() < h.x0() - tol || v.x0() > h.x1() + tol) continue;
            if (v.y0() <= h.y0() + 1.5 && v.y0() >= h.y0() - tol) top = true;
            if (v.y1() >= h.y0() - 1.5 && v.y1() <= h.y0() + tol) bottom = true;
        }
        return top && bottom;
    }
}
