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
 * table's cells. A hairline rule (LibreOffice's and WPS's default borders: a pixel wide, gray) that noise, blur, uneven
 * light or a copier leave under the ink threshold, or in dashes, is found in the gray page itself: a {@link #ridge}
 * longer than any glyph, whose median is as a printed rule's ({@link #PRINTED}: not the next page's rules showing
 * through), away from strokes the ink already shows (a glyph's), less the length averaging along it added. Measured
 * on the scan matrix (README → Performance): the seed tables LibreOffice printed, shaded 200 dpi, amounts exact
 * 390 → 525 of 798; in 7 pt, colour 300 dpi, 359 → 390 of 399; photocopied seeds 153 → 227 of 1283; the real documents'
 * amounts as before in every condition, none wrong unflagged.
 *
 * @param segments the lines kept, in pixels (a horizontal one has y0 == y1, a vertical one x0 == x1)
 * @param mask     255 on the pixels of those lines (and a pixel around them), for erasing them before OCR
 */
public record Rulings(List<Segment> segments, Mat mask) {

    /**
     * Finds the rulings of a page. A streak from paper edge to paper edge ({@link #streak}) is none: it is painted out
     * of {@code flat} and {@code ink}, which this then changes in place.
     *
     * @param ink   255 where ink ({@link PageCleaner#ink})
     * @param flat  the flattened gray page the ink was made from ({@link PageCleaner#flatten}), for faint rules
     * @param dpi   resolution of the page
     * @param noise the page's noise ({@link PageCleaner#noise}), gray levels
     */
    public static Rulings detect(Mat ink, Mat flat, float dpi, double noise) {
        int longRun = Math.round(dpi * LONG_RUN);
        int tallRun = Math.round(dpi * TALL_RUN);
        int cellRun = Math.round(dpi * 0.06f);      // a vertical piece this short counts only between two rules
        int thick = Math.max(4, Math.round(dpi * 0.045f));
        int tol = Math.max(3, Math.round(dpi * 0.03f));
        int gap = Math.round(dpi * 0.08f);          // breaks a copier leaves in a rule
        int dash = Math.round(dpi * 0.2f);          // gaps in a hairline cut to 1 bit askew (join)
        // one label image (4 bytes a pixel: 35 MB at 300 dpi) for the page's five labellings: made afresh for each, each
        // was faulted in by the kernel page by page, which cost as much as the labelling itself (perf, a clean 300 dpi
        // scan: 0.4 CPU s a page)
        Mat labels = new Mat();
        Mat hInk = open(ink, longRun, 1);
        Mat hMask = hInk.clone();
        Mat vMask = open(ink, 1, cellRun);
        Mat hRidge = ridge(flat, true, dpi), vRidge = ridge(flat, false, dpi);
        double grain = noise / Math.sqrt(along(dpi)); // the page's noise averaged along a rule
        double least = Math.max(FAINT, 3.5 * grain);
        Mat tall = open(ink, 1, tallRun);
        Mat hFaintRun = printed(trimmed(openReleasing(atLeast(hRidge, least), longRun, 1), true, dpi), hRidge, hInk, labels);
        Mat vFaintRun = printed(trimmed(openReleasing(besideGlyphs(bridged(vRidge, least, Math.max(least / 2, 2.5 * grain), dpi), vMask, dpi), 1, tallRun), false, dpi), vRidge, tall, labels);
        Core.bitwise_or(hMask, hFaintRun, hMask);
        Core.bitwise_or(vMask, vFaintRun, vMask);
        // for erasing, a faint run's middle only: its shoulders are the edges of glyphs set flush against the rule
        Mat hFaintCore = middle(hRidge, hFaintRun, true, dpi), vFaintCore = middle(vRidge, vFaintRun, false, dpi);
        List<Line> hLines = unbowed(join(strokes(hMask, true, thick, longRun / 2, dpi, labels), true, tol, gap, dash, longRun), true, ink, thick, dpi);
        List<Line> vLines = unbowed(join(strokes(vMask, false, thick, cellRun, dpi, labels), false, tol, gap, dash, cellRun), false, ink, thick, dpi);
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
        java.util.Map<Segment, Double> reach = new java.util.HashMap<>();
        for (Line l : hLines) reach.put(l.segment(true), l.reach());
        for (Line l : vLines) reach.put(l.segment(false), l.reach());
        // a copier's streak or a fax's scan line runs from paper edge to paper edge: no rule of the grid, though it
        // crosses every one (kept aside: erased before OCR, as a rule is)
        // (measured against the lines of the grid only, each crossing two lines besides the streak: a book's shadow
        // along the top edge, which crosses nothing but the streak, is no table's border)
        List<Segment> hAll = h, vAll = v;
        List<Segment> hGrid = h.stream().filter(s -> crossings(s, vAll, tol) >= 3).toList();
        List<Segment> vGrid = v.stream().filter(s -> crossings(s, hAll, tol) >= 3).toList();
        List<Segment> vStreaks = new ArrayList<>(), hStreaks = new ArrayList<>();
        for (Segment s : v) if (streak(alongOneLine(s, v, hGrid, tol, ink.rows(), STREAK_MARGIN * dpi), hGrid, ink.cols(), ink.rows(), dpi)) vStreaks.add(s);
        for (Segment s : h) if (streak(alongOneLine(s, h, vGrid, tol, ink.cols(), STREAK_MARGIN * dpi), vGrid, ink.cols(), ink.rows(), dpi)) hStreaks.add(s);
        // many such lines of one direction are the rules of a table whose border the crop cut away, not streaks
        List<Segment> streaks = new ArrayList<>();
        double margin = STREAK_MARGIN * dpi;
        if (atTheirEdge(vStreaks, vAll, hGrid, tol, ink.rows(), margin) < CUT_GRID || !cutGrid(vStreaks, hGrid, tol, ink.cols(), margin)) streaks.addAll(vStreaks);
        if (atTheirEdge(hStreaks, hAll, vGrid, tol, ink.cols(), margin) < CUT_GRID || !cutGrid(hStreaks, vGrid, tol, ink.rows(), margin)) streaks.addAll(hStreaks);
        if (!streaks.isEmpty()) {
            v = v.stream().filter(s -> !streaks.contains(s)).toList();
            h = h.stream().filter(s -> !streaks.contains(s)).toList();
            paintOut(streaks, reach, flat, ink);
        }
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
        // a table ruled across only (no column rules): its rules cross nothing, yet are the table's; left on the page,
        // each was read as a phrase, and where it touched the text under it, with that row's text as one
        List<Segment> hKept = h, vKept = v;
        List<Segment> ruledAcross = ruledAcross(hAll.stream().filter(s -> !streaks.contains(s) && !hKept.contains(s) && crossings(s, vKept, tol) == 0).toList(), tol, dpi);
        if (!ruledAcross.isEmpty()) {
            List<Segment> more = new ArrayList<>(h);
            more.addAll(ruledAcross);
            h = more;
        }
        // the mask: the pixels of the kept lines themselves — ink in long horizontal runs and in vertical runs taller
        // than any glyph, near a kept line (within its reach: a double or tilted rule whole) — and, for a cell border too
        // short for that, its band; then a pixel around. A glyph standing close to a rule keeps its strokes (the last 6
        // of a figure flush against a cell's border), which a band as wide as a tilted rule's drift had eaten.
        int halo = Math.max(1, Math.round(dpi / 150f));
        List<Segment> all = new ArrayList<>(h);
        all.addAll(v);
        // a faint rule's middle where the ink shows no rule near it: where it does, the ink's rule is what is erased
        // (the ridge beside a rule the ink holds peaks on the strokes of a glyph set flush against it: 行 lost its 彳)
        Mat vFaintAlone = unlessNear(vFaintCore, tall, false, dpi), hFaintAlone = unlessNear(hFaintCore, hInk, true, dpi);
        Core.bitwise_or(tall, vFaintAlone, tall);
        Mat lines = new Mat();
        Core.bitwise_or(hInk, hFaintAlone, lines);
        Core.bitwise_or(lines, tall, lines);
        vFaintAlone.release();
        hFaintAlone.release();
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
        remnants(ink, mask, all, reach, halo, labels);
        Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(2 * halo + 1, 2 * halo + 1));
        Imgproc.dilate(mask, mask, k);
        for (Mat m : List.of(labels, tall, lines, near, band, bandInk, k, hInk, hMask, vMask, hRidge, vRidge, hFaintRun, vFaintRun)) m.release();
        return new Rulings(List.copyOf(all), mask);
    }

    /** The least length of a rule of a table ruled across only ({@link #ruledAcross}), inches. */
    static final double LEAST_ACROSS = 2.0;
    /** The fewest rules of a table ruled across only: a rule above and below its header and one under its last row. */
    static final int FEWEST_ACROSS = 3;

    /**
     * The rules of tables ruled across only — horizontal rules and no column rules (a table styled so in a word
     * processor or a web page, or a budget printed with "horizontal borders only"): {@link #FEWEST_ACROSS} or more
     * horizontal lines, each {@link #LEAST_ACROSS} inches long or longer, whose left ends and right ends stand within
     * twice {@code tol} of each other's. A title's underline or a page's header and footer rules are fewer; a streak
     * is none (taken out before). A newcomer's summary tables so ruled, scanned, read nothing: their rules, not erased,
     * were read as text, and where a rule touched the row under it, with that row as one phrase (`一 、 寻必静计疏八
     * 3 /1,D14,b5D5.0U0 …` across the page).
     *
     * @param candidates horizontal lines that take no part in a grid, pixels
     */
    static List<Segment> ruledAcross(List<Segment> candidates, int tol, float dpi) {
        double least = LEAST_ACROSS * dpi;
        List<Segment> longOnes = candidates.stream().filter(s -> s.x1() - s.x0() >= least).toList();
        List<Segment> out = new ArrayList<>();
        for (Segment s : longOnes) {
            long alike = longOnes.stream().filter(o -> Math.abs(o.x0() - s.x0()) <= 2 * tol && Math.abs(o.x1() - s.x1()) <= 2 * tol).count();
            if (alike >= FEWEST_ACROSS) out.add(s);
        }
        return out;
    }

    /**
     * Paints streaks out of the page, in place: each streak's band (its ink's reach from its line, and a pixel) filled from the
     * pixels around it (OpenCV's Telea inpainting) in the gray page and in its ink, so a stroke the streak crossed is
     * whole again (an 8 whose left bow the streak covered read 3 with the band erased) and paper stays paper.
     */
    private static void paintOut(List<Segment> streaks, java.util.Map<Segment, Double> reach, Mat flat, Mat ink) {
        Mat band = Mat.zeros(ink.size(), CvType.CV_8UC1);
        int widest = 1;
        for (Segment s : streaks) {
            int half = (int) Math.ceil(reach.getOrDefault(s, 1.0)) + 1;
            widest = Math.max(widest, half);
            double[] path = followed(s, ink, half);
            Imgproc.line(band, new org.opencv.core.Point(path[0], path[1]), new org.opencv.core.Point(path[2], path[3]), new org.opencv.core.Scalar(255), 2 * half + 1);
        }
        org.opencv.photo.Photo.inpaint(flat, band, flat, widest, org.opencv.photo.Photo.INPAINT_TELEA);
        org.opencv.photo.Photo.inpaint(ink, band, ink, widest, org.opencv.photo.Photo.INPAINT_TELEA);
        Imgproc.threshold(ink, ink, 127, 255, Imgproc.THRESH_BINARY);
        band.release();
    }

    /**
     * The straight path a streak's ink takes, which may slant against its fit: the page is put straight by its text,
     * and a streak the copier drew straight down the sheet then leans as the original lay crooked (0.4° over a sheet's
     * height is 12 pixels at 200 dpi). Painted along its level fit, a newcomer's copy kept the streak's top, through
     * the title, and its bottom: the title and the unit line joined a phrase 370 pixels tall, read as nothing, and the
     * table fitted no template. The path is fitted (least squares) through the middles of the streak's ink on 32 lines
     * across it, where one run of ink no wider than the streak stands within the slant's reach of its fit (a glyph's
     * stroke beside it makes a line ambiguous, and it is left out); its fit when fewer than 4 lines tell, or when the
     * slant found exceeds {@link #STREAK_SLANT}.
     *
     * @param half the streak's half width, pixels
     * @return its ends, x0 y0 x1 y1 in pixels (a {@link Segment} orders each coordinate, and would lose the slant)
     */
    static double[] followed(Segment s, Mat ink, int half) {
        double[] level = {s.x0(), s.y0(), s.x1(), s.y1()};
        boolean vertical = s.vertical();
        double from = vertical ? s.y0() : s.x0(), to = vertical ? s.y1() : s.x1(), at = vertical ? s.x0() : s.y0();
        int reachAcross = (int) Math.ceil(STREAK_SLANT * (to - from)) + half;
        int lo = (int) Math.max(0, Math.floor(at - reachAcross)), hi = (int) Math.min((vertical ? ink.cols() : ink.rows()) - 1, Math.ceil(at + reachAcross));
        if (hi <= lo) return level;
        List<double[]> points = new ArrayList<>();
        byte[] px = new byte[hi - lo + 1];
        for (int k = 0; k < 32; k++) {
            int along = (int) Math.round(from + (k + 0.5) * (to - from) / 32);
            if (along < 0 || along >= (vertical ? ink.rows() : ink.cols())) continue;
            Mat line = vertical ? ink.submat(along, along + 1, lo, hi + 1) : ink.submat(lo, hi + 1, along, along + 1);
            line.get(0, 0, px);
            line.release();
            int runs = 0, start = -1;
            double middle = 0;
            boolean narrow = true;
            for (int i = 0; i <= px.length; i++) {
                boolean on = i < px.length && px[i] != 0;
                if (on && start < 0) start = i;
                if (!on && start >= 0) {
                    runs++;
                    middle = lo + (start + i - 1) / 2.0;
                    narrow = i - start <= 2 * half + 2;
                    start = -1;
                }
            }
            if (runs == 1 && narrow) points.add(new double[]{along, middle});
        }
        if (points.size() < 4) return level;
        double n = points.size(), sa = 0, sb = 0, saa = 0, sab = 0;
        for (double[] p : points) {
            sa += p[0];
            sb += p[1];
            saa += p[0] * p[0];
            sab += p[0] * p[1];
        }
        double d = n * saa - sa * sa;
        if (d == 0) return level;
        double slope = (n * sab - sa * sb) / d, icpt = (sb - slope * sa) / n;
        if (Math.abs(slope) > STREAK_SLANT) return level;
        double a = icpt + slope * from, b = icpt + slope * to;
        return vertical ? new double[]{a, from, b, to} : new double[]{from, a, to, b};
    }

    /**
     * A line from a paper edge joined with the line from the opposite edge that lies on the same straight line (within
     * {@code tol} pixels across, and a slant of up to {@link #STREAK_SLANT} between their middles): a streak whose
     * middle the line finder lost among a row's glyphs, or that the transmission broke, is one streak in pieces (a
     * newcomer's fax of a real budget: a scan line through a row, found as a piece from each paper edge into the
     * table; neither ran past the grid at both ends, and both were taken for rules, which cut the row in two and gave
     * the table a column from each paper edge). The scan line is level in the scan; put straight with the text, it
     * slants as the page was skewed. A line that reaches no paper edge is returned as it is.
     *
     * @param across the grid's lines across them: a piece joined must cross one (a tight crop's title strokes at the top
     *               edge, in line with a column rule reaching the bottom one, made it a streak, and the column rules with it)
     * @param length the page's extent along the lines, pixels
     * @param margin how near a paper edge a line's end comes to start there, pixels
     */
    static Segment alongOneLine(Segment s, List<Segment> lines, List<Segment> across, double tol, double length, double margin) {
        boolean vertical = s.vertical();
        double from = vertical ? s.y0() : s.x0(), to = vertical ? s.y1() : s.x1();
        boolean first = from <= margin, last = to >= length - 1 - margin;
        if (!first && !last) return s;
        double at = vertical ? s.x0() : s.y0(), middle = (from + to) / 2, joinedFrom = from, joinedTo = to;
        for (Segment o : lines) {
            if (o == s || o.vertical() != vertical) continue;
            double oFrom = vertical ? o.y0() : o.x0(), oTo = vertical ? o.y1() : o.x1();
            if (!(first && oTo >= length - 1 - margin || last && oFrom <= margin)) continue;
            double apart = Math.abs((oFrom + oTo) / 2 - middle);
            if (Math.abs((vertical ? o.x0() : o.y0()) - at) > tol + STREAK_SLANT * apart) continue;
            // a piece enters the grid, as a scan line's pieces from the paper's edges do: a glyph's stroke at the
            // paper's edge (a title cropped to its top) crosses none of its rules
            if (across.stream().noneMatch(a -> meets(o, a, (int) Math.round(tol)))) continue;
            joinedFrom = Math.min(joinedFrom, oFrom);
            joinedTo = Math.max(joinedTo, oTo);
        }
        return vertical ? new Segment(at, joinedFrom, at, joinedTo) : new Segment(joinedFrom, at, joinedTo, at);
    }

    /** The most a streak's pieces may slant against the page's lines: tan 3°, the skew of a crooked scan. */
    static final double STREAK_SLANT = 0.0524;

    /**
     * Lines of one direction that each look like a streak ({@link #streak}) and are, this many or more, the rules of a
     * table cropped to its text, its border cut away (a newcomer's tight crop of a real budget: every row rule ran
     * from paper edge to paper edge past the column rules, all were painted out as streaks, and the page held "no
     * ruled table"). A copier's scratched drum or a fax's faulty sensor draws a streak or two, not a row of them.
     */
    static final int CUT_GRID = 3;

    /**
     * How many lines of {@code all} that enter the grid (cross one of {@code across}) reach a paper edge that one of
     * {@code candidates} reaches (the most of the two edges): the rules a crop cut there. A tight crop past a 三公
     * table's side borders left two of its row rules running from edge to edge, each a streak by itself and too few for
     * a cut grid, though a third, ending inside on the last column rule, reached the same edge (a newcomer's PNGs trimmed
     * and shaved by ImageMagick: both were painted out, and the table's one row with them).
     *
     * @param length the paper's size along the lines, pixels
     */
    static int atTheirEdge(List<Segment> candidates, List<Segment> all, List<Segment> across, int tol, double length, double margin) {
        int most = 0;
        for (boolean start : new boolean[]{true, false}) {
            if (candidates.stream().noneMatch(s -> reachesEdge(s, start, length, margin))) continue;
            most = Math.max(most, (int) all.stream().filter(s -> reachesEdge(s, start, length, margin) && across.stream().anyMatch(a -> meets(s, a, tol))).count());
        }
        return Math.max(most, candidates.isEmpty() ? 0 : 1);
    }

    /** Whether a line reaches the paper's first ({@code start}: top or left) or last edge, within {@code margin}. */
    private static boolean reachesEdge(Segment s, boolean start, double length, double margin) {
        double from = s.vertical() ? s.y0() : s.x0(), to = s.vertical() ? s.y1() : s.x1();
        return start ? from <= margin : to >= length - 1 - margin;
    }

    /**
     * Whether lines that each look like a streak are the rules of a cut grid ({@link #CUT_GRID}): the rules across them
     * ({@code across}, the grid's) end, at either end, within {@code margin} of the paper's edge (cut there too) or at
     * the outermost of them, its border, within {@code tol}. A sheet feeder's dirty glass draws several streaks inside a
     * table whose own borders stop short of the paper's edges (a newcomer's five streaks through a real 经济分类 table
     * were all kept as column rules: its 11 columns fit no template, 0 of 42 amounts).
     *
     * @param end the paper's size along {@code across} (pixels)
     */
    static boolean cutGrid(List<Segment> lines, List<Segment> across, int tol, int end, double margin) {
        if (across.isEmpty()) return true;
        boolean vertical = lines.get(0).vertical();
        double from = Double.MAX_VALUE, to = -Double.MAX_VALUE;
        for (Segment a : across) {
            from = Math.min(from, vertical ? a.x0() : a.y0());
            to = Math.max(to, vertical ? a.x1() : a.y1());
        }
        // each end of the grid is cut at the paper's edge, or ends at one of the lines (its border)
        boolean first = from <= margin, last = to >= end - 1 - margin;
        for (Segment l : lines) {
            double at = vertical ? (l.x0() + l.x1()) / 2 : (l.y0() + l.y1()) / 2;
            first |= Math.abs(at - from) <= tol;
            last |= Math.abs(at - to) <= tol;
        }
        return first && last;
    }

    /** How near a paper edge a streak comes, and how far past the outermost rules it crosses it runs: 0.2 inch. */
    static final double STREAK_MARGIN = 0.2;

    /**
     * Whether a line is a streak, not a rule: it comes within {@link #STREAK_MARGIN} of the paper's edge at one end at
     * least (the other may be lost in a dark edge's shadow) and runs that far past the outermost lines of the grid it
     * crosses at both ends. A copier's scratched drum or a fax's
     * faulty sensor draws one through the whole sheet (a newcomer's photocopies of real budgets: a 4 px streak down
     * a column of figures cut 8,661,624 into "8," and "661, 624" and made a column that shifted every figure
     * right of it). A rule ends on the table's border, however close a page cropped to its table brings that to
     * the edge.
     *
     * @param across the lines of the other direction, pixels
     */
    static boolean streak(Segment s, List<Segment> across, int width, int height, float dpi) {
        double margin = STREAK_MARGIN * dpi;
        boolean vertical = s.vertical();
        double from = vertical ? s.y0() : s.x0(), to = vertical ? s.y1() : s.x1(), end = vertical ? height : width;
        if (from > margin && to < end - 1 - margin) return false;
        double first = Double.MAX_VALUE, last = -Double.MAX_VALUE;
        int tol = Math.max(3, Math.round(dpi * 0.03f));
        for (Segment o : across) {
            if (!meets(s, o, tol)) continue;
            double at = vertical ? o.y0() : o.x0();
            first = Math.min(first, at);
            last = Math.max(last, at);
        }
        return first != Double.MAX_VALUE && from < first - margin && to > last + margin;
    }

    /**
     * Adds to {@code mask} the ink a broken rule left: each connected piece of ink the mask does not hold that lies
     * wholly within a kept line's band (its reach across, and the halo, either side of its fit; its length), and whose
     * ink, where the mask cut it from more, has no other piece outside every band. A rule a photocopy's toner dropout or a 1-bit threshold broke into dashes shorter than the line kernels leaves
     * such pieces; read, they were "—" or "-" beside a figure and "1", "l" or "!" beside a 0 ("— 5, 873, 551 —", "0l":
     * a newcomer's speckled photocopies of real budgets, 15 of 96 amounts exact). Text never lies wholly inside a
     * rule's band, but what the mask cut from a glyph set on a rule is part of that glyph, and a rule
     * a glyph touches is left as it was (7 pt type at 150 dpi sits on its rules, its figures whole in their bands:
     * erased, they took 182 of 399 exact amounts down to 19).
     *
     * @param reach  each line's reach across from its fit, pixels
     * @param labels a label image to label the pieces into (overwritten; reused from labelling to labelling)
     */
    static void remnants(Mat ink, Mat mask, List<Segment> lines, java.util.Map<Segment, Double> reach, int halo, Mat labels) {
        if (lines.isEmpty()) return;
        Mat rest = new Mat(), stats = new Mat(), centroids = new Mat(), inkLabels = new Mat();
        Core.subtract(ink, mask, rest);
        int n = Imgproc.connectedComponentsWithStats(rest, labels, stats, centroids, 8, CvType.CV_32S);
        Imgproc.connectedComponents(ink, inkLabels, 8, CvType.CV_32S);
        int[] st = new int[5];
        boolean[] inBand = new boolean[n];
        int[] owner = new int[n]; // the ink component each piece is (part of)
        java.util.Set<Integer> beyond = new java.util.HashSet<>(); // ink components with a piece outside every band: a glyph's
        for (int i = 1; i < n; i++) {
            stats.get(i, 0, st);
            int x = st[0], y = st[1], w = st[2], h = st[3];
            for (Segment s : lines) {
                boolean horizontal = s.horizontal();
                double pos = horizontal ? s.y0() : s.x0(), band = reach.getOrDefault(s, 1.0) + halo;
                double from = horizontal ? x : y, to = horizontal ? x + w - 1 : y + h - 1;
                double lo = horizontal ? y : x, hi = horizontal ? y + h - 1 : x + w - 1;
                double lineFrom = horizontal ? s.x0() : s.y0(), lineTo = horizontal ? s.x1() : s.y1();
                if (lo >= pos - band && hi <= pos + band && from >= lineFrom - halo && to <= lineTo + halo) {
                    inBand[i] = true;
                    break;
                }
            }
            Mat roi = labels.submat(y, y + h, x, x + w);
            int[] lab = new int[w * h];
            roi.get(0, 0, lab);
            roi.release();
            int k = 0;
            while (lab[k] != i) k++;
            int[] at = new int[1];
            inkLabels.get(y + k / w, x + k % w, at);
            owner[i] = at[0];
            if (!inBand[i]) beyond.add(at[0]);
        }
        for (int i = 1; i < n; i++) {
            if (!inBand[i]) continue;
            stats.get(i, 0, st);
            int x = st[0], y = st[1], w = st[2], h = st[3];
            if (beyond.contains(owner[i])) continue;
            Mat roi = labels.submat(y, y + h, x, x + w), piece = new Mat(), target = mask.submat(y, y + h, x, x + w);
            Core.compare(roi, new org.opencv.core.Scalar(i), piece, Core.CMP_EQ);
            Core.bitwise_or(target, piece, target);
            for (Mat m : List.of(roi, piece, target)) m.release();
        }
        for (Mat m : List.of(rest, stats, centroids, inkLabels)) m.release();
    }

    /** Releases the mask's native memory. */
    public void release() {
        mask.release();
    }

    /** A horizontal run of ink this long (inches) is a rule's: longer than any glyph's stroke (under 22 pt), shorter than any cell's width. */
    static final float LONG_RUN = 0.3f;
    /** A vertical run of ink this tall (inches) is a rule's: taller than a 14 pt glyph. */
    static final float TALL_RUN = 0.2f;

    /** The least contrast (gray levels, paper at 255) of a faint rule over the paper beside it, averaged along it. */
    static final double FAINT = 12;

    /** Pixels across from a faint rule to the paper beside it: 0.015 inch. */
    private static int off(float dpi) {
        return Math.max(2, Math.round(dpi * 0.015f));
    }

    /** Pixels along which a faint rule's darkness is averaged: 0.03 inch. */
    private static int along(float dpi) {
        return Math.max(3, Math.round(dpi * 0.03f));
    }

    /**
     * How much a thin line in one direction stands out of the gray page, pixel by pixel, found in the gray rather than
     * the ink: each pixel's darkness averaged along the direction over {@link #along} pixels (noise falls by the root
     * of that many; a rule keeps its darkness, since it runs on) less the lighter of the two averages 0.015 inch to
     * either side across (a rule has paper on both sides; the inside of a glyph or a shaded band does not) — a ridge.
     * A hairline (LibreOffice's and WPS's default border: a pixel wide, gray) that blur and grain leave under the ink
     * threshold stays a ridge: the caller keeps, of the pixels at least {@link #FAINT} (or 3.5 times the averaged
     * noise, where that is more), the runs longer than any glyph. On the seed tables printed by LibreOffice and scanned
     * noisy at 300 dpi, 5 of 30 horizontal rules were found in the ink, all 30 with these.
     *
     * @return a new 8-bit matrix of the page's size: the ridge's height in gray levels (0 where none)
     */
    static Mat ridge(Mat flat, boolean horizontal, float dpi) {
        int along = along(dpi), off = off(dpi);
        Mat dark = new Mat(), mean = new Mat();
        Core.bitwise_not(flat, dark);
        Imgproc.blur(dark, mean, horizontal ? new Size(along, 1) : new Size(1, along));
        dark.release();
        // the darker of the two sides: a dilation whose kernel is the two points off pixels to either side
        Mat sides = Mat.zeros(horizontal ? 2 * off + 1 : 1, horizontal ? 1 : 2 * off + 1, CvType.CV_8UC1), side = new Mat();
        sides.put(0, 0, 1);
        sides.put(horizontal ? 2 * off : 0, horizontal ? 0 : 2 * off, 1);
        Imgproc.dilate(mean, side, sides);
        Core.subtract(mean, side, mean); // saturates at 0 where a side is darker
        sides.release();
        side.release();
        return mean;
    }

    /**
     * The least median ridge (gray levels) of a faint run that is printed on the page scanned: a rule a twelfth of the
     * paper's brightness darker than the paper beside it, over its length; and, where the ink shows rules of the same
     * direction, a third of their mean ridge (a page's rules are drawn alike; what blur or noise leaves of them keeps
     * more than that). The next page's rules showing through thin paper (bleed-through) are ridges too, mirrored into the
     * table: on the matrix's bleed pages (the back page at 22 %) they measure 20–24, 37–51 where they cross the front
     * page's text, against 130–170 for the front page's rules; the faint rules of the scans, noisy, shaded or
     * photocopied, 46–70, where the ink shows rules at 70–95, or none.
     */
    static final double PRINTED = 32;

    /**
     * The runs of {@code runs} whose median ridge is as a printed rule's ({@link #PRINTED}); the others cleared. The
     * median, not the mean: the next page's rule showing through where it crosses a row of this page's text is as
     * dark there as a faint rule (a piece of one across one row measured 50 on average, 20–24 elsewhere).
     * {@code labels}: a label image to label the runs into (overwritten).
     */
    private static Mat printed(Mat runs, Mat ridge, Mat inkRules, Mat labels) {
        double least = PRINTED;
        if (Core.countNonZero(inkRules) > 0) least = Math.max(least, Core.mean(ridge, inkRules).val[0] / 3);
        Mat stats = new Mat(), centroids = new Mat();
        int n = Imgproc.connectedComponentsWithStats(runs, labels, stats, centroids, 8, CvType.CV_32S);
        int[] box = new int[5];
        for (int i = 1; i < n; i++) {
            stats.get(i, 0, box);
            int x = box[0], y = box[1], w = box[2], h = box[3];
            Mat l = labels.submat(y, y + h, x, x + w), r = ridge.submat(y, y + h, x, x + w);
            int[] lab = new int[w * h];
            byte[] rid = new byte[w * h];
            l.get(0, 0, lab);
            r.get(0, 0, rid);
            int[] histogram = new int[256];
            int count = 0;
            for (int k = 0; k < lab.length; k++) {
                if (lab[k] != i) continue;
                histogram[rid[k] & 0xff]++;
                count++;
            }
            int median = 0;
            for (int seen = 0; median < 255 && (seen += histogram[median]) * 2 < count; ) median++;
            if (count > 0 && median < least) {
                Mat mine = new Mat(), target = runs.submat(y, y + h, x, x + w);
                Core.compare(l, new org.opencv.core.Scalar(i), mine, Core.CMP_EQ);
                target.setTo(new org.opencv.core.Scalar(0), mine);
                mine.release();
                target.release();
            }
            l.release();
            r.release();
        }
        for (Mat m : List.of(stats, centroids)) m.release();
        return runs;
    }

    /**
     * The ridge pixels of {@code runs} (changed in place) that are not within {@link #off} pixels across of a stroke the
     * ink already shows in that direction: a glyph's stroke is a ridge too, and one of a heading's 出 set over a column's
     * border, blurred along, reached down to the border and drew it up through the merged heading.
     */
    private static Mat beside(Mat runs, Mat inkStrokes, boolean horizontal, float dpi) {
        Mat near = across(inkStrokes, horizontal, dpi);
        runs.setTo(new org.opencv.core.Scalar(0), near);
        near.release();
        return runs;
    }

    /**
     * The vertical ridge's pixels (changed in place) {@link #beside} the ink's upright strokes, and back among them those
     * strokes of the ink that lie on the ridge: a rule the ink shows in pieces (a hairline under uneven light with
     * grain: where the light fell off, flattening raised the grain and the ink kept a third of the rule) is one run, its
     * pieces and the ridge between them; cleared beside its own pieces, what was left of it were gaps shorter than any
     * rule, and the column lost its border in most rows (the seed's 7 pt 公开05表 in the matrix's photo-300 condition:
     * 156 of 399 amounts exact, figures a column off). A glyph's stroke beside a rule still clears the ridge beside it.
     */
    private static Mat besideGlyphs(Mat ridgeRuns, Mat inkStrokes, float dpi) {
        Mat onRidge = new Mat();
        Core.bitwise_and(inkStrokes, ridgeRuns, onRidge);
        beside(ridgeRuns, inkStrokes, false, dpi);
        Core.bitwise_or(ridgeRuns, onRidge, ridgeRuns);
        onRidge.release();
        return ridgeRuns;
    }

    /**
     * The runs (changed in place) shortened at each end by what averaging along them added: half of {@link #along}. A
     * faint rule left that much longer reaches past the table's border, and the grid takes the overhang for a column.
     */
    private static Mat trimmed(Mat runs, boolean horizontal, float dpi) {
        int along = along(dpi);
        Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, horizontal ? new Size(along, 1) : new Size(1, along));
        Imgproc.erode(runs, runs, k);
        k.release();
        return runs;
    }

    /**
     * The vertical ridge's pixels at least {@code least}, and the gaps between them along a rule, up to {@link #along}
     * long, where the ridge keeps {@code weakest}: a blurred hairline under grain dips under the threshold every few
     * pixels (7 pt seed table photographed soft: its column rules in runs of 20–40 pixels, none as tall as a rule must
     * be), the paper between two rows' glyphs does not. The caller's {@code weakest} is half the threshold, and never
     * under 2.5 times the averaged grain: on a page as grainy as the matrix's noisy-300, half the threshold is grain's
     * own, and the bridges made a column of it (the Shanghai-style seed's figures stood two columns off: 307 → 218).
     */
    private static Mat bridged(Mat ridge, double least, double weakest, float dpi) {
        Mat strong = atLeast(ridge, least), weak = atLeast(ridge, weakest);
        Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, new Size(1, along(dpi)));
        Imgproc.morphologyEx(strong, strong, Imgproc.MORPH_CLOSE, k);
        Core.bitwise_and(strong, weak, strong);
        k.release();
        weak.release();
        return strong;
    }

    private static Mat atLeast(Mat m, double t) {
        Mat out = new Mat();
        Imgproc.threshold(m, out, t - 1, 255, Imgproc.THRESH_BINARY);
        return out;
    }

    /**
     * Of a run's pixels, those where the ridge peaks across the run (none higher within {@link #off} pixels): its
     * middle. (Within one pixel was not enough: the stroke of a glyph two pixels from the rule peaked on the rule's
     * shoulder, and 行 set flush against a column's border lost its left stroke.)
     */
    private static Mat middle(Mat ridge, Mat run, boolean horizontal, float dpi) {
        Mat peak = across(ridge, horizontal, dpi), out = new Mat();
        Core.compare(ridge, peak, out, Core.CMP_GE);
        Core.bitwise_and(out, run, out);
        peak.release();
        return out;
    }

    /** The matrix dilated across the direction by {@link #off} pixels either side (a new matrix). */
    private static Mat across(Mat m, boolean horizontal, float dpi) {
        int across = 2 * off(dpi) + 1;
        Mat k = Imgproc.getStructuringElement(Imgproc.MORPH_RECT, horizontal ? new Size(1, across) : new Size(across, 1));
        Mat out = new Mat();
        Imgproc.dilate(m, out, k);
        k.release();
        return out;
    }

    /** The pixels of {@code faint} (released) not within {@link #off} pixels across of a pixel of {@code ink}. */
    private static Mat unlessNear(Mat faint, Mat ink, boolean horizontal, float dpi) {
        Mat near = across(ink, horizontal, dpi), out = new Mat();
        Core.bitwise_not(near, near);
        Core.bitwise_and(faint, near, out);
        near.release();
        faint.release();
        return out;
    }

    /** {@link #open}, releasing what it opens (a page-sized mask left to the collector piles up native memory). */
    private static Mat openReleasing(Mat mask, int w, int h) {
        Mat out = open(mask, w, h);
        mask.release();
        return out;
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

    /**
     * Each connected stroke of an opened mask; blocks thicker than {@code thick} are not lines, but a rule they hold is
     * ({@link #cores}: a seal's ring laid along a column's rule); a stroke bowed as an arc of a seal is none
     * ({@link #arc}). {@code labels}: a label image to label the mask into (overwritten).
     */
    private static List<Stroke> strokes(Mat mask, boolean horizontal, int thick, int minLength, float dpi, Mat labels) {
        Mat stats = new Mat(), centroids = new Mat();
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
            if ((double) area / length > thick || across > 3 * thick) {
                out.addAll(cores(labels.submat(y, y + h, x, x + w), i, x, y, horizontal, thick, minLength));
                continue;
            }
            if (across > 2 && arc(labels.submat(y, y + h, x, x + w), i, horizontal, dpi)) continue;
            out.add(horizontal ? new Stroke(c[1], x, x + w - 1, (double) area / length) : new Stroke(c[0], y, y + h - 1, (double) area / length));
        }
        stats.release();
        centroids.release();
        return out;
    }

    /**
     * The straight rules inside a block too thick to be one ({@code box}: its labels, {@code label} its own; {@code x},
     * {@code y} the box's place, pixels): bands of pixel columns (rows, for a horizontal) at most {@code thick} wide in
     * each of which the block holds at least half its length and at least {@code minLength} pixels, and which cover
     * {@link #COVERED} of the extent they span. A seal's ring stamped along a column's rule, or a stain on it, merges
     * with it into one block wider than a line: the rule is the band of columns running the block's length; the ring's
     * arc holds a fraction of it in any column (a newcomer's ring over a real budget turned gray: its 合计 column's
     * left rule was dropped whole and every figure under the ring read into the next column). A filled block's bands
     * are as wide as itself, and are none.
     */
    static List<Stroke> cores(Mat box, int label, int x, int y, boolean horizontal, int thick, int minLength) {
        Mat own = new Mat(), counts = new Mat();
        Core.compare(box, new org.opencv.core.Scalar(label), own, Core.CMP_EQ);
        Core.divide(own, new org.opencv.core.Scalar(255), own);
        // pixels of the block in each column (vertical) or row (horizontal)
        Core.reduce(own, counts, horizontal ? 1 : 0, Core.REDUCE_SUM, CvType.CV_32S);
        int length = horizontal ? box.cols() : box.rows(), n = (int) counts.total();
        int[] c = new int[n];
        counts.get(0, 0, c);
        List<Stroke> out = new ArrayList<>();
        int least = Math.max(minLength, length / 2);
        for (int i = 0; i < n; ) {
            if (c[i] < least) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && c[j + 1] >= least) j++;
            if (j - i + 1 <= thick) {
                Mat band = horizontal ? own.rowRange(i, j + 1) : own.colRange(i, j + 1);
                Mat along = new Mat();
                Core.reduce(band, along, horizontal ? 0 : 1, Core.REDUCE_MAX, -1);
                byte[] a = new byte[(int) along.total()];
                along.get(0, 0, a);
                int from = 0, to = a.length - 1;
                while (from < to && a[from] == 0) from++;
                while (to > from && a[to] == 0) to--;
                double sum = 0, weighted = 0;
                int most = 0;
                for (int k = i; k <= j; k++) {
                    sum += c[k];
                    weighted += (double) k * c[k];
                    most = Math.max(most, c[k]);
                }
                if (most >= COVERED * (to - from + 1)) {
                    double pos = weighted / sum + (horizontal ? y : x), base = horizontal ? x : y;
                    out.add(new Stroke(pos, base + from, base + to, sum / (to - from + 1)));
                }
                along.release();
            }
            i = j + 1;
        }
        own.release();
        counts.release();
        box.release();
        return out;
    }

    /**
     * The least radius of a rule's bow: 2 inches. A seal's ring has a radius of an inch at most (an official seal is 42
     * to 45 mm across); a rule bowed by a photographed page's curl bends over tens of inches.
     */
    static final double LEAST_RADIUS = 2.0;

    /**
     * Whether a stroke ({@code box}: its labels, {@code label} its own) bows as an arc of a circle narrower than
     * {@link #LEAST_RADIUS}: its middle stands off the chord between its ends by more than such an arc's sagitta
     * (L² / 8R over its length L), and by 2 pixels at least. The straight flank of a seal's ring passes the line
     * opening as a rule would; where the ring is dark (a gray or black-and-white copy of a sealed page) and crosses two
     * row rules, it was kept as a column's rule and split the cells beside it (a newcomer's gray copy of a sealed
     * budget: an inner ring's flank cut three 合计 cells in two). A rule's middle stands on its chord, slanted or not.
     */
    static boolean arc(Mat box, int label, boolean horizontal, float dpi) {
        Mat own = new Mat();
        Core.compare(box, new org.opencv.core.Scalar(label), own, Core.CMP_EQ);
        int length = horizontal ? own.cols() : own.rows(), band = Math.max(1, length / 8);
        double first = centre(own, 0, band, horizontal), middle = centre(own, (length - band) / 2, (length + band) / 2, horizontal),
                last = centre(own, length - band, length, horizontal);
        own.release();
        box.release();
        if (Double.isNaN(first) || Double.isNaN(middle) || Double.isNaN(last)) return false;
        double bow = Math.abs(middle - (first + last) / 2);
        return bow >= 2 && bow > (double) length * length / (8 * LEAST_RADIUS * dpi);
    }

    /** The lines that are not a seal ring's flank ({@link #bowed}). */
    private static List<Line> unbowed(List<Line> lines, boolean horizontal, Mat ink, int thick, float dpi) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) if (!bowed(l, horizontal, ink, thick, dpi)) out.add(l);
        return out;
    }

    /**
     * Whether a line found is the flank of a seal's ring, as its ink shows: the stroke under it, followed pixel row by
     * pixel row (column by column, for a horizontal) from its middle to its ends, has both ends off its middle to the
     * same side, each by 2 pixels and by more than the sagitta of an arc of {@link #LEAST_RADIUS}, or, 0.4 inch long or
     * longer, it slants over 6° (rows where the run is wider than the stroke's own, a glyph set against it, are not
     * looked at: a rule of a 7 pt table with figures flush against one end is neither; a stroke followed on fewer than
     * 0.6 of its rows, a soft hairline rule broken by grain, is not judged). A
     * ring's flank comes to the line finder in pieces — cut by the row rules it crosses, or merged with the figures it
     * lies on and cut out of them as a block's straight band ({@link #cores}) — each too short to show its bow, and
     * joined they made a rule of it: a newcomer-style gray copy of a sealed budget page (the ring-gray-200 condition)
     * got a column from the ring's left flank, and every figure right of it read into the next column of the template
     * (a 人员经费 figure under 公用经费, its own cell blank and unflagged). A line longer than a ring's span (2 inches) is
     * no flank; a faint rule the ink does not hold is not judged here.
     */
    static boolean bowed(Line line, boolean horizontal, Mat ink, int thick, float dpi) {
        int from = (int) Math.round(line.from()), to = (int) Math.round(line.to()), length = to - from + 1;
        if (length >= 2 * dpi || length < 16) return false;
        int extent = horizontal ? ink.cols() : ink.rows(), width = horizontal ? ink.rows() : ink.cols();
        if (from < 0 || to >= extent) return false;
        // how far the stroke may wander across: its own width, and the bow of a ring of half an inch's radius
        int wander = thick + (int) Math.ceil(Math.min(0.15 * dpi, (double) length * length / (8 * 0.5 * dpi)));
        int lo = (int) Math.max(0, Math.floor(line.pos() - wander)), hi = (int) Math.min(width - 1, Math.ceil(line.pos() + wander));
        if (hi - lo < 2) return false;
        byte[] px = new byte[hi - lo + 1];
        double[] centre = new double[length], runWidth = new double[length];
        java.util.Arrays.fill(centre, Double.NaN);
        int middle = (from + to) / 2;
        // from the middle out to each end, the run of ink nearest where the stroke was a pixel before
        for (int dir : new int[]{-1, 1}) {
            double last = line.pos();
            for (int a = dir < 0 ? middle : middle + 1; a >= from && a <= to; a += dir) {
                Mat row = horizontal ? ink.submat(lo, hi + 1, a, a + 1) : ink.submat(a, a + 1, lo, hi + 1);
                row.get(0, 0, px);
                row.release();
                double best = Double.NaN, bestWidth = 0;
                int start = -1;
                for (int i = 0; i <= px.length; i++) {
                    boolean on = i < px.length && px[i] != 0;
                    if (on && start < 0) start = i;
                    if (!on && start >= 0) {
                        double mid = lo + (start + i - 1) / 2.0;
                        boolean narrow = i - start <= 2 * thick;
                        if (narrow && Math.abs(mid - last) <= thick && (Double.isNaN(best) || Math.abs(mid - last) < Math.abs(best - last))) {
                            best = mid;
                            bestWidth = i - start;
                        }
                        start = -1;
                    }
                }
                if (!Double.isNaN(best)) {
                    centre[a - from] = best;
                    runWidth[a - from] = bestWidth;
                    last = best;
                }
            }
        }
        // a run wider than the stroke's own is the stroke with a glyph set against it: its middle is not the stroke's
        double[] widths = java.util.Arrays.stream(runWidth).filter(w -> w > 0).sorted().toArray();
        // a stroke followed on fewer than 0.6 of its rows is a faint or broken rule, grain beside it: not judged
        if (widths.length < Math.max(8, 0.6 * length)) return false;
        double own = widths[widths.length / 2];
        for (int i = 0; i < length; i++) if (runWidth[i] > own + 2) centre[i] = Double.NaN;
        int band = Math.max(2, length / 8);
        double first = mean(centre, 0, band), mid = mean(centre, (length - band) / 2, (length + band) / 2), end = mean(centre, length - band, length);
        double a = first - mid, b = end - mid; // NaN where a band had no stroke
        // an arc: both ends stand off the middle to the same side, each by more than the sagitta of the least radius
        if (a * b > 0) return Math.min(Math.abs(a), Math.abs(b)) > Math.max(2, (double) length * length / (8 * LEAST_RADIUS * dpi));
        // a ring's slanting stretch, its short upright pieces joined: the stroke (its least-squares line) slants more
        // than twice as steeply as a streak may ({@link #STREAK_SLANT}); a rule put straight with the text does not
        // (a line shorter than 0.4 inch is no joined stretch of a ring: glyph strokes and short cell borders of small
        // type, whose runs a figure set against them shifts, are left to the grid's other tests)
        if (length < 0.4 * dpi) return false;
        double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < length; i++) {
            if (Double.isNaN(centre[i])) continue;
            n++;
            sx += i;
            sy += centre[i];
            sxx += (double) i * i;
            sxy += i * centre[i];
        }
        double d = n * sxx - sx * sx;
        return d > 0 && Math.abs((n * sxy - sx * sy) / d) > 2 * STREAK_SLANT;
    }

    /** The mean of the numbers of {@code v} from {@code from} (inclusive) to {@code to} that are not NaN; NaN when none. */
    private static double mean(double[] v, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(v.length, to); i++) {
            if (Double.isNaN(v[i])) continue;
            sum += v[i];
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The mean position across of a mask's pixels between {@code from} and {@code to} along (NaN when none). */
    private static double centre(Mat own, int from, int to, boolean horizontal) {
        Mat part = horizontal ? own.colRange(from, to) : own.rowRange(from, to), counts = new Mat();
        Core.reduce(part, counts, horizontal ? 1 : 0, Core.REDUCE_SUM, CvType.CV_32S);
        int[] c = new int[(int) counts.total()];
        counts.get(0, 0, c);
        counts.release();
        double sum = 0, weighted = 0;
        for (int k = 0; k < c.length; k++) {
            sum += c[k];
            weighted += (double) k * c[k];
        }
        return sum == 0 ? Double.NaN : weighted / sum;
    }

    /** Longest gap between two pieces of a dashed rule, as a share of the shorter piece ({@link #join}). */
    static final double DASHED = 0.4;

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

        /**
         * Whether some piece runs through {@code at}: from {@code by} pixels before it to {@code by} after. A piece that
         * only starts or stops there does not: a glyph's stroke under a run of the glyphs' top strokes (用车 in large
         * type: their tops one run longer than a rule's least) starts where that run is.
         */
        boolean through(double at, int by) {
            for (double[] p : pieces) if (p[0] <= at - by && p[1] >= at + by) return true;
            return false;
        }
    }

    /**
     * Collinear pieces (within {@code tol} of one position) less than {@code gap} apart joined, or up to {@code dash}
     * apart where the gap is shorter than a {@link #DASHED} share of both pieces beside it; lines shorter than
     * {@code minLength}, or whose pieces cover less than {@link #COVERED} of their span, dropped.
     * <p>
     * The second is a hairline rule scanned a little askew and cut to 1 bit: wherever the line crosses from one row of
     * pixels to the next its ink is split between two, both under the threshold, so it breaks into dashes of
     * 1 / tan(skew) pixels, each less a gap of a fifth to a quarter of its length (0.5°: dashes of 90 px, gaps of
     * 20 px at 200 dpi), wider than a copier's breaks. Strokes of glyphs in rows one over the other are shorter than
     * the gaps between the rows, and are not joined so.
     */
    static List<Line> join(List<Stroke> strokes, boolean horizontal, int tol, int gap, int dash, int minLength) {
        List<Stroke> sorted = new ArrayList<>(strokes);
        sorted.sort(Comparator.comparingDouble(Stroke::from));
        // pos sum, weight (covered length), from, to, thickness sum, length of the piece that reaches `to`
        List<double[]> lines = new ArrayList<>();
        List<List<double[]>> pieces = new ArrayList<>();
        List<List<Stroke>> members = new ArrayList<>();
        for (Stroke s : sorted) {
            double pos = s.pos(), a = s.from(), b = s.to();
            double len = b - a + 1;
            int hit = -1;
            for (int i = 0; i < lines.size(); i++) {
                double[] l = lines.get(i);
                if (Math.abs(l[0] / l[1] - pos) > tol) continue;
                double apart = a - l[3];
                if (apart <= gap || apart <= dash && apart <= DASHED * Math.min(l[5], len)) { hit = i; break; }
            }
            if (hit < 0) {
                lines.add(new double[]{pos * len, len, a, b, s.thickness() * len, len});
                pieces.add(new ArrayList<>(List.of(new double[]{a, b})));
                members.add(new ArrayList<>(List.of(s)));
            } else {
                double[] l = lines.get(hit);
                l[0] += pos * len;
                l[1] += len;
                if (b > l[3]) {
                    l[3] = b;
                    l[5] = len;
                }
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
            // a rule runs into and through the rule it crosses (a vertical one that starts on a rule starts within 2 tol
            // of its end, and is not counted here; 用's stroke starting on its own top stroke, joined to the 用 above
            // across the rule between their rows, had counted as running through that stroke: a 三公 table's label
            // column cut in three at 300 dpi, every row of it lost)
            if (line.through(at, 2)) through++;
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
