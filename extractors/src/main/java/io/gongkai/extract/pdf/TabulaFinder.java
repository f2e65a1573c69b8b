package io.gongkai.extract.pdf;

import io.gongkai.error.EngineUnavailableException;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;
import io.gongkai.grid.Glyph;
import io.gongkai.grid.Segment;
import io.gongkai.model.Box;
import org.apache.pdfbox.pdmodel.PDDocument;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Table;
import technology.tabula.extractors.BasicExtractionAlgorithm;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

import java.util.ArrayList;
import java.util.List;

/**
 * tabula-java 1.0.5 as an engine: its lattice ({@code SpreadsheetExtractionAlgorithm}) or stream
 * ({@code BasicExtractionAlgorithm}) algorithm on our pdfbox 3 document. Its string grid goes through the same
 * assembler as ours, so templates, types and identities apply; it is the baseline the benchmark measures against.
 */
final class TabulaFinder implements TableFinder {
    private final boolean lattice;
    private ObjectExtractor extractor;

    TabulaFinder(boolean lattice) {
        this.lattice = lattice;
        try {
            Class.forName("technology.tabula.ObjectExtractor");
        } catch (ClassNotFoundException e) {
            throw new EngineUnavailableException("the tabula engine needs technology.tabula:tabula:1.0.5 on the class path");
        }
    }

    @Override
    public List<PageTable> find(PDDocument doc, int page, List<Glyph> glyphs, List<Segment> segments, double[] area) {
        if (extractor == null) extractor = new ObjectExtractor(doc);
        Page p = extractor.extract(page);
        if (area != null) p = p.getArea((float) area[0], (float) area[1], (float) area[2], (float) area[3]);
        List<Table> tables = lattice ? new SpreadsheetExtractionAlgorithm().extract(p) : new BasicExtractionAlgorithm().extract(p);
        List<PageTable> out = new ArrayList<>();
        for (Table t : tables) if (t.getRowCount() > 0) out.add(new Found(page, t));
        return out;
    }

    private record Found(int page, Table t) implements PageTable {
        public double top() { return t.getTop(); }
        public double bottom() { return t.getBottom(); }
        public double left() { return t.getLeft(); }
        public double right() { return t.getRight(); }

        public List<RawRow> rows(int lineBase) {
            List<RawRow> out = new ArrayList<>();
            int r = 0;
            for (List<RectangularTextContainer> row : t.getRows()) {
                r++;
                List<RawCell> cells = new ArrayList<>();
                boolean any = false;
                for (RectangularTextContainer c : row) {
                    String text = c.getText().replace("\r", "").replace("\n", "");
                    any |= !text.isBlank();
                    cells.add(new RawCell(text, new Box(page, c.getLeft(), c.getTop(), c.getWidth(), c.getHeight()), 1.0));
                }
                if (any) out.add(new RawRow(lineBase + r, cells));
            }
            return out;
        }

        public List<RawRow> rowsIn(int lineBase, PageTable continued) {
            return rows(lineBase);
        }
    }
}
