package io.gongkai.extract.pdf;

import io.gongkai.assemble.RawRow;
import io.gongkai.grid.Glyph;
import io.gongkai.grid.GridBuilder;
import io.gongkai.grid.GridTable;
import io.gongkai.grid.Segment;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.util.List;

/** Gongkai's own engine: ruling lines → grid with merged cells → glyphs placed by their centres. */
final class NativeFinder implements TableFinder {
    private final GridBuilder grids = new GridBuilder();

    @Override
    public List<PageTable> find(PDDocument doc, int page, List<Glyph> glyphs, List<Segment> segments, double[] area) {
        return grids.lattice(page, glyphs, segments).stream().map(Grid::new).map(PageTable.class::cast).toList();
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

        public List<RawRow> rowsIn(int lineBase, PageTable continued) {
            return continued instanceof Grid g ? t.toRawRows(lineBase, g.t().colEdges()) : t.toRawRows(lineBase);
        }
    }
}
