package io.gongkai.extract.scan;

import io.gongkai.extract.ocr.OcrEngine;
import io.gongkai.extract.ocr.TextLine;
import io.gongkai.grid.Glyph;
import io.gongkai.model.MoneyUnit;
import io.gongkai.unit.PrintedUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit line looked at again. What follows {@code 单位：} is one of a handful of words (元, 万元; 千元, 亿元 read as no unit),
 * yet a lone character cropped from a noisy page reads as any of thousands: on a noisy 300 dpi scan 元 read as 完, and
 * the table lost its unit. A unit label whose unit is not read is read again with only the label's characters allowed,
 * and the new reading stands when it is a unit ({@link MoneyUnit#parse}).
 *
 * <p>Then a unit read as 元 is looked at for a 万 the engine did not read ({@link #markBeforeYuan}): a punched hole or a
 * blot over the 万 of 单位：万元 leaves 单位：元, and every amount of the table would stand 10,000 times too large under a
 * unit that looks printed. Such a unit is written {@code 单位：□元} ({@link PrintedUnit#UNREAD_MARK}): no unit is printed for the table,
 * which takes its unit from the identities, else none (every amount flagged). Pure apart from the engine; thread-safe.
 */
final class UnitReader {
    /** The characters a unit label's unit may hold. */
    static final String UNIT_CHARACTERS = "万元千亿百";
    /** A blot is ink as thick as this share of the phrase's height in both directions: no stroke of a printed character is. */
    private static final double BLOT = 0.3;
    /**
     * Room for a character: a blank as wide as this share of the phrase's height inside a unit phrase or before its 元. A
     * full-width colon leaves most of its em blank (单位： read apart from its 元 stood 0.72-1.03 of the label's height
     * from it, 77 times over the scan matrix's 7 conditions of 17 documents); a character more is an em on top of that.
     */
    private static final double ROOM = 1.5;
    /** A blot hides a character: it is this many millimetres across at least. */
    private static final double BLOT_MM = 2;
    /** A blot is at most this many of the phrase's heights wide (a character's, or two run together). */
    private static final double BLOT_WIDE = 1.6;
    /** And fills this share of its box at least. */
    private static final double BLOT_FILL = 0.4;
    /**
     * A blank that ink encloses, this share of the phrase's height on a side and larger, is the pale middle of a blot (a
     * 5 mm disc drawn by ImageMagick on a 200 dpi page, blurred and saved as JPEG, kept a middle of 0.33 of the line's
     * height; 单's cells are under 0.15).
     */
    private static final double HOLE = 0.2;
    /**
     * A character of a unit label is about this many of the phrase's heights wide (an em; the phrase's box is a little
     * taller than its characters): a blot centred within the label's ems is over characters that were read.
     */
    private static final double LABEL_EM = 1.0;
    /** A label (金额单位, 单位) and what was read after it in the same phrase; 编制单位 and its kind are not unit labels. */
    private static final Pattern LABEL = Pattern.compile("^((?:金额)?[单單]位\\s*[:：]?)\\s*(.*)$");

    private UnitReader() {
    }

    /**
     * Reads again the unit of every unit label on the page whose unit was not read: the rest of the label's own phrase,
     * or, where the phrase ends at the label, the short phrase just right of it on its line.
     *
     * @param read   the page's reading; its glyphs are replaced in place
     * @param engine the engine to read with
     * @param dpi    the page image's resolution
     */
    static void read(PageReading read, OcrEngine engine, float dpi) {
        List<Glyph> glyphs = read.glyphs();
        List<Integer> which = new ArrayList<>();
        List<String> prefix = new ArrayList<>();
        List<java.awt.image.BufferedImage> crops = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            Matcher m = LABEL.matcher(g.text().strip());
            if (!m.matches() || MoneyUnit.parse(g.text()).isPresent()) continue;
            if (!m.group(2).isEmpty()) {
                if (m.group(2).length() > 3) continue; // a label with more after it (单位负责人) is not the unit line
                which.add(i);
                prefix.add(m.group(1));
                crops.add(read.crops(List.of(i), dpi).get(0));
                continue;
            }
            int next = rightNeighbour(glyphs, i);
            if (next >= 0 && glyphs.get(next).text().strip().length() > 3) continue;
            if (next >= 0) {
                which.add(next);
                crops.add(read.crops(List.of(next), dpi).get(0));
            } else {
                // nothing found after the label (a photocopy broke its strokes into specks): the space a two-character
                // unit takes right of it
                java.awt.Rectangle b = read.boxes().get(i);
                java.awt.Rectangle after = new java.awt.Rectangle(b.x + b.width, b.y, Math.min(3 * b.height, read.flat().cols() - b.x - b.width), b.height);
                if (after.width < b.height) continue;
                which.add(-1 - i);
                crops.add(PageReading.crop(read.flat(), read.rulings().mask(), after, dpi));
            }
            prefix.add("");
        }
        if (!which.isEmpty()) readAgain(glyphs, which, prefix, crops, engine);
        markBeforeYuan(read, dpi);
    }

    private static void readAgain(List<Glyph> glyphs, List<Integer> which, List<String> prefix, List<java.awt.image.BufferedImage> crops, OcrEngine engine) {
        // the label's own characters too, where the phrase holds them; a neighbour holds the unit alone
        List<TextLine> lines = new ArrayList<>();
        for (int k = 0; k < which.size(); k++) {
            String allowed = prefix.get(k).isEmpty() ? UNIT_CHARACTERS : UNIT_CHARACTERS + "金额单位：:";
            lines.add(engine.recognize(List.of(crops.get(k)), allowed).get(0));
        }
        for (int k = 0; k < which.size(); k++) {
            String text = lines.get(k).text().strip();
            String label = prefix.get(k).isEmpty() ? "单位：" + text : text;
            if (MoneyUnit.parse(label).isEmpty()) continue;
            double conf = FigureReader.ocrConfidence(lines.get(k).confidence());
            int at = which.get(k);
            if (at >= 0) {
                Glyph g = glyphs.get(at);
                glyphs.set(at, new Glyph(text, g.x0(), g.y0(), g.x1(), g.y1(), g.fontSize(), conf));
            } else {
                // a new phrase right of the label, as tall as it and as wide as what was read
                Glyph g = glyphs.get(-1 - at);
                double w = (g.y1() - g.y0()) * text.length();
                glyphs.add(new Glyph(text, g.x1(), g.y0(), g.x1() + w, g.y1(), g.fontSize(), conf));
            }
        }
    }

    /**
     * Every unit phrase read as 元 ({@code 单位：元}, or a label {@code 单位：} and the phrase {@code 元} right of it) whose
     * pixels hold room for a 万 that was not read is written {@code 单位：□元}: a blot in the phrase (ink at least
     * {@value #BLOT} of its height thick both ways, which survives an opening that removes every stroke), or a blank at
     * least {@value #ROOM} of its height wide inside it or between the label and its 元 (a white hole). The glyphs are
     * replaced in place.
     */
    static void markBeforeYuan(PageReading read, float dpi) {
        List<Glyph> glyphs = read.glyphs();
        int boxed = Math.min(glyphs.size(), read.boxes().size());
        for (int i = 0; i < boxed; i++) {
            Glyph g = glyphs.get(i);
            String text = g.text().strip();
            Matcher m = LABEL.matcher(text);
            if (!m.matches() || MoneyUnit.parse(text).orElse(null) != MoneyUnit.YUAN) continue;
            java.awt.Rectangle box = read.boxes().get(i);
            // the label's characters, read, stand in the phrase's first ems: a blot hides no 万 there
            int label = (int) m.group(1).codePoints().filter(Character::isIdeographic).count();
            if (m.group(2).strip().equals("元") && blotOrRoom(read.flat(), box, dpi, LABEL_EM * label * box.height))
                glyphs.set(i, renamed(g, m.group(1) + PrintedUnit.UNREAD_MARK + "元"));
        }
        for (int i = 0; i < boxed; i++) {
            Glyph g = glyphs.get(i);
            Matcher m = LABEL.matcher(g.text().strip());
            if (!m.matches() || !m.group(2).isEmpty()) continue;
            int next = rightNeighbour(glyphs, i);
            if (next < 0 || next >= boxed || !glyphs.get(next).text().strip().equals("元")) continue;
            java.awt.Rectangle label = read.boxes().get(i), unit = read.boxes().get(next);
            boolean room = unit.x - (label.x + label.width) >= ROOM * label.height;
            if (room || blotOrRoom(read.flat(), unit, dpi, 0)) glyphs.set(next, renamed(glyphs.get(next), PrintedUnit.UNREAD_MARK + "元"));
        }
    }

    /**
     * Whether the phrase's ink (255 = ink, its large holes filled) holds a blot: what an opening by {@value #BLOT} of the
     * phrase's height leaves (no stroke of a printed character is that thick), in one piece at least half the height
     * tall and wide, at most {@value #BLOT_WIDE} heights wide, filling {@value #BLOT_FILL} of its box (a disc fills 0.79;
     * a ring the page's flattening left of one, about half), and at least {@code least} pixels ({@value #BLOT_MM} mm: a
     * punched hole is 6 mm across, and what the opening leaves of a 4.6 mm disc 3 mm; small type blurred at 300 dpi left
     * whole characters solid, 1-1.3 mm). A line under 4 kernel pixels (small type at 150-200 dpi,
     * whose blurred strokes are as thick as such a kernel: the seeds' 金额单位：元 survived whole) shows no blot.
     */
    private static boolean blot(org.opencv.core.Mat ink, int h, double least, double from) {
        int k = (int) Math.round(BLOT * h);
        if (k < 4) return false;
        org.opencv.core.Mat opened = new org.opencv.core.Mat(), labels = new org.opencv.core.Mat(), stats = new org.opencv.core.Mat(), centroids = new org.opencv.core.Mat();
        org.opencv.core.Mat kernel = org.opencv.imgproc.Imgproc.getStructuringElement(org.opencv.imgproc.Imgproc.MORPH_RECT, new org.opencv.core.Size(k, k));
        try {
            org.opencv.imgproc.Imgproc.morphologyEx(ink, opened, org.opencv.imgproc.Imgproc.MORPH_OPEN, kernel);
            int n = org.opencv.imgproc.Imgproc.connectedComponentsWithStats(opened, labels, stats, centroids, 8);
            int[] st = new int[5];
            for (int c = 1; c < n; c++) {
                stats.get(c, 0, st);
                int w = st[2], tall = st[3], area = st[4];
                if (st[0] + w / 2.0 < from) continue;  // over the label's characters, which were read
                if (w >= Math.max(0.5 * h, least) && tall >= Math.max(0.5 * h, least) && w <= BLOT_WIDE * h && area >= BLOT_FILL * w * tall) return true;
            }
            return false;
        } finally {
            opened.release();
            labels.release();
            stats.release();
            centroids.release();
            kernel.release();
        }
    }

    /**
     * Fills the blank regions of {@code ink} (255 = ink) that no ink-free path joins to its border and that are at least
     * {@code side}² pixels large: the page was flattened against its own background, which a blot as wide as a character
     * outgrows, so the blot is left a thick ring round a pale middle. A unit label's own characters enclose only small
     * blanks (单's four cells), left as they are.
     */
    private static void fillLargeHoles(org.opencv.core.Mat ink, double side) {
        org.opencv.core.Mat blank = new org.opencv.core.Mat(), labels = new org.opencv.core.Mat(), stats = new org.opencv.core.Mat(), centroids = new org.opencv.core.Mat();
        org.opencv.core.Core.bitwise_not(ink, blank);
        int n = org.opencv.imgproc.Imgproc.connectedComponentsWithStats(blank, labels, stats, centroids, 4);
        int[] s = new int[5];
        for (int c = 1; c < n; c++) {
            stats.get(c, 0, s);
            boolean border = s[0] == 0 || s[1] == 0 || s[0] + s[2] == ink.cols() || s[1] + s[3] == ink.rows();
            if (border || s[4] < side * side) continue;
            org.opencv.core.Mat hole = new org.opencv.core.Mat();
            org.opencv.core.Core.compare(labels, new org.opencv.core.Scalar(c), hole, org.opencv.core.Core.CMP_EQ);
            ink.setTo(new org.opencv.core.Scalar(255), hole);
            hole.release();
        }
        blank.release();
        labels.release();
        stats.release();
        centroids.release();
    }

    private static Glyph renamed(Glyph g, String text) {
        return new Glyph(text, g.x0(), g.y0(), g.x1(), g.y1(), g.fontSize(), g.confidence());
    }

    /**
     * Whether a phrase's pixels hold a blot centred right of its first {@code from} pixels, or a blank wide enough
     * for a character between its inks. Those first pixels are the label's characters, read (单位： of 单位：元): a 万 hidden
     * there would have been read in their place, while a dense character in a heavy face, blurred, is one solid piece —
     * 单 of a newcomer's 9 pt AR PL UMing scanned at 200 dpi was a blot of 16 by 18 pixels, and its 元 tables, printed
     * 单位：元 and read so, lost their unit.
     *
     * @param flat the page, flattened (dark ink on light paper)
     * @param box  the phrase, in the page's pixels
     * @param dpi  the page's resolution
     * @param from the pixels, from the phrase's left, its label's characters take ({@link #LABEL_EM} of its height each)
     */
    static boolean blotOrRoom(org.opencv.core.Mat flat, java.awt.Rectangle box, float dpi, double from) {
        int x0 = Math.max(0, box.x), y0 = Math.max(0, box.y);
        int x1 = Math.min(flat.cols(), box.x + box.width), y1 = Math.min(flat.rows(), box.y + box.height);
        if (x1 - x0 < 2 || y1 - y0 < 4) return false;
        org.opencv.core.Mat roi = flat.submat(y0, y1, x0, x1);
        org.opencv.core.Mat ink = new org.opencv.core.Mat();
        org.opencv.imgproc.Imgproc.threshold(roi, ink, 0, 255, org.opencv.imgproc.Imgproc.THRESH_BINARY_INV | org.opencv.imgproc.Imgproc.THRESH_OTSU);
        roi.release();
        try {
            int h = y1 - y0;
            fillLargeHoles(ink, HOLE * h);
            if (blot(ink, h, BLOT_MM / 25.4 * dpi, from)) return true;
            // the widest blank column run between the first and last inked columns
            org.opencv.core.Mat columns = new org.opencv.core.Mat();
            org.opencv.core.Core.reduce(ink, columns, 0, org.opencv.core.Core.REDUCE_MAX);
            byte[] col = new byte[columns.cols()];
            columns.get(0, 0, col);
            columns.release();
            int first = -1, last = -1, run = 0, widest = 0;
            for (int x = 0; x < col.length; x++) {
                if (col[x] != 0) {
                    if (first < 0) first = x;
                    else widest = Math.max(widest, run);
                    last = x;
                    run = 0;
                } else if (first >= 0) {
                    run++;
                }
            }
            return last > first && widest >= ROOM * h;
        } finally {
            ink.release();
        }
    }

    /** The phrase just right of phrase {@code i} on its line (overlapping it by half its height, within three heights), or -1. */
    private static int rightNeighbour(List<Glyph> glyphs, int i) {
        Glyph g = glyphs.get(i);
        double h = g.y1() - g.y0();
        int best = -1;
        double bestGap = 3 * h;
        for (int j = 0; j < glyphs.size(); j++) {
            Glyph o = glyphs.get(j);
            double overlap = Math.min(g.y1(), o.y1()) - Math.max(g.y0(), o.y0());
            double gap = o.x0() - g.x1();
            if (j == i || overlap < 0.5 * Math.min(h, o.y1() - o.y0()) || gap < -0.2 * h || gap > bestGap) continue;
            best = j;
            bestGap = gap;
        }
        return best;
    }
}

