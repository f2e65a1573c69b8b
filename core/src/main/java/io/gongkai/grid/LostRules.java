package io.gongkai.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Column rules a page lost, put back from the figures' alignment. A rule drawn dashed or dotted (LibreOffice and WPS
 * print some so), or a faint one a photocopy broke, can vanish along a whole table: two amount columns then read as
 * one, and each figure lands in the wrong one or two figures in one cell. Amounts are right-aligned in their column,
 * so a lost rule still shows: inside one ruled column the figures end at two different right edges, and none of those
 * ending at the left edge reaches the figures of the right one.
 *
 * <p>The rule (pure function of the rulings and glyph boxes, in points): in a column of the grid, the right edges of
 * its figures (glyphs with a digit and no Han character) fall into groups (within half a character); two neighbouring
 * groups of at least two figures each, from different rows, where every figure of the left group ends before every
 * figure of the right group starts, are two columns. The rule is put where the right group's figures leave the same
 * space to it as they leave to the column's right rule, and only on the rows none of whose text crosses it (a heading
 * centred over both columns keeps its merged cell). Centred or left-aligned figures never qualify: their wider
 * figures start left of where the narrower ones end.
 */
final class LostRules {
    private LostRules() {
    }

    /**
     * What was found: vertical segments for the rules lost, each as tall as one row, and the glyphs that are what OCR
     * made of a broken rule's remnants ({@code | 1 l !} standing between the two groups of figures), which are no text.
     */
    record Found(List<Segment> rules, java.util.Set<Glyph> remnants) {
    }

    /** The rules lost inside the columns {@code xs} × rows {@code ys} of one table (none found: both lists empty). */
    static Found find(List<Double> xs, List<Double> ys, List<Glyph> glyphs) {
        List<Segment> out = new ArrayList<>();
        java.util.Set<Glyph> remnants = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        double top = ys.get(0), bottom = ys.get(ys.size() - 1);
        for (int c = 0; c + 1 < xs.size(); c++) {
            double left = xs.get(c), right = xs.get(c + 1);
            List<Glyph> inside = new ArrayList<>();
            for (Glyph g : glyphs) if (g.cy() >= top && g.cy() <= bottom && g.cx() >= left && g.cx() <= right) inside.add(g);
            // OCR's readings of a broken rule's bits (| 1 !) are kept apart: they are no part of a figure, and they
            // show where the rule stood
            List<Glyph> marks = new ArrayList<>(), text = new ArrayList<>();
            for (Glyph g : inside) (g.confidence() < 1 && ruleMark(g) ? marks : text).add(g);
            List<Glyph> in = runs(text), figures = new ArrayList<>();
            for (Glyph g : in) if (isFigure(g.text()) && !ruleMark(g)) figures.add(g);
            if (figures.size() < 4) continue;
            double em = figures.stream().mapToDouble(Glyph::fontSize).sorted().skip(figures.size() / 2).findFirst().orElse(10);
            figures.sort(Comparator.comparingDouble(Glyph::x1));
            List<List<Glyph>> groups = new ArrayList<>();
            for (Glyph g : figures) {
                List<Glyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                if (last != null && g.x1() - last.get(last.size() - 1).x1() <= em / 2) last.add(g);
                else {
                    last = new ArrayList<>();
                    last.add(g);
                    groups.add(last);
                }
            }
            for (int k = 0; k + 1 < groups.size(); k++) {
                List<Glyph> a = groups.get(k), b = groups.get(k + 1);
                if (rows(a, ys) < 2 || rows(b, ys) < 2) continue;
                double aEnd = a.stream().mapToDouble(Glyph::x1).max().orElseThrow();
                double bStart = b.stream().mapToDouble(Glyph::x0).min().orElseThrow();
                double bEnd = b.stream().mapToDouble(Glyph::x1).max().orElseThrow();
                if (bStart - aEnd < em / 2) continue;
                double x = Math.min(aEnd + Math.max(0, right - bEnd), bStart - em / 4);
                double[] bits = marks.stream().filter(g -> g.cx() > aEnd - em / 4 && g.cx() < bStart).mapToDouble(Glyph::cx).sorted().toArray();
                if (bits.length >= 2) x = bits[bits.length / 2];
                double at = x;
                for (Glyph g : marks) if (Math.abs(g.cx() - at) <= em / 4) remnants.add(g);
                for (int r = 0; r + 1 < ys.size(); r++) {
                    double y0 = ys.get(r), y1 = ys.get(r + 1);
                    boolean crossed = in.stream().anyMatch(g -> g.cy() > y0 && g.cy() < y1 && g.x0() < at && g.x1() > at);
                    if (!crossed) out.add(new Segment(at, y0, at, y1));
                }
            }
        }
        return new Found(out, remnants);
    }

    /**
     * Row rules a page lost wholly, put back from the figures' lines: a hairline between rows that a light photocopy
     * or a 1-bit scan erased along the whole table leaves no piece to find, and the rows it parted become one band of
     * the grid whose cells hold two or three stacked figures each (a newcomer's thin photocopy of a real budget: 204 06
     * 司法 79,189,400.34 over 204 06 01 行政运行 14,348,853.34, joined as "79,189,400.34 14,348,853.34" and read as
     * neither). Inside a band between two rules, OCR's text lines ({@link GlyphText#lines}) that stand apart (the lower's
     * top below the upper's bottom), both as tall as the band's text (0.6 of its glyphs' median height: a piece of a
     * rule read "1: +" under a row is no row of figures) and that both hold a figure in one column of the grid are two
     * rows: the rule is put back midway between them. A label wrapped onto a second line holds no figure, so it stays
     * with its row; a text layer's rules are as drawn (a page of its glyphs only is not looked at).
     *
     * @param xs     the grid's column edges, points
     * @param ys     its row edges, points
     * @param glyphs the page's glyphs
     * @return the y of each row rule put back, points, top to bottom (none: empty)
     */
    static List<Double> rows(List<Double> xs, List<Double> ys, List<Glyph> glyphs) {
        List<Double> out = new ArrayList<>();
        glyphs = glyphs.stream().filter(g -> g.confidence() < 1).toList();
        if (glyphs.isEmpty()) return out;
        double left = xs.get(0), right = xs.get(xs.size() - 1);
        for (int b = 0; b + 1 < ys.size(); b++) {
            double top = ys.get(b), bottom = ys.get(b + 1);
            List<Glyph> in = new ArrayList<>();
            for (Glyph g : glyphs) {
                if (g.cy() <= top || g.cy() >= bottom || g.cx() <= left || g.cx() >= right || ruleMark(g) || specks(g)) continue;
                in.add(g);
            }
            List<GlyphText.Line> lines = GlyphText.lines(in);
            double[] heights = in.stream().mapToDouble(g -> g.y1() - g.y0()).sorted().toArray();
            double text = heights.length == 0 ? 0 : heights[heights.length / 2];
            for (int i = 0; i + 1 < lines.size(); i++) {
                GlyphText.Line a = lines.get(i), c = lines.get(i + 1);
                if (c.y0() <= a.y1() || !figureInOneColumn(a, c, xs)) continue;
                // a line flatter than the band's text is what a rule left (read "1: +"), no row
                if (a.y1() - a.y0() < 0.6 * text || c.y1() - c.y0() < 0.6 * text) continue;
                out.add((a.y1() + c.y0()) / 2);
            }
        }
        return out;
    }

    /** Whether some column of the grid holds a figure of each of two lines. */
    private static boolean figureInOneColumn(GlyphText.Line a, GlyphText.Line b, List<Double> xs) {
        for (int c = 0; c + 1 < xs.size(); c++) {
            double x0 = xs.get(c), x1 = xs.get(c + 1);
            java.util.function.Predicate<Glyph> figureHere = g -> g.cx() > x0 && g.cx() < x1 && isFigure(g.text());
            if (a.glyphs().stream().anyMatch(figureHere) && b.glyphs().stream().anyMatch(figureHere)) return true;
        }
        return false;
    }

    /**
     * Whether a glyph reads as one or two strokes, as OCR reads a bit of a vertical ruling: {@code | 1 l I ! : [ ]}, or a
     * dash ({@code — - 一}) whose box stands upright (taller than wide: a dash printed in a cell lies flat).
     */
    static boolean ruleMark(Glyph g) {
        String t = g.text().strip();
        if (RULE_MARK.matcher(t).matches()) return true;
        return UPRIGHT_DASH.matcher(t).matches() && g.x1() - g.x0() < g.y1() - g.y0();
    }

    /**
     * Whether an OCR glyph reads as specks: dots ({@code · … . 。 '}), perhaps with other marks among them
     * ({@code : + * ~ — 、}), and no digit, letter or character. It is what a recognizer makes of toner dust, or of the bits
     * a 1-bit scan or a photocopy leaves of a rule ({@code ·...}, {@code …+—…— ..........} beside a figure); no amount or
     * label is made of them. A dash alone ({@code —}, a cell printed as nil) is no speck; a text layer's glyphs are text.
     */
    static boolean specks(Glyph g) {
        if (g.confidence() >= 1) return false;
        String t = g.text().replaceAll("\\s+", "");
        return !t.isEmpty() && SPECKS.matcher(t).matches() && DOTS.matcher(t).find();
    }

    private static final java.util.regex.Pattern SPECKS = java.util.regex.Pattern.compile("[·・…‥.。,，'`’‘、:：;+*~^°—\\-–_一]+");
    private static final java.util.regex.Pattern DOTS = java.util.regex.Pattern.compile("[·・…‥.。'`’‘]");

    private static final java.util.regex.Pattern UPRIGHT_DASH = java.util.regex.Pattern.compile("[—\\-一_－]{1,2}");

    private static final java.util.regex.Pattern RULE_MARK = java.util.regex.Pattern.compile("[|1lI!:;丨\\[\\]【】]{1,2}");

    /**
     * Glyphs joined into runs: a text layer gives a glyph a character, OCR one a word or a phrase; a run ends where a
     * line's glyphs leave a gap wider than most of a character.
     */
    private static List<Glyph> runs(List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>();
        for (GlyphText.Line l : GlyphText.lines(glyphs)) {
            List<Glyph> run = new ArrayList<>();
            for (Glyph g : l.glyphs()) {
                if (!run.isEmpty()) {
                    Glyph p = run.get(run.size() - 1);
                    if (g.x0() - p.x1() > 0.8 * Math.max(1, Math.max(p.fontSize(), g.fontSize()))) {
                        out.add(joined(run));
                        run = new ArrayList<>();
                    }
                }
                run.add(g);
            }
            if (!run.isEmpty()) out.add(joined(run));
        }
        return out;
    }

    private static Glyph joined(List<Glyph> run) {
        if (run.size() == 1) return run.get(0);
        StringBuilder t = new StringBuilder();
        for (Glyph g : run) t.append(g.text());
        return new Glyph(t.toString(), run.get(0).x0(), run.stream().mapToDouble(Glyph::y0).min().orElseThrow(), run.get(run.size() - 1).x1(),
                run.stream().mapToDouble(Glyph::y1).max().orElseThrow(), run.stream().mapToDouble(Glyph::fontSize).max().orElseThrow(),
                run.stream().mapToDouble(Glyph::confidence).min().orElseThrow());
    }

    private static int rows(List<Glyph> group, List<Double> ys) {
        return (int) group.stream().mapToInt(g -> {
            for (int r = 0; r + 1 < ys.size(); r++) if (g.cy() <= ys.get(r + 1)) return r;
            return ys.size();
        }).distinct().count();
    }

    static boolean isFigure(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return false;
            digit |= Character.isDigit(cp);
            i += Character.charCount(cp);
        }
        return digit;
    }
}
