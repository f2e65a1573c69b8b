package io.gongkai.extract.pdf;

import io.gongkai.raw.RawRow;
import io.gongkai.grid.Glyph;
import io.gongkai.grid.GridBuilder;
import io.gongkai.grid.GridTable;
import io.gongkai.grid.Segment;
import io.gongkai.grid.StreamBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.List;

/**
 * Gongkai's own engine: ruling lines → grid with merged cells → glyphs placed by their centres; or, in stream mode,
 * tables of pages without a ruled grid from text alignment (rows from horizontal rules where they run across).
 */
final class NativeFinder implements TableFinder {
    private final GridBuilder grids = new GridBuilder();
    private final StreamBuilder streams = new StreamBuilder();
    private final boolean stream;

    NativeFinder() {
        this(false);
    }

    /** @param stream also read unruled pages by text alignment */
    NativeFinder(boolean stream) {
        this.stream = stream;
    }

    @Override
    public List<PageTable> find(PDDocument doc, int page, List<Glyph> glyphs, List<Segment> segments, double[] area) {
        List<GridTable> found = framesOnly(grids.lattice(page, glyphs, segments));
        if (found.isEmpty() && stream) found = streams.stream(page, glyphs, segments);
        return found.stream().map(Grid::new).map(PageTable.class::cast).toList();
    }

    /**
     * The grids that are tables: a grid of one column is a frame (a table printed with its outer border only, or with
     * rules between its rows only inside it), whose columns no rule shows — left out, so that the page is read by text
     * alignment as a page without a ruled grid is. A newcomer's tables printed so by Chromium came out identified with
     * no row read (0 of 287 amounts).
     */
    static List<GridTable> framesOnly(List<GridTable> grids) {
        return grids.stream().filter(t -> t.colEdges().size() > 2).toList();
    }

    /** The grids of one column of a page ({@link #framesOnly} leaves them out), top to bottom. */
    List<PageTable> frames(int page, List<Glyph> glyphs, List<Segment> segments) {
        return grids.lattice(page, glyphs, segments).stream().filter(t -> t.colEdges().size() == 2).map(Grid::new).map(PageTable.class::cast).toList();
    }

    /** Tables of a page without a ruled grid, from text alignment (rows from horizontal rules where they run across). */
    List<PageTable> aligned(int page, List<Glyph> glyphs, List<Segment> segments) {
        return streams.stream(page, glyphs, segments).stream().map(Grid::new).map(PageTable.class::cast).toList();
    }

    /** Whether {@link #find} reads pages without a ruled grid by text alignment itself. */
    boolean streams() {
        return stream;
    }

    private record Grid(GridTable t) implements PageTable {
        public int page() { return t.page(); }
        public double top() { return t.top(); }
        public double bottom() { return t.bottom(); }
        public double left() { return t.left(); }
        public double right() { return t.right(); }

        public List<RawRow> rows(int lineBase) {
            return t.toRawRows(lineBase);
        }

        public List<Double> columnEdges() {
            return t.colEdges();
        }

        public List<Double> rowEdges() {
            return t.rowEdges();
        }

        /**
         * The cells placed in the columns of the table continued, its column edges carried over in proportion to the
         * two tables' widths (the same where they are as wide, as in a PDF; a photo's pages are each scaled their own
         * way) — or in this page's own columns where its rules stand for that table's one for one ({@link #sameRules}):
         * a photo's or a remapped scan's pages are not scaled alike across their width, and a figure set flush against
         * its own rule stood past the edge carried over (a newcomer's photo through a wide lens: every figure of the
         * second page a column right of its own, 合计 read blank).
         */
        public List<RawRow> rowsIn(int lineBase, PageTable continued) {
            if (!(continued instanceof Grid g)) return t.toRawRows(lineBase);
            double a0 = g.left(), wa = g.right() - g.left(), wb = right() - left();
            List<Double> edges = g.t().colEdges().stream().map(x -> wa <= 0 ? x : left() + (x - a0) * wb / wa).toList();
            if (sameRules(t.colEdges(), edges)) return t.toRawRows(lineBase);
            return t.toRawRows(lineBase, edges);
        }

        public List<RawRow> rowsAt(int lineBase, List<Double> columnEdges) {
            return t.toRawRows(lineBase, columnEdges);
        }
    }

    /**
     * Whether a page's own column rules ({@code own}, points) stand for the columns carried over ({@code carried}) one
     * for one: as many, each within a quarter of the narrower column beside it of where that one was carried.
     */
    static boolean sameRules(List<Double> own, List<Double> carried) {
        if (own.size() != carried.size() || own.size() < 2) return false;
        for (int k = 0; k < own.size(); k++) {
            double narrow = Double.MAX_VALUE;
            if (k > 0) narrow = Math.min(narrow, own.get(k) - own.get(k - 1));
            if (k + 1 < own.size()) narrow = Math.min(narrow, own.get(k + 1) - own.get(k));
            if (Math.abs(own.get(k) - carried.get(k)) > narrow / 4) return false;
        }
        return true;
    }
}
