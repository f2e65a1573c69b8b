package io.gongkai.extract.pdf;

import io.gongkai.grid.Glyph;
import io.gongkai.grid.GlyphText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a table's figures end: the right edges (points from the page's left) shared by two figures or more in a table's
 * area, figures being set flush right in their columns. Two pages of one table set its figures at the same edges (in
 * proportion to its width, for a photo's pages each scaled its own way); a title-less table at the top of a page whose
 * figures share no edge with the table before was laid out in other columns (a newcomer's Chromium print set a
 * 收入预算总表's second page in columns of its own: re-laid in the first page's columns, read by text alignment, its
 * figures under 财政拨款收入 went to 事业收入, status ok, verified by the row sums they still made).
 */
final class FigureColumns {
    /**
     * A figure as printed with a thousands separator or decimals (a code, 201 or 2010601, set flush left, is none; nor
     * is an amount printed as bare digits, which gives no evidence), three digits at least.
     */
    private static final Pattern FIGURE = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");
    /** How far apart (points) the right edges of figures in one column may stand: a text layer's are equal, OCR's boxes a pixel or two apart. */
    private static final double SAME_EDGE = 3;
    /** How far (a fraction of the table's width) an edge may stand from the page before's and be the same column's. */
    static final double SAME_PROPORTION = 0.02;

    private FigureColumns() {
    }

    /** The right edges of the columns of figures in {@code t}'s area, left to right: each shared by two figures at least. */
    static List<Double> rights(List<Glyph> glyphs, PageTable t) {
        return rights(glyphs, t, 2);
    }

    /** The right edges of the columns of figures in {@code t}'s area, left to right: each shared by {@code least} figures at least. */
    static List<Double> rights(List<Glyph> glyphs, PageTable t, int least) {
        List<Glyph> inside = glyphs.stream().filter(g -> g.cy() >= t.top() && g.cy() <= t.bottom() && g.cx() >= t.left() && g.cx() <= t.right()).toList();
        List<Double> ends = new ArrayList<>();
        for (GlyphText.Line line : GlyphText.lines(inside)) {
            StringBuilder run = new StringBuilder();
            Glyph prev = null;
            double end = 0;
            for (Glyph g : line.glyphs()) {
                if (prev != null && g.x0() - prev.x1() > Math.max(1.5, 0.6 * Math.max(g.fontSize(), prev.fontSize()))) {
                    if (figure(run)) ends.add(end);
                    run.setLength(0);
                }
                run.append(g.text().strip());
                end = g.x1();
                prev = g;
            }
            if (figure(run)) ends.add(end);
        }
        ends.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < ends.size(); ) {
            int j = i + 1;
            while (j < ends.size() && ends.get(j) - ends.get(j - 1) <= SAME_EDGE) j++;
            if (j - i >= least) out.add(ends.get((i + j - 1) / 2));
            i = j;
        }
        return out;
    }

    private static boolean figure(CharSequence run) {
        return FIGURE.matcher(run).matches() && run.chars().anyMatch(c -> c == ',' || c == '.') && run.chars().filter(Character::isDigit).count() >= 3;
    }

    /**
     * {@code beforeRights} with those {@code rights} of the table continuing it that stand at no edge of them (a column
     * first filled on its page), carried into the table before's place and width; left to right.
     */
    static List<Double> carried(PageTable before, List<Double> beforeRights, PageTable t, List<Double> rights) {
        double wa = before.right() - before.left(), wb = t.right() - t.left();
        if (wa <= 0 || wb <= 0) return beforeRights;
        List<Double> out = new ArrayList<>(beforeRights);
        for (double b : rights) {
            double at = before.left() + (b - t.left()) * wa / wb;
            if (out.stream().noneMatch(a -> Math.abs(a - at) <= SAME_PROPORTION * wa)) out.add(at);
        }
        out.sort(Double::compare);
        return out;
    }

    /**
     * Whether the table {@code t}, to be read in the columns of the table before, sets its figures where that table
     * set them (edges compared in proportion to each table's width, within {@link #SAME_PROPORTION} of it): at least one
     * column of figures at an edge where the table before had one, and none at another edge within a column where the
     * table before had its figures flush right (a column first filled on this page has nothing to compare). True too
     * when either has no column of figures to compare (a page of names only, or of figures too few to say).
     */
    static boolean sameColumns(PageTable before, List<Double> beforeRights, PageTable t, List<Double> rights) {
        if (beforeRights.isEmpty() || rights.isEmpty()) return true;
        double wa = before.right() - before.left(), wb = t.right() - t.left();
        if (wa <= 0 || wb <= 0) return true;
        List<Double> edges = before.columnEdges();
        List<Double> here = rights.stream().map(b -> before.left() + (b - t.left()) * wa / wb).toList();
        boolean shared = false;
        for (double b : here) {
            boolean same = false, other = false;
            for (double a : beforeRights) {
                if (Math.abs(a - b) <= SAME_PROPORTION * wa) same = true;
                else if (flushRight(edges, beforeRights, a) && column(edges, a) >= 0 && column(edges, a) == column(edges, b)
                        && here.stream().filter(x -> column(edges, x) == column(edges, b)).count() == 1) other = true;
            }
            shared |= same;
            if (other && !same) return false;
        }
        return shared;
    }

    /**
     * How far right of the table before's columns of figures ({@code beforeRights}) the figures of {@code rights} end, on
     * the page of a table continuing it, when each of them ends at one of those columns, one for one, moved alike (each
     * within {@link #SAME_PROPORTION} of the table before's width of the shift the rightmost gives), and they are two or
     * more; else NaN.
     */
    static double shiftOnto(PageTable before, List<Double> beforeRights, List<Double> rights) {
        double wa = before.right() - before.left();
        if (rights.size() < 2 || beforeRights.size() < rights.size() || wa <= 0) return Double.NaN;
        double dx = rights.get(rights.size() - 1) - beforeRights.get(beforeRights.size() - 1);
        int from = 0;
        for (double r : rights) {
            int hit = -1;
            for (int k = from; k < beforeRights.size() && hit < 0; k++) if (Math.abs(r - dx - beforeRights.get(k)) <= SAME_PROPORTION * wa) hit = k;
            if (hit < 0) return Double.NaN;
            from = hit + 1;
        }
        return dx;
    }

    /**
     * The table before's column edges moved onto the page of {@code t}, which sets the same columns of figures at other
     * edges: each of the table before's edges of figures (in order) onto this page's (in order), its borders onto this
     * table's, every column edge between them in proportion. Null when the two do not set as many columns of figures.
     */
    static List<Double> moved(PageTable before, List<Double> beforeRights, PageTable t, List<Double> rights) {
        List<Double> edges = before.columnEdges();
        if (edges.size() < 2 || beforeRights.size() != rights.size() || rights.isEmpty()) return null;
        List<double[]> anchors = new ArrayList<>();
        anchors.add(new double[]{before.left(), t.left()});
        for (int k = 0; k < rights.size(); k++) anchors.add(new double[]{beforeRights.get(k), rights.get(k)});
        anchors.add(new double[]{before.right(), t.right()});
        for (int k = 1; k < anchors.size(); k++) {
            if (anchors.get(k)[0] <= anchors.get(k - 1)[0] || anchors.get(k)[1] <= anchors.get(k - 1)[1]) return null;
        }
        List<Double> out = new ArrayList<>();
        for (double e : edges) {
            int k = 1;
            while (k < anchors.size() - 1 && e > anchors.get(k)[0]) k++;
            double[] a = anchors.get(k - 1), b = anchors.get(k);
            out.add(a[1] + (e - a[0]) * (b[1] - a[1]) / (b[0] - a[0]));
        }
        return out;
    }

    /** Whether the figures at edge {@code a} are the only edge of figures in their column (not a column of centred figures, whose edges vary). */
    private static boolean flushRight(List<Double> edges, List<Double> rights, double a) {
        int k = column(edges, a);
        return rights.stream().filter(x -> column(edges, x) == k).count() == 1;
    }

    /** The column (0-based) of {@code edges} whose span holds {@code x}, or -1. */
    private static int column(List<Double> edges, double x) {
        for (int k = 0; k + 1 < edges.size(); k++) if (x >= edges.get(k) - 1 && x <= edges.get(k + 1) + 1) return k;
        return -1;
    }
}
