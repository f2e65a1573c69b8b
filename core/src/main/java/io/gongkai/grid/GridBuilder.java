package io.gongkai.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds table grids from ruling lines and places text in their cells. It works on glyph boxes and segments only, so
 * a PDF's text layer and vector lines, or OCR words and lines detected in a scan, go through the same code.
 *
 * <p>Lattice: segments are merged, grouped into tables (segments that touch), and their y and x positions give the
 * grid; two neighbouring slots with no ruling between them are one merged cell. Each glyph goes to the cell its centre
 * falls in. Thread-safe (stateless).
 */
public final class GridBuilder {
    private static final double TOL = 2.0;
    private static final double COVER = 0.7;

    /** Tables of one page, top to bottom. */
    public List<GridTable> lattice(int page, List<Glyph> glyphs, List<Segment> segments) {
        List<Segment> h = merge(segments.stream().filter(Segment::horizontal).toList(), true);
        List<Segment> v = merge(segments.stream().filter(Segment::vertical).toList(), false);
        List<List<Segment>> groups = components(h, v);
        List<GridTable> tables = new ArrayList<>();
        for (List<Segment> g : groups) {
            List<Segment> gh = g.stream().filter(Segment::horizontal).toList();
            List<Segment> gv = g.stream().filter(Segment::vertical).toList();
            if (gh.size() < 2 || gv.size() < 2) continue;
            GridTable t = grid(page, gh, gv, glyphs);
            if (t != null && t.rows() >= 1 && t.columns() >= 1) tables.add(t);
        }
        tables.sort(Comparator.comparingDouble(GridTable::top));
        return tables;
    }

    private static GridTable grid(int page, List<Segment> h, List<Segment> v, List<Glyph> glyphs) {
        // a table drawn without an outer border still ends where its rulings end: the extremes of the horizontal lines
        // close it left and right, those of the vertical lines top and bottom — where they reach a cell's width past the
        // outermost line across them; less is a rule overhanging the border (Word's overlapping borders, a scan's rule
        // blurred past its end), which made a column of a few points that put every figure a column off
        List<Double> xValues = new ArrayList<>(v.stream().map(Segment::x).toList());
        List<Double> yValues = new ArrayList<>(h.stream().map(Segment::y).toList());
        closing(xValues, h.stream().mapToDouble(Segment::x0).min().orElseThrow(), h.stream().mapToDouble(Segment::x1).max().orElseThrow());
        closing(yValues, v.stream().mapToDouble(Segment::y0).min().orElseThrow(), v.stream().mapToDouble(Segment::y1).max().orElseThrow());
        List<Double> ruledYs = cluster(yValues);
        if (ruledYs.size() < 2 || cluster(xValues).size() < 2) return null;
        LostRules.Found lost = LostRules.find(cluster(xValues), ruledYs, glyphs);
        if (!lost.rules().isEmpty()) {
            v = new ArrayList<>(v);
            v.addAll(lost.rules());
            for (Segment s : lost.rules()) xValues.add(s.x());
            glyphs = glyphs.stream().filter(g -> !lost.remnants().contains(g)).toList();
        }
        List<Double> xs = cluster(xValues);
        glyphs = glyphs.stream().filter(g -> !onRule(g, xs) && !LostRules.specks(g)).toList();
        List<Double> lostRows = LostRules.rows(xs, ruledYs, glyphs);
        if (!lostRows.isEmpty()) {
            h = new ArrayList<>(h);
            for (double y : lostRows) h.add(new Segment(xs.get(0), y, xs.get(xs.size() - 1), y));
            yValues.addAll(lostRows);
        }
        List<Double> ys = lostRows.isEmpty() ? ruledYs : cluster(yValues);
        int rows = ys.size() - 1, cols = xs.size() - 1;
        boolean[] lostRow = lostRowRules(h, xs, ys, glyphs);
        boolean[][] dashed = dashedRowRules(h, xs, ys, glyphs);
        // what is left of such a rule, read as a dash on the line it ran along, is no cell's dash
        glyphs = glyphs.stream().filter(g -> !onLostRowRule(g, ys, lostRow) && !onDashedRowRule(g, xs, ys, dashed)).toList();
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(v, xs.get(c + 1), ys.get(r), ys.get(r + 1), false)) union(parent, r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && !lostRow[r + 1] && !dashed[r + 1][c] && !covered(h, ys.get(r + 1), xs.get(c), xs.get(c + 1), true)) union(parent, r * cols + c, (r + 1) * cols + c);
            }
        }
        Map<Integer, int[]> span = new HashMap<>(); // root -> minR, minC, maxR, maxC
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                int[] s = span.computeIfAbsent(root, k -> new int[]{Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1});
                s[0] = Math.min(s[0], r); s[1] = Math.min(s[1], c); s[2] = Math.max(s[2], r); s[3] = Math.max(s[3], c);
            }
        }
        Map<Integer, List<Glyph>> inCell = new HashMap<>();
        for (Glyph g : glyphs) {
            int r = band(ys, g.cy()), c = band(xs, g.cx());
            if (r < 0 || c < 0) continue;
            inCell.computeIfAbsent(find(parent, r * cols + c), k -> new ArrayList<>()).add(g);
        }
        List<GridCell> cells = new ArrayList<>();
        span.forEach((root, s) -> {
            List<Glyph> in = inCell.getOrDefault(root, List.of());
            int c0 = s[1], c1 = s[3];
            Map<Integer, List<Glyph>> byColumn = textsByColumn(in, xs, c0, c1);
            if (byColumn != null) {
                for (int c = c0; c <= c1; c++) {
                    List<Glyph> own = byColumn.getOrDefault(c, List.of());
                    cells.add(new GridCell(s[0], c, s[2] - s[0] + 1, 1, xs.get(c), ys.get(s[0]), xs.get(c + 1), ys.get(s[2] + 1),
                            GlyphText.cellText(own), own.stream().mapToDouble(Glyph::confidence).min().orElse(1.0),
                            own.stream().filter(g -> !g.text().isBlank()).mapToDouble(Glyph::x0).min().orElse(Double.NaN),
                            own.stream().filter(g -> !g.text().isBlank()).mapToDouble(Glyph::x1).max().orElse(Double.NaN)));
                }
                return;
            }
            int own = figureColumn(in, xs, c0, c1);
            if (own >= 0) {
                int first = c0, last = c1;
                in = in.stream().filter(g -> !ruleMark(g, xs, first, last)).toList();
                c0 = c1 = own;
            }
            List<Glyph> inked = in.stream().filter(g -> !g.text().isBlank()).toList();
            cells.add(new GridCell(s[0], c0, s[2] - s[0] + 1, c1 - c0 + 1, xs.get(c0), ys.get(s[0]), xs.get(c1 + 1), ys.get(s[2] + 1),
                    GlyphText.cellText(in), in.stream().mapToDouble(Glyph::confidence).min().orElse(1.0),
                    inked.stream().mapToDouble(Glyph::x0).min().orElse(Double.NaN), inked.stream().mapToDouble(Glyph::x1).max().orElse(Double.NaN)));
        });
        cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::col));
        return new GridTable(page, ys, xs, cells);
    }

    /** An amount as OCR reads it: digits, separators and a point, perhaps a minus sign. */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?[0-9][0-9,，.。 ]*");

    /**
     * The one column, of those a merged cell of a scan spans, that holds the whole of its amount, or -1. A rule between
     * two amount columns that a photocopy broke merges their cells on the rows where it is lost; the columns are still
     * there (the rule stands on other rows, so the grid has their edges), and an amount sits inside its own column
     * (right-aligned in it), not across the edge. Only OCR's amounts (digits, separators, a point) are placed so: a text
     * layer's rules are as drawn, and a cell merged there, or a date or a rate over two columns, is merged by design; a
     * figure across an edge (centred in a merged cell) keeps its span. Bits of the broken rule read as | or 1 are left out
     * (specks read as dots, {@link LostRules#specks}, are no cell's text at all).
     */
    private static int figureColumn(List<Glyph> in, List<Double> xs, int c0, int c1) {
        if (c1 == c0 || in.isEmpty()) return -1;
        double a = Double.MAX_VALUE, b = -Double.MAX_VALUE;
        for (Glyph g : in) {
            // a text layer's rules are as drawn: a cell merged there is merged by design (a date or a rate over two columns)
            if (g.confidence() >= 1) return -1;
            if (ruleMark(g, xs, c0, c1)) continue;
            if (!AMOUNT.matcher(g.text().strip()).matches()) return -1;
            a = Math.min(a, g.x0());
            b = Math.max(b, g.x1());
        }
        if (a > b) return -1;
        for (int c = c0; c <= c1; c++) if (a >= xs.get(c) - TOL && b <= xs.get(c + 1) + TOL) return c;
        return -1;
    }

    /**
     * The texts of a scan's merged cell by the column each stands in, where they stand in two columns or more, else
     * null. A column rule a 1-bit scan broke away on some rows merges the cells of those rows; each figure still stands
     * inside its own column (right-aligned in it), and the cell, read whole, ran two columns' figures together
     * ({@code 2,186,010,00 0),00)}: 人员经费 read as one figure and 公用经费 lost); a rule that starts under the header
     * merges two column heads (人员经费 公用经费 over two columns of figures: the second column had no head, and its
     * amounts were reported unmapped — a newcomer's fax at 150 dpi). Every glyph must be OCR's (a text layer's cells
     * are merged as drawn), inside one column, and a figure ({@link LostRules#isFigure}) or a word of two Han
     * characters or more (合 计 or 项 目, spaced out across a merged cell, are one word); bits of the broken rule
     * ({@link #ruleMark}) are left out. A head the scan left illegible (合计 read {@code r:!} beside 人员经费 and 公用经费,
     * the rules above all three lost on a 1-bit copy of thin type: the three columns of figures were read as one) is a
     * text of its own column too, where it is two characters or more inside one column and two other columns hold such
     * words or figures: one word of a merged cell is never so read, nor two.
     */
    private static Map<Integer, List<Glyph>> textsByColumn(List<Glyph> in, List<Double> xs, int c0, int c1) {
        if (c1 == c0 || in.isEmpty()) return null;
        Map<Integer, List<Glyph>> out = new java.util.TreeMap<>();
        java.util.Set<Integer> legible = new java.util.HashSet<>();
        for (Glyph g : in) {
            if (g.confidence() >= 1) return null;
            if (ruleMark(g, xs, c0, c1)) continue;
            boolean word = LostRules.isFigure(g.text()) || g.text().codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count() >= 2;
            if (!word && g.text().codePoints().filter(cp -> !Character.isWhitespace(cp)).count() < 2) return null;
            int at = -1;
            for (int c = c0; c <= c1 && at < 0; c++) if (g.x0() >= xs.get(c) - TOL && g.x1() <= xs.get(c + 1) + TOL) at = c;
            if (at < 0) return null;
            out.computeIfAbsent(at, k -> new ArrayList<>()).add(g);
            if (word) legible.add(at);
        }
        if (out.size() < 2) return null;
        for (int c : out.keySet()) {
            // a column of illegible text only: two other columns read
            if (legible.contains(c)) continue;
            long others = legible.stream().filter(o -> o != c).count();
            if (others < 2) return null;
        }
        return out;
    }

    /**
     * Row rules a page lost where a piece of them is left: a rule drawn as a hairline (LibreOffice) that a 1-bit scan
     * cut away but for a stretch makes the rows it parted one merged cell in every column it no longer covers. A merged
     * cell holds one block of text; one that holds a figure on each side of the piece's line holds two rows' figures
     * (301 工资福利支出 90,238,584 over 30101 基本工资 6,084,184, one row of the grid, then read as neither). At such a
     * line the rows are kept apart in every column.
     *
     * @return per row edge (index into {@code ys}), whether its rule is taken as lost there
     */
    private static boolean[] lostRowRules(List<Segment> h, List<Double> xs, List<Double> ys, List<Glyph> glyphs) {
        boolean[] lost = new boolean[ys.size()];
        for (int b = 1; b + 1 < ys.size(); b++) {
            double above = ys.get(b - 1), at = ys.get(b), below = ys.get(b + 1);
            for (int c = 0; c + 1 < xs.size() && !lost[b]; c++) {
                double x0 = xs.get(c), x1 = xs.get(c + 1);
                if (covered(h, at, x0, x1, true)) continue;
                boolean over = false, under = false;
                for (Glyph g : glyphs) {
                    if (g.cx() < x0 || g.cx() > x1 || !LostRules.isFigure(g.text())) continue;
                    over |= g.y0() >= above && g.y1() <= at;
                    under |= g.y0() >= at && g.y1() <= below;
                }
                lost[b] = over && under;
            }
        }
        return lost;
    }

    /**
     * Per row edge and column, whether the edge's rule, not found there, stands there as OCR's dashes: a glyph read as
     * a dash lying on the edge within the column (a hairline cut to 1 bit leaves pieces, read as — where they are
     * flat bars). Without it the column's cells were merged over the rows, one cell holding their texts: a newcomer's
     * 1-bit scan of a table printing each row's own code part only read "— — 206 — —" as the 类 of a 款 row four rows
     * above 206, and the row lost its code.
     */
    private static boolean[][] dashedRowRules(List<Segment> h, List<Double> xs, List<Double> ys, List<Glyph> glyphs) {
        boolean[][] out = new boolean[ys.size()][Math.max(0, xs.size() - 1)];
        for (Glyph g : glyphs) {
            if (!ruleDash(g)) continue;
            for (int b = 1; b + 1 < ys.size(); b++) {
                if (Math.abs(g.cy() - ys.get(b)) > DASH_ON_RULE) continue;
                for (int c = 0; c + 1 < xs.size(); c++) {
                    if (g.cx() < xs.get(c) || g.cx() > xs.get(c + 1)) continue;
                    if (!covered(h, ys.get(b), xs.get(c), xs.get(c + 1), true)) out[b][c] = true;
                }
            }
        }
        return out;
    }

    /** Whether a glyph is a dash on a row edge {@link #dashedRowRules} found. */
    private static boolean onDashedRowRule(Glyph g, List<Double> xs, List<Double> ys, boolean[][] dashed) {
        if (!ruleDash(g)) return false;
        for (int b = 1; b + 1 < ys.size(); b++) {
            if (Math.abs(g.cy() - ys.get(b)) > DASH_ON_RULE) continue;
            int c = band(xs, g.cx());
            if (c >= 0 && dashed[b][c]) return true;
        }
        return false;
    }

    /** Whether a glyph is OCR's dash (a flat mark read as one; a text layer's dash is printed, and no rule). */
    private static boolean ruleDash(Glyph g) {
        return g.confidence() < 1 && g.text().strip().matches("[-—–_~一]+");
    }

    /** How far from a row edge (points) a dash's middle may lie to be the edge's rule. */
    static final double DASH_ON_RULE = 3;

    /** An OCR dash (a flat bar) on the line of a row rule taken as lost: a piece of it (a cell's own dash stands mid-row). */
    private static boolean onLostRowRule(Glyph g, List<Double> ys, boolean[] lostRow) {
        if (!ruleDash(g)) return false;
        for (int b = 0; b < lostRow.length; b++) if (lostRow[b] && Math.abs(g.cy() - ys.get(b)) <= DASH_ON_RULE) return true;
        return false;
    }

    /**
     * Whether a glyph is what OCR made of a broken rule between the columns c0..c1 span: one or two strokes
     * ({@link LostRules#ruleMark}) standing on one of the edges inside the span.
     */
    private static boolean ruleMark(Glyph g, List<Double> xs, int c0, int c1) {
        if (!LostRules.ruleMark(g)) return false;
        for (int c = c0 + 1; c <= c1; c++) if (g.x0() - TOL <= xs.get(c) && xs.get(c) <= g.x1() + TOL) return true;
        return false;
    }

    /**
     * Whether an OCR glyph is a bit of a column rule read as text: one or two strokes ({@link LostRules#ruleMark})
     * whose box touches the rule's line (a figure right-aligned in its cell keeps its padding off it). A text layer's
     * glyphs are text.
     */
    private static boolean onRule(Glyph g, List<Double> xs) {
        if (g.confidence() >= 1 || !LostRules.ruleMark(g)) return false;
        for (double x : xs) if (g.x0() <= x + 1 && g.x1() >= x - 1) return true;
        return false;
    }

    /** Whether ruling segments cover the stretch [from, to] at position {@code at} (a band's side). */
    private static boolean covered(List<Segment> segs, double at, double from, double to, boolean horizontal) {
        double need = (to - from) * COVER, have = 0;
        for (Segment s : segs) {
            double pos = horizontal ? s.y() : s.x();
            if (Math.abs(pos - at) > TOL) continue;
            double a = horizontal ? s.x0() : s.y0(), b = horizontal ? s.x1() : s.y1();
            have += Math.max(0, Math.min(b, to) - Math.max(a, from));
        }
        return have >= need;
    }

    private static int band(List<Double> edges, double v) {
        if (v < edges.get(0) || v > edges.get(edges.size() - 1)) return -1;
        for (int i = 0; i + 1 < edges.size(); i++) if (v <= edges.get(i + 1)) return i;
        return edges.size() - 2;
    }

    /** The narrowest cell a table's outer lines close (points): one glyph of the smallest type printed, 6 pt. */
    static final double NARROWEST_CELL = 6;

    /**
     * Adds the extremes {@code from} and {@code to} of the lines one way to the positions {@code at} of the lines across
     * them, each where it lies at least {@link #NARROWEST_CELL} outside them (or there are none).
     */
    private static void closing(List<Double> at, double from, double to) {
        double first = at.stream().mapToDouble(Double::doubleValue).min().orElse(Double.POSITIVE_INFINITY);
        double last = at.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NEGATIVE_INFINITY);
        if (at.isEmpty() || from < first - NARROWEST_CELL) at.add(from);
        if (at.isEmpty() || to > last + NARROWEST_CELL) at.add(to);
    }

    private static List<Double> cluster(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int n = 0;
        for (double v : sorted) {
            if (n > 0 && v - sum / n > TOL) {
                out.add(sum / n);
                sum = 0;
                n = 0;
            }
            sum += v;
            n++;
        }
        if (n > 0) out.add(sum / n);
        return out;
    }

    /** Joins collinear segments that overlap or touch: lines are grouped by position, then their spans merged. */
    static List<Segment> merge(List<Segment> segs, boolean horizontal) {
        List<Segment> sorted = new ArrayList<>(segs);
        sorted.sort(Comparator.comparingDouble((Segment s) -> horizontal ? s.y() : s.x()));
        List<List<Segment>> lines = new ArrayList<>();
        double at = Double.NaN;
        for (Segment s : sorted) {
            double pos = horizontal ? s.y() : s.x();
            if (lines.isEmpty() || pos - at > TOL / 2) {
                lines.add(new ArrayList<>());
                at = pos;
            }
            lines.get(lines.size() - 1).add(s);
        }
        List<Segment> out = new ArrayList<>();
        for (List<Segment> line : lines) {
            double pos = line.stream().mapToDouble(s -> horizontal ? s.y() : s.x()).average().orElse(0);
            line.sort(Comparator.comparingDouble(s -> horizontal ? s.x0() : s.y0()));
            double from = Double.NaN, to = Double.NaN;
            for (Segment s : line) {
                double a = horizontal ? s.x0() : s.y0(), b = horizontal ? s.x1() : s.y1();
                if (!Double.isNaN(from) && a <= to + TOL) {
                    to = Math.max(to, b);
                    continue;
                }
                if (!Double.isNaN(from)) out.add(horizontal ? new Segment(from, pos, to, pos) : new Segment(pos, from, pos, to));
                from = a;
                to = b;
            }
            if (!Double.isNaN(from)) out.add(horizontal ? new Segment(from, pos, to, pos) : new Segment(pos, from, pos, to));
        }
        return out;
    }

    /** Groups segments that touch: each group is one table. */
    private static List<List<Segment>> components(List<Segment> h, List<Segment> v) {
        List<Segment> all = new ArrayList<>(h);
        all.addAll(v);
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < h.size(); i++) {
            Segment a = h.get(i);
            for (int j = 0; j < v.size(); j++) {
                Segment b = v.get(j);
                if (b.x() >= a.x0() - TOL && b.x() <= a.x1() + TOL && a.y() >= b.y0() - TOL && a.y() <= b.y1() + TOL) {
                    union(parent, i, h.size() + j);
                }
            }
        }
        Map<Integer, List<Segment>> groups = new HashMap<>();
        for (int i = 0; i < all.size(); i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(all.get(i));
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) {
            p[x] = p[p[x]];
            x = p[x];
        }
        return x;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) p[ra] = rb;
    }
}
