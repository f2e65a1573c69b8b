package io.gongkai.extract.image;

import io.gongkai.grid.Segment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RulingsTest {
    /** A 200 dpi landscape A4 page's grid: columns at x = 180, 300, 420, 1400, 1700, 2160; rows at y = 400..1400. */
    private static List<Segment> columns() {
        List<Segment> v = new ArrayList<>();
        for (int x : new int[]{180, 300, 420, 1400, 1700, 2160}) v.add(new Segment(x, 400, x, 1400));
        return v;
    }

    @Test
    void aScanLineFoundInTwoPiecesFromThePaperEdgesIsOneStreak() {
        // a fax's scan line through a row (y = 850), its middle lost among the row's glyphs: a piece from the left
        // edge past the code columns, one from the right edge from just before a column rule; put straight with the
        // text, the line slants 0.3°, so the pieces stand 6 px apart
        Segment left = new Segment(0, 850, 440, 850), right = new Segment(1385, 856, 2338, 856);
        List<Segment> h = List.of(left, right, new Segment(180, 400, 2160, 400), new Segment(180, 1400, 2160, 1400));
        int width = 2339, height = 1654;
        double margin = Rulings.STREAK_MARGIN * 200;
        assertFalse(Rulings.streak(left, columns(), width, height, 200), "alone, a piece does not run past the grid at both ends");
        assertTrue(Rulings.streak(Rulings.alongOneLine(left, h, columns(), 6, width, margin), columns(), width, height, 200));
        assertTrue(Rulings.streak(Rulings.alongOneLine(right, h, columns(), 6, width, margin), columns(), width, height, 200));
        // a table's rule is no piece of it: it reaches no paper edge
        Segment rule = h.get(2);
        assertEquals(rule, Rulings.alongOneLine(rule, h, columns(), 6, width, margin));
        // nor a line from the same edge: two pieces from one edge reach no further than the longer
        Segment other = new Segment(0, 852, 300, 852);
        assertFalse(Rulings.streak(Rulings.alongOneLine(left, List.of(left, other), columns(), 6, width, margin), columns(), width, height, 200));
    }

    @Test
    void aGlyphsStrokeAtThePapersEdgeIsNoPieceOfAStreak() {
        // a 三公 table trimmed past its borders at 283 dpi: a column rule from the row rule at y = 287 to the bottom edge,
        // and a stroke of the title at the top edge 17 px beside its line (within 3° over the distance between them);
        // the stroke crosses none of the grid's rules, so it is no scan line's piece
        int width = 2339, height = 501;
        Segment column = new Segment(639, 287, 639, 500), stroke = new Segment(656.9, 6, 656.9, 22);
        List<Segment> rows = List.of(new Segment(0, 216, 2338, 216), new Segment(0, 287, 2008, 287), new Segment(0, 430, 2338, 430));
        double margin = Rulings.STREAK_MARGIN * 283;
        assertEquals(column, Rulings.alongOneLine(column, List.of(column, stroke), rows, 8, height, margin));
        assertFalse(Rulings.streak(Rulings.alongOneLine(column, List.of(column, stroke), rows, 8, height, margin), rows, width, height, 283));
        // a piece that does enter the grid is joined: the scan line's case above
        Segment piece = new Segment(650, 0, 650, 240);
        assertEquals(new Segment(639, 0, 639, 500), Rulings.alongOneLine(column, List.of(column, piece), rows, 8, height, margin));
    }

    @Test
    void rowRulesThatACropCutAtOneEdgeAreCountedTogetherForACutGrid() {
        // the same crop: two row rules run from edge to edge (each a streak by itself, too few for a cut grid), a third
        // from the left edge ends on the last column rule; all three enter the grid and reach the left edge
        List<Segment> columns = List.of(new Segment(942, 287, 942, 500), new Segment(2006, 216, 2006, 500));
        List<Segment> streaks = List.of(new Segment(0, 216, 2338, 216), new Segment(0, 430, 2338, 430));
        List<Segment> all = new ArrayList<>(streaks);
        all.add(new Segment(0, 287, 2008, 287));
        all.add(new Segment(0, 120, 40, 120)); // a stroke of the unit line at the left edge: enters no grid
        assertEquals(3, Rulings.atTheirEdge(streaks, all, columns, 8, 2339, Rulings.STREAK_MARGIN * 283));
        // a drum's streak alone beside a table whose rules stop short of the edges: itself only
        List<Segment> inside = List.of(new Segment(300, 216, 2000, 216), new Segment(300, 430, 2000, 430), new Segment(0, 350, 2338, 350));
        assertEquals(1, Rulings.atTheirEdge(List.of(inside.get(2)), inside, columns, 8, 2339, Rulings.STREAK_MARGIN * 283));
    }

    @Test
    void aStreakThatLeansAgainstItsLevelFitIsFollowedAlongItsSlant() {
        // a drum's streak straight down a crooked original, the page put straight by its text: 0.4° over 1,620 px, 11 px
        // from top to bottom; its level fit stands at the middle, 5 px off either end (painted there, its top, through
        // the title, was left). A block of glyph strokes beside it on a few lines is no part of it
        OpenCv.load();
        org.opencv.core.Mat ink = org.opencv.core.Mat.zeros(1671, 2339, org.opencv.core.CvType.CV_8UC1);
        org.opencv.core.Scalar white = new org.opencv.core.Scalar(255);
        org.opencv.imgproc.Imgproc.line(ink, new org.opencv.core.Point(900, 40), new org.opencv.core.Point(911, 1660), white, 4);
        org.opencv.imgproc.Imgproc.rectangle(ink, new org.opencv.core.Point(880, 260), new org.opencv.core.Point(960, 310), white, 3);
        double[] path = Rulings.followed(new Segment(905.5, 40, 905.5, 1660), ink, 3);
        assertEquals(900, path[0], 1.5);
        assertEquals(911, path[2], 1.5);
        assertEquals(40, path[1], 0.01);
        assertEquals(1660, path[3], 0.01);
        // a streak that stands level is left where it was fitted
        org.opencv.core.Mat level = org.opencv.core.Mat.zeros(1671, 2339, org.opencv.core.CvType.CV_8UC1);
        org.opencv.imgproc.Imgproc.line(level, new org.opencv.core.Point(700, 40), new org.opencv.core.Point(700, 1660), white, 4);
        assertEquals(700, Rulings.followed(new Segment(700, 40, 700, 1660), level, 3)[2], 1.0);
        ink.release();
        level.release();
    }

    @Test
    void aDarkRingLaidAlongAColumnsRuleLeavesTheRuleAndAddsNoRuleOfItsOwn() {
        // 200 dpi, gray: a grid of five column rules and twelve row rules; a seal's double ring (outer 6 px, inner 2 px),
        // turned dark gray by a gray copy, centred so the outer ring's flank lies along the rule at x = 800 over four rows
        // and the inner ring's flank stands inside the next column, crossing two row rules
        OpenCv.load();
        org.opencv.core.Scalar gray = new org.opencv.core.Scalar(80);
        int[] xs = {100, 500, 800, 1100, 1400};
        org.opencv.core.Mat page = ruledPage(xs);
        org.opencv.core.Point centre = new org.opencv.core.Point(1101, 615);
        org.opencv.imgproc.Imgproc.circle(page, centre, 300, gray, 6);
        org.opencv.imgproc.Imgproc.circle(page, centre, 255, gray, 2);
        assertOnlyTheColumnRules(page, xs);
    }

    @Test
    void aDarkRingsFlankInsideAColumnOverItsFiguresIsNoRule() {
        // 200 dpi, gray: a 40 mm seal's double ring (outer 6 px, inner 3 px) turned dark by a gray copy, its left flank
        // 38 px left of the rule between 合计 and 人员经费 (the ring-gray-200 copy of a real 经济分类 page), lying on
        // the right-aligned figures of the 合计 column and cut by the row rules: in pieces, each too short to bow, it
        // was joined into a rule, and every figure right of it read into the next column
        OpenCv.load();
        org.opencv.core.Scalar black = new org.opencv.core.Scalar(0), gray = new org.opencv.core.Scalar(70);
        int[] xs = {100, 500, 900, 1300, 1500};
        org.opencv.core.Mat page = ruledPage(xs);
        for (int y = 300; y < 960; y += 60) {
            for (int right : new int[]{895, 1295}) {
                org.opencv.imgproc.Imgproc.putText(page, "4,827,156", new org.opencv.core.Point(right - 150, y + 42),
                        org.opencv.imgproc.Imgproc.FONT_HERSHEY_SIMPLEX, 0.9, black, 2);
            }
        }
        org.opencv.core.Point centre = new org.opencv.core.Point(862 + 157, 615);
        org.opencv.imgproc.Imgproc.circle(page, centre, 157, gray, 6);
        org.opencv.imgproc.Imgproc.circle(page, centre, 132, gray, 3);
        assertOnlyTheColumnRules(page, xs);
    }

    @Test
    void aStraightRuleIsNoRingsFlankSlantedOrNotAndABowedStrokeIs() {
        OpenCv.load();
        org.opencv.core.Mat ink = org.opencv.core.Mat.zeros(600, 600, org.opencv.core.CvType.CV_8UC1);
        org.opencv.core.Scalar white = new org.opencv.core.Scalar(255);
        // a short cell border, upright and slanted 1°; a ring's flank of 157 px radius (a 40 mm seal at 200 dpi)
        org.opencv.imgproc.Imgproc.line(ink, new org.opencv.core.Point(100, 250), new org.opencv.core.Point(100, 350), white, 3);
        org.opencv.imgproc.Imgproc.line(ink, new org.opencv.core.Point(200, 250), new org.opencv.core.Point(202, 350), white, 3);
        org.opencv.imgproc.Imgproc.circle(ink, new org.opencv.core.Point(457, 300), 157, white, 6);
        assertFalse(Rulings.bowed(new Rulings.Line(100, 250, 350, 3, 2, List.of()), false, ink, 9, 200));
        assertFalse(Rulings.bowed(new Rulings.Line(201, 250, 350, 3, 2, List.of()), false, ink, 9, 200));
        assertTrue(Rulings.bowed(new Rulings.Line(301, 250, 350, 6, 3, List.of()), false, ink, 9, 200));
        // a ring's slanting stretch (20°), found as a line from its short upright pieces, is none either
        org.opencv.imgproc.Imgproc.line(ink, new org.opencv.core.Point(60, 400), new org.opencv.core.Point(96, 500), white, 5);
        assertTrue(Rulings.bowed(new Rulings.Line(78, 400, 500, 5, 18, List.of()), false, ink, 9, 200));
        // a faint rule the ink does not hold is not judged
        assertFalse(Rulings.bowed(new Rulings.Line(550, 250, 350, 1, 1, List.of()), false, ink, 9, 200));
        ink.release();
    }

    /** The rulings of a 200 dpi gray page hold a rule at each of {@code xs} (over 600 px long) and no other vertical; the page is released. */
    private static void assertOnlyTheColumnRules(org.opencv.core.Mat page, int[] xs) {
        org.opencv.core.Mat flat = PageCleaner.flatten(page, 200);
        double noise = PageCleaner.noise(flat);
        org.opencv.core.Mat ink = PageCleaner.ink(flat, 200, noise, false);
        Rulings rulings = Rulings.detect(ink, flat, 200, noise);
        List<Segment> verticals = rulings.segments().stream().filter(Segment::vertical).toList();
        for (int x : xs) {
            assertTrue(verticals.stream().anyMatch(v -> Math.abs(v.x0() - x) <= 3 && v.y1() - v.y0() > 600), "the column rule at x " + x + ": " + verticals);
        }
        assertEquals(xs.length, verticals.size(), "no rule but the columns': " + verticals);
        rulings.release();
        for (org.opencv.core.Mat m : List.of(page, flat, ink)) m.release();
    }

    /** A white 1600 × 1200 page (200 dpi) ruled in black: a column rule at each of {@code xs}, row rules every 60 px from y 300 to 960. */
    private static org.opencv.core.Mat ruledPage(int[] xs) {
        org.opencv.core.Mat page = new org.opencv.core.Mat(1200, 1600, org.opencv.core.CvType.CV_8UC1, new org.opencv.core.Scalar(255));
        org.opencv.core.Scalar black = new org.opencv.core.Scalar(0);
        for (int x : xs) org.opencv.imgproc.Imgproc.line(page, new org.opencv.core.Point(x, 300), new org.opencv.core.Point(x, 960), black, 2);
        for (int y = 300; y <= 960; y += 60) org.opencv.imgproc.Imgproc.line(page, new org.opencv.core.Point(xs[0], y), new org.opencv.core.Point(xs[xs.length - 1], y), black, 2);
        return page;
    }

    @Test
    void aTableRuledAcrossOnlyKeepsItsRulesAndATitlesUnderlineIsNone() {
        // 200 dpi: a title underlined (one line), then a table of five horizontal rules 7 inches long, their ends within
        // a pixel or two of each other, no column rule; text rows between them (blocks of glyph-sized strokes)
        OpenCv.load();
        int w = 1700, h = 1200;
        org.opencv.core.Mat flat = new org.opencv.core.Mat(h, w, org.opencv.core.CvType.CV_8UC1, new org.opencv.core.Scalar(255));
        org.opencv.core.Scalar black = new org.opencv.core.Scalar(0);
        org.opencv.imgproc.Imgproc.line(flat, new org.opencv.core.Point(600, 150), new org.opencv.core.Point(1100, 150), black, 2);
        int[] ys = {300, 360, 420, 480, 540};
        for (int k = 0; k < ys.length; k++) {
            org.opencv.imgproc.Imgproc.line(flat, new org.opencv.core.Point(150 + k % 2, ys[k]), new org.opencv.core.Point(1550 - k % 3, ys[k]), black, 2);
        }
        for (int y : new int[]{320, 380, 440, 500}) {
            for (int x = 170; x < 1500; x += 40) org.opencv.imgproc.Imgproc.rectangle(flat, new org.opencv.core.Point(x, y), new org.opencv.core.Point(x + 18, y + 24), black, 2);
        }
        org.opencv.core.Mat ink = new org.opencv.core.Mat();
        org.opencv.imgproc.Imgproc.threshold(flat, ink, 128, 255, org.opencv.imgproc.Imgproc.THRESH_BINARY_INV);
        Rulings r = Rulings.detect(ink, flat, 200, 1);
        List<Segment> found = r.segments();
        assertEquals(5, found.size(), found.toString());
        for (int y : ys) assertTrue(found.stream().anyMatch(s -> s.horizontal() && Math.abs(s.y0() - y) <= 2 && s.x1() - s.x0() > 1300), y + ": " + found);
        assertTrue(r.mask().get(300, 800)[0] > 0, "a rule is erased before OCR");
        r.release();
        ink.release();
        flat.release();
    }
}
