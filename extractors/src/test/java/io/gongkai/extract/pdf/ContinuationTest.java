package io.gongkai.extract.pdf;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a title-less table at the top of a page continues the table of the page before. */
class ContinuationTest {
    private record Table(int page, List<Double> columnEdges) implements PageTable {
        public double top() { return 80; }
        public double bottom() { return 500; }
        public double left() { return columnEdges.get(0); }
        public double right() { return columnEdges.get(columnEdges.size() - 1); }
        public List<RawRow> rows(int lineBase) { return List.of(); }
        public List<RawRow> rowsIn(int lineBase, PageTable continued) { return List.of(); }
    }

    private static final RawBlock FIRST = new RawBlock(1000, List.of(1), "部门收入预算总表", null, List.of(), List.of(), List.of());
    private static final List<Double> EDGES = List.of(60.0, 90.0, 115.0, 140.0, 300.0, 390.0, 480.0, 560.0, 640.0, 780.0);

    private static List<Double> scaled(double scale, double shift) {
        return EDGES.stream().map(x -> (x - 60) * scale + 60 + shift).toList();
    }

    @Test
    void aPhotographedPagesTableContinuesThoughScaledAndShifted() {
        // the next page of a phone photo: 4% smaller and 14 pt to the right after its keystone is undone
        assertTrue(PdfTableReader.continues(FIRST, new Table(1, EDGES), new Table(2, scaled(0.96, 14))));
        // a PDF's: where it was
        assertTrue(PdfTableReader.continues(FIRST, new Table(1, EDGES), new Table(2, EDGES)));
    }

    @Test
    void anotherTableDoesNot() {
        // the same width, other columns: a new table whose title was not found
        List<Double> other = List.of(60.0, 200.0, 330.0, 460.0, 560.0, 640.0, 700.0, 720.0, 750.0, 780.0);
        assertFalse(PdfTableReader.continues(FIRST, new Table(1, EDGES), new Table(2, scaled(0.96, 14).stream().toList().subList(0, 5))));
        assertFalse(PdfTableReader.continues(FIRST, new Table(1, EDGES), new Table(2, other.stream().map(x -> x + 10).toList())));
        // half as wide, or not on the next page
        assertFalse(PdfTableReader.continues(FIRST, new Table(1, EDGES), new Table(2, scaled(0.5, 0))));
        assertFalse(PdfTableReader.continues(FIRST, new Table(1, EDGES), new Table(3, scaled(0.96, 14))));
    }
}
