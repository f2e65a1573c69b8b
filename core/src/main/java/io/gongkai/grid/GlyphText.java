package io.gongkai.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Joins glyphs into text the way a reader reads them: lines top to bottom, left to right, no spaces inside CJK. */
public final class GlyphText {
    private GlyphText() {
    }

    /** A line of text and where it is. */
    public record Line(double y0, double y1, double x0, double x1, List<Glyph> glyphs) {
        public String text() {
            return join(glyphs, " ");
        }

        /** The line's text with runs separated by wide gaps joined by {@code tab} (e.g. "编制部门：… | 单位：元"). */
        public String text(String tab) {
            return join(glyphs, tab);
        }

        public double fontSize() {
            return glyphs.stream().mapToDouble(Glyph::fontSize).max().orElse(0);
        }
    }

    /**
     * Groups glyphs into lines by their vertical centre: a glyph joins the line whose band (top to bottom of its
     * glyphs so far) holds its centre, or whose first centre is within half its size. (A flat mark OCR reads alone,
     * 一 or 、, is a line's glyph like any other, not a line of its own.)
     */
    public static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::cy).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Glyph> cur = null;
        double cy = 0, top = 0, bottom = 0;
        for (Glyph g : sorted) {
            boolean inBand = cur != null && g.cy() >= top && g.cy() <= bottom;
            if (cur == null || !inBand && Math.abs(g.cy() - cy) > 0.5 * Math.max(2, g.fontSize())) {
                cur = new ArrayList<>();
                groups.add(cur);
                cy = g.cy();
                top = g.y0();
                bottom = g.y1();
            }
            cur.add(g);
            top = Math.min(top, g.y0());
            bottom = Math.max(bottom, g.y1());
        }
        List<Line> out = new ArrayList<>();
        for (List<Glyph> g : groups) {
            g.sort(Comparator.comparingDouble(Glyph::x0));
            out.add(new Line(g.stream().mapToDouble(Glyph::y0).min().orElse(0), g.stream().mapToDouble(Glyph::y1).max().orElse(0),
                    g.get(0).x0(), g.get(g.size() - 1).x1(), List.copyOf(g)));
        }
        return out;
    }

    /** The text of glyphs in one cell: lines joined without a space where CJK meets CJK. */
    public static String cellText(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        for (Line l : lines(glyphs)) {
            String t = l.text().strip();
            if (t.isEmpty()) continue;
            if (b.length() > 0 && !(isCjk(b.codePointBefore(b.length())) || isCjk(t.codePointAt(0)))) b.append(' ');
            b.append(t);
        }
        return b.toString();
    }

    private static String join(List<Glyph> line, String wideGap) {
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null) {
                double gap = g.x0() - prev.x1();
                double size = Math.max(1, Math.max(prev.fontSize(), g.fontSize()));
                if (gap > 2.5 * size) b.append(wideGap);
                else if (gap > 0.2 * size && !(prev.isCjk() && g.isCjk())) b.append(' ');
            }
            b.append(g.text());
            prev = g;
        }
        return b.toString();
    }

    private static boolean isCjk(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
