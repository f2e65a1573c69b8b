package io.gongkai.extract.scan;

import io.gongkai.extract.image.LostDiagonals;
import io.gongkai.extract.ocr.OcrEngine;
import io.gongkai.extract.ocr.TextLine;
import io.gongkai.grid.Glyph;
import io.gongkai.grid.GridBuilder;
import io.gongkai.grid.GridCell;
import io.gongkai.grid.GridTable;
import io.gongkai.grid.Segment;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a page's reading looked at again: a doubtful one read with only a figure's characters allowed, and,
 * with a second engine, every one corroborated or not. Thread-safe (a document's pages may be read at once); one per
 * document read, as it remembers a second engine that could not be loaded.
 */
final class FigureReader {
    /**
     * Isolated specks per square inch ({@link io.gongkai.extract.image.PageCleaner#specksPerSquareInch}) from which a
     * black-and-white page is dusty: a speck then falls beside one 1 in 30 or more (the crossbar's window beside a stem
     * is about 1/300 of a square inch at 200 dpi), and a dot there is no 4's crossbar. Measured: 1-bit office scans
     * 0.1–2.6, photocopies with toner dust 22–46.
     */
    static final double DUSTY = 10;
    /**
     * The probability from which a 1 the recognizer read in a figure, on a black-and-white page, is taken for a 4 whose
     * thin diagonal the scan lost, when the network gave 4 that much on the 1's own time steps ({@link TextLine.Char#alternative}).
     * Measured on the scan matrix (13 real budgets, 2 pages each; the 1s of figures matched to the text layer): on
     * bw-200, 160 of 235 such 4s reach it and 4 of 747 printed 1s; on photocopy-200 (toner dust), 102 of 137 and 27 of
     * 747. A 1 printed has no diagonal for the network to see a trace of; a 4 cut to a stem keeps the crossbar's nub.
     */
    static final double STROKE_LOST_4 = 2e-3;
    /** Below this OCR confidence a figure is read again, figure characters only. */
    static final double FIGURE_CONFIDENCE = 0.9;
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("-?[0-9][0-9.,]*");
    private final OcrEngine engine;
    /** A second, independent engine that reads every figure again, or null. */
    private final OcrEngine second;
    /** Why figures were not corroborated though a second engine was asked for (it could not be loaded), or null. */
    private volatile String uncorroborated;

    FigureReader(OcrEngine engine, OcrEngine second) {
        this.engine = engine;
        this.second = second;
    }

    /** The second engine, or null. */
    OcrEngine second() {
        return second;
    }

    /** Why the second engine did not corroborate the figures (it could not be loaded), or null. */
    String uncorroborated() {
        return uncorroborated;
    }

    /**
     * The second look at figures: in a column of figures, a phrase whose reading is not a figure, or is one read with
     * low confidence, is read again with only a figure's characters allowed (where the full alphabet lets a 1 be 工 or
     * l); the new reading replaces the old when it is a figure and the engine is at least as sure of it. Then, with a
     * second engine, every figure is corroborated ({@link #corroborate}), now or, {@code later}, when the document's
     * identities ask for it ({@link Corroboration}); on a black-and-white page the 1s' glyphs are looked at ({@link #mend}).
     *
     * @return the figures held for the second engine ({@code later}, a second engine, figures on the page), else null
     */
    Corroboration read(PageReading read, float dpi, int page, boolean bilevel, boolean dusty, boolean later) {
        double pt = 72.0 / dpi;
        List<Segment> segments = new ArrayList<>();
        for (Segment s : read.rulings().segments()) segments.add(new Segment(s.x0() * pt, s.y0() * pt, s.x1() * pt, s.y1() * pt));
        List<GridTable> grids = new GridBuilder().lattice(page, List.of(), segments);
        List<Glyph> glyphs = read.glyphs();
        // each glyph's cell, and per column (table/column) how many of its one-column cells read as figures
        Map<Glyph, String> columnOf = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (int t = 0; t < grids.size(); t++) {
            for (GridCell c : grids.get(t).cells()) {
                if (c.colSpan() != 1) continue;
                String key = t + "/" + c.col();
                StringBuilder text = new StringBuilder();
                for (Glyph g : glyphs) {
                    if (g.cx() > c.x0() && g.cx() < c.x1() && g.cy() > c.y0() && g.cy() < c.y1()) {
                        columnOf.put(g, key);
                        text.append(g.text());
                    }
                }
                if (text.isEmpty()) continue;
                int[] n = counts.computeIfAbsent(key, k -> new int[2]);
                n[0]++;
                if (isFigure(text.toString()) || readAsLetterO(text.toString())) n[1]++;
            }
        }
        java.util.Set<String> figureColumns = new java.util.HashSet<>();
        counts.forEach((key, n) -> {
            if (n[1] >= 3 && n[1] * 2 >= n[0]) figureColumns.add(key);
        });
        List<Integer> figures = new ArrayList<>(), again = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            boolean inFigures = figureColumns.contains(columnOf.get(g)) && mayBeFigure(g.text()) || wrappedZero(g, glyphs);
            if (inFigures || moneyLike(g.text())) figures.add(i);
            if (inFigures && (!isFigure(g.text()) || g.confidence() < FIGURE_CONFIDENCE) || moneyLike(g.text())) again.add(i);
        }
        if (!again.isEmpty()) {
            // the first recognition read as a figure where the engine gave it; the others recognized again
            List<TextLine> lines = new ArrayList<>(again.size());
            List<Integer> unread = new ArrayList<>();
            for (int i : again) {
                lines.add(read.asFigures().get(i));
                if (read.asFigures().get(i) == null) unread.add(i);
            }
            if (!unread.isEmpty()) {
                java.util.Iterator<TextLine> more = engine.recognize(read.crops(unread, dpi), OcrEngine.FIGURE_CHARACTERS).iterator();
                for (int k = 0; k < lines.size(); k++) if (lines.get(k) == null) lines.set(k, more.next());
            }
            for (int k = 0; k < again.size(); k++) {
                TextLine l = lines.get(k);
                Glyph g = glyphs.get(again.get(k));
                double conf = ocrConfidence(l.confidence());
                if (!isFigure(l.text()) && readAsLetterO(g.text())) {
                    // a lone round glyph in a column of figures is a 0, however the figure characters alone weigh it
                    // (at 300 dpi they gave most of them nothing: the letter's trace outweighed the digit's)
                    glyphs.set(again.get(k), new Glyph("0", g.x0(), g.y0(), g.x1(), g.y1(), g.fontSize(), g.confidence()));
                    continue;
                }
                if (!isFigure(l.text())) continue;
                if (isFigure(g.text()) && conf < g.confidence()) continue;
                glyphs.set(again.get(k), new Glyph(l.text(), g.x0(), g.y0(), g.x1(), g.y1(), g.fontSize(), conf));
            }
        }
        List<Glyph> before = null;
        List<BufferedImage> crops = null;
        if (second != null && !figures.isEmpty()) {
            crops = read.crops(figures, dpi);
            if (later) {
                before = new ArrayList<>(figures.size());
                for (int i : figures) before.add(glyphs.get(i));
            } else {
                corroborate(glyphs, figures, crops);
            }
        }
        List<Integer> ones = ones(glyphs, figures);
        List<BufferedImage> oneCrops = List.of(), oneScanned = List.of();
        List<TextLine> oneTraces = List.of();
        if (bilevel && !ones.isEmpty()) {
            oneCrops = read.glyphCrops(ones, dpi, false);
            oneScanned = read.scanned() == null ? oneCrops : read.glyphCrops(ones, dpi, true);
            oneTraces = new ArrayList<>(ones.size());
            for (int i : ones) oneTraces.add(read.asFigures().get(i));
            mend(glyphs, ones, oneCrops, oneScanned, oneTraces, dusty);
        }
        if (before == null) return null;
        List<Glyph> after = new ArrayList<>(figures.size());
        for (int i : figures) after.add(glyphs.get(i));
        return new Corroboration(this, figures, crops, before, after, bilevel ? ones : List.of(), oneCrops, oneScanned, oneTraces, dusty);
    }

    /** The figures (indices into {@code glyphs}) that read as figures with a 1 in them: those whose glyphs {@link #mend} looks at. */
    static List<Integer> ones(List<Glyph> glyphs, List<Integer> figures) {
        List<Integer> ones = new ArrayList<>();
        for (int i : figures) if (isFigure(glyphs.get(i).text()) && glyphs.get(i).text().indexOf('1') >= 0) ones.add(i);
        return ones;
    }

    /**
     * Each figure's 1s looked at as glyphs, the page's figures together: one with a 4's crossbar beside its stem, or a
     * bare stem standing right of where the page's 1s stand in their slots, is read 4 ({@link LostDiagonals}), and so
     * is one the recognizer gave 4 a trace of ({@link #STROKE_LOST_4}, {@code traces}); the figure comes in in doubt
     * ({@link io.gongkai.model.Confidence#MENDED}), for the identities to confirm or give.
     *
     * @param traces per figure, the recognizer's reading of it as a figure with each character's alternatives (the
     *               page's {@link PageReading#asFigures}), or null
     */
    static void mend(List<Glyph> glyphs, List<Integer> ones, List<BufferedImage> crops, List<BufferedImage> scanned, List<TextLine> traces, boolean dusty) {
        if (ones.isEmpty()) return;
        List<String> readings = LostDiagonals.mend(crops, scanned, ones.stream().map(i -> glyphs.get(i).text()).toList(), !dusty);
        for (int k = 0; k < ones.size(); k++) {
            Glyph g = glyphs.get(ones.get(k));
            String mended = traced(readings.get(k), g.text(), traces.get(k));
            if (mended.equals(g.text())) continue;
            glyphs.set(ones.get(k), new Glyph(mended, g.x0(), g.y0(), g.x1(), g.y1(), g.fontSize(), Math.min(g.confidence(), io.gongkai.model.Confidence.MENDED)));
        }
    }

    /**
     * {@code mended} with each 1 the recognizer gave 4 a trace of ({@link #STROKE_LOST_4}) read 4; the trace is the
     * recognizer's reading as a figure, and counts only where its digits are those of {@code read} (the figure's reading
     * before {@link LostDiagonals} looked at it: same digits, a 1 made 4 here and there).
     */
    static String traced(String mended, String read, TextLine trace) {
        if (trace == null || mended.length() != read.length()) return mended;
        List<TextLine.Char> digits = trace.chars().stream().filter(c -> c.text().length() == 1 && Character.isDigit(c.text().charAt(0))).toList();
        StringBuilder traced = new StringBuilder(digits.size());
        for (TextLine.Char c : digits) traced.append(c.text());
        if (!traced.toString().equals(read.replaceAll("[^0-9]", ""))) return mended;
        StringBuilder out = new StringBuilder(mended);
        int d = 0;
        for (int i = 0; i < read.length(); i++) {
            if (!Character.isDigit(read.charAt(i))) continue;
            if (read.charAt(i) == '1' && digits.get(d).alternative("4") >= STROKE_LOST_4) out.setCharAt(i, '4');
            d++;
        }
        return out.toString();
    }

    /**
     * Every figure read again by the second engine, figure characters only: where both read the same figure, the
     * reading is corroborated (confidence {@link io.gongkai.model.Confidence#CORROBORATED} or more); where they differ,
     * the first engine's reading stands with a confidence of at most one half (the identities decide, or it is
     * flagged).
     */
    void corroborate(List<Glyph> glyphs, List<Integer> figures, List<BufferedImage> crops) {
        if (uncorroborated != null) return;
        List<TextLine> lines;
        try {
            lines = second.recognize(crops, OcrEngine.FIGURE_CHARACTERS);
        } catch (io.gongkai.error.EngineUnavailableException e) {
            // the second engine is not installed: the figures stand on one reading (and no identity vouching for one
            // leaves it flagged); the document says so
            uncorroborated = "figures read by " + engine.name() + " alone, not corroborated by " + second.name() + ": " + e.getMessage();
            return;
        }
        for (int k = 0; k < figures.size(); k++) {
            Glyph g = glyphs.get(figures.get(k));
            String other = lines.get(k).text().replace(" ", "");
            boolean alike = sameFigure(g.text(), other);
            double conf = alike ? Math.max(io.gongkai.model.Confidence.CORROBORATED, Math.min(0.99, 1 - (1 - g.confidence()) * (1 - ocrConfidence(lines.get(k).confidence()))))
                    : Math.min(g.confidence(), 0.5);
            // a CTC recognizer merges a digit repeated without a gap (106,000 read 106,00): where the second reading is the
            // first with one repeated digit more, the second's text stands (still only half sure: the identities decide)
            String text = !alike && isFigure(other) && repeatsOneMore(g.text().replace(" ", ""), other) ? other : g.text();
            glyphs.set(figures.get(k), new Glyph(text, g.x0(), g.y0(), g.x1(), g.y1(), g.fontSize(), conf));
        }
    }

    /** Whether {@code longer} is {@code shorter} with one of its characters doubled where it stands (000 for 00). */
    static boolean repeatsOneMore(String shorter, String longer) {
        if (longer.length() != shorter.length() + 1) return false;
        for (int i = 0; i < longer.length(); i++) {
            if (longer.substring(0, i).concat(longer.substring(i + 1)).equals(shorter)
                    && (i > 0 && longer.charAt(i - 1) == longer.charAt(i) || i + 1 < longer.length() && longer.charAt(i + 1) == longer.charAt(i))) return true;
        }
        return false;
    }

    /** Whether two readings are the same figure: the same digits, and the same decimals (separators as OCR reads them aside). */
    static boolean sameFigure(String a, String b) {
        String x = a.replace(" ", ""), y = b.replace(" ", "");
        if (!isFigure(x) || !isFigure(y)) return false;
        if (!x.replaceAll("[^0-9-]", "").equals(y.replaceAll("[^0-9-]", ""))) return false;
        return decimals(x) == decimals(y);
    }

    /** Digits after a figure's decimal point (the last separator followed by one or two digits), else 0. */
    private static int decimals(String figure) {
        int at = Math.max(figure.lastIndexOf('.'), figure.lastIndexOf(','));
        int after = at < 0 ? 0 : figure.length() - at - 1;
        return after >= 1 && after <= 2 ? after : 0;
    }


    /** Whether text reads as a figure (a number with its separators). */
    static boolean isFigure(String text) {
        return FIGURE.matcher(text.replace(" ", "")).matches();
    }

    /**
     * Whether text is a lone round glyph the full alphabet read as a letter (o, O, 〇): a 0 alone in its cell. A column
     * printing 0 in every row (基本支出 of a budget's 支出预算总表 whose money is all 项目支出) read o throughout held no
     * figure by the vote, its 0s were not read again as figures, and each came out a suspect glyph confusion (a
     * newcomer's scans of 万里街道25 p9-10: all 39 printed 0s flagged, at 200 to 1200 dpi). In a column of figures such
     * a glyph is read 0.
     */
    static boolean readAsLetterO(String text) {
        return LETTER_O.matcher(text.strip()).matches();
    }

    private static final java.util.regex.Pattern LETTER_O = java.util.regex.Pattern.compile("[oO〇]");

    /**
     * Whether a lone round glyph read as a letter ({@link #readAsLetterO}) is the last digit of a figure its narrow cell
     * wrapped: it stands under a figure, packed against it (at most a line's height between them), flush with its left
     * or right end (within half its height). Writer and Word print {@code 12,291,733.0} and, on the next line, {@code 0};
     * on a page without rules no grid says the {@code o} stands in a column of figures.
     */
    static boolean wrappedZero(Glyph g, List<Glyph> glyphs) {
        if (!readAsLetterO(g.text())) return false;
        double h = g.y1() - g.y0();
        for (Glyph f : glyphs) {
            if (f == g || !isFigure(f.text()) || f.text().replace(" ", "").length() < 4) continue;
            double gap = g.y0() - f.y1();
            if (gap < -0.3 * h || gap > Math.max(h, f.y1() - f.y0())) continue;
            if (Math.abs(f.x0() - g.x0()) <= 0.5 * h || Math.abs(f.x1() - g.x1()) <= 0.5 * h) return true;
        }
        return false;
    }

    /** Whether text could be a misread figure: no Chinese but 工 (a 1), or one character among three digits or more (3014计); not a dash, not blank. */
    static boolean mayBeFigure(String text) {
        String t = text.replace(" ", "").replace("工", "1");
        int han = io.gongkai.normalize.TextNormalizer.hanCount(t);
        long digits = t.chars().filter(Character::isDigit).count();
        return !t.isEmpty() && (han == 0 || han == 1 && digits >= 3) && !t.matches("[-—–_~一]+");
    }

    /**
     * Whether text not read as a figure looks like a misread amount wherever it stands (a one-row table has no column
     * of figures): four digits or more, a decimal point or a thousands separator, and more digits than anything else.
     */
    static boolean moneyLike(String text) {
        if (isFigure(text)) return false;
        String t = text.replace(" ", "");
        long digits = t.chars().filter(Character::isDigit).count();
        return digits >= 4 && (t.indexOf('.') >= 0 || t.indexOf(',') >= 0) && digits * 2 > t.length();
    }

    /** One engine's 0–1 as a glyph's confidence: at most {@link io.gongkai.model.Confidence#ONE_READING} (see there). */
    static double ocrConfidence(double c) {
        return Math.max(0, Math.min(io.gongkai.model.Confidence.ONE_READING, c));
    }
}
