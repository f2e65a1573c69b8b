package io.gongkai.extract.pdf;

import io.gongkai.extract.ContinuedTable;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    /** A table whose row edges are known too (points). */
    private record Ruled(int page, List<Double> columnEdges, List<Double> rowEdges) implements PageTable {
        public double top() { return rowEdges.get(0); }
        public double bottom() { return rowEdges.get(rowEdges.size() - 1); }
        public double left() { return columnEdges.get(0); }
        public double right() { return columnEdges.get(columnEdges.size() - 1); }
        public List<RawRow> rows(int lineBase) { return List.of(); }
        public List<RawRow> rowsIn(int lineBase, PageTable continued) { return List.of(); }
    }

    /** A header row 40 pt tall over {@code n} rows {@code pitch} pt tall, from y = 80. */
    private static List<Double> rows(int n, double pitch) {
        List<Double> y = new java.util.ArrayList<>(List.of(80.0, 120.0));
        for (int k = 0; k < n; k++) y.add(120 + (k + 1) * pitch);
        return y;
    }

    @Test
    void aPageCopiedReducedContinuesItsTableAnotherTableAsNarrowDoesNot() {
        // the next sheet copied at 80% (a copier's reduction set for it alone): its table 80% as wide, its rows 80% as tall
        PageTable first = new Ruled(1, EDGES, rows(20, 22));
        assertTrue(PdfTableReader.continues(FIRST, first, new Ruled(2, scaled(0.8, 70), rows(12, 22 * 0.8))));
        // as narrow, its rows as tall as the first's: a table of its own; half as wide with rows half as tall is still a copy
        assertFalse(PdfTableReader.continues(FIRST, first, new Ruled(2, scaled(0.8, 70), rows(12, 22))));
        assertTrue(PdfTableReader.continues(FIRST, first, new Ruled(2, scaled(0.5, 0), rows(12, 11))));
        assertFalse(PdfTableReader.continues(FIRST, first, new Ruled(2, scaled(0.5, 0), rows(12, 22))));
        // a scale of rows not known (the columns only): not the same table
        assertFalse(PdfTableReader.continues(FIRST, new Table(1, EDGES), new Table(2, scaled(0.8, 70))));
    }

    private static RawRow row(int line, String... texts) {
        return new RawRow(line, java.util.Arrays.stream(texts).map(io.gongkai.raw.RawCell::of).toList());
    }

    @Test
    void aContinuedPagesFirstRowThatPrintsTheFiguresOfTheRowBeforeIsNoRepeatedHeader() {
        // a Writer print's 支出预算总表: 201 一般公共服务支出 at the foot of page 3, its one 款 20113 商贸事务 with the same
        // amounts at the top of page 4 under the header printed again (within one character in five of 201's row, it
        // was dropped as a header repeated)
        RawBlock a = new RawBlock(3000, List.of(3), "2025年部门支出预算总表", null, List.of(),
                List.of(row(3001, "功能分类科目编码及名称", "合计", "基本支出", "项目支出"), row(3002, "201 一般公共服务支出", "21,601,733.00", "12,291,733.00", "9,310,000.00")), List.of());
        RawBlock b = new RawBlock(4000, List.of(4), null, null, List.of(),
                List.of(row(4001, "功能分类科目编码及名称", "合计", "基本支出", "项目支出"), row(4002, "20113 商贸事务", "21,601,733.00", "12,291,733.00", "9,310,000.00"),
                        row(4003, "2011301 行政运行", "9,389,913.00", "9,389,913.00", "")), List.of());
        List<Integer> lines = ContinuedTable.join(a, b).rows().stream().map(RawRow::line).toList();
        assertEquals(List.of(3001, 3002, 4002, 4003), lines);
    }

    @Test
    void onlyALineWithoutFiguresOrALabelRepeatsAHeader() {
        // the guard was run on each line's canonical form, which has no separators or colons left: never true
        RawBlock a = new RawBlock(3000, List.of(3), "2025年部门支出预算总表", null, List.of("编制部门：上海市普陀区商务委员会"),
                List.of(row(3001, "功能分类科目编码及名称", "合计", "基本支出", "项目支出"), row(3002, "201 一般公共服务支出", "21,601,733.00", "12,291,733.00", "9,310,000.00")), List.of());
        assertFalse(ContinuedTable.repeatsHeader(a, List.of(), List.of(row(4001, "20113 商贸事务", "21,601,733.00", "12,291,733.00", "9,310,000.00"))));
        assertTrue(ContinuedTable.repeatsHeader(a, List.of(), List.of(row(4001, "功能分类科目编码及名称", "合计", "基本支出", "项目支出"))));
    }

    /** A ruled grid of one header row and one data row, its column rules at {@code xs} (points), read by the native finder. */
    private static PageTable grid(int page, List<Double> xs, String... texts) {
        List<io.gongkai.grid.Segment> segments = new java.util.ArrayList<>();
        for (double x : xs) segments.add(new io.gongkai.grid.Segment(x, 100, x, 160));
        for (double y : new double[]{100, 130, 160}) segments.add(new io.gongkai.grid.Segment(xs.get(0), y, xs.get(xs.size() - 1), y));
        List<io.gongkai.grid.Glyph> glyphs = new java.util.ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
            int row = k / (xs.size() - 1), col = k % (xs.size() - 1);
            double y0 = 100 + 30 * row + 10, x1 = xs.get(col + 1) - 1, x0 = Math.max(xs.get(col) + 2, x1 - 6 * texts[k].length());
            glyphs.add(new io.gongkai.grid.Glyph(texts[k], x0, y0, x1, y0 + 10, 10));
        }
        List<PageTable> found = new NativeFinder().find(null, page, glyphs, segments, null);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void aContinuedPageWhoseOwnRulesStandForTheColumnsPlacesItsFiguresByThem() {
        // a photo's second page, remapped on its own: its borders 2 pt in, its middle rules 2–6 pt out of where the first
        // page's carried in proportion stand; 705,443.00 set flush against its own rule ended past the carried edge
        // and was read a column right (合计 blank, 财政拨款 under 事业收入)
        PageTable first = grid(1, List.of(60.0, 160.0, 260.0, 360.0), "项目", "合计", "财政拨款");
        PageTable second = grid(2, List.of(62.0, 166.0, 262.0, 358.0), "职业年金", "705,443.00", "705,443.00", "其他", "13,260.00", "13,260.00");
        List<RawRow> rows = second.rowsIn(2000, first);
        assertEquals(List.of("职业年金", "705,443.00", "705,443.00"), rows.get(0).texts());
        // rules that are not one for one (a column more): the first page's, carried in proportion
        assertFalse(NativeFinder.sameRules(List.of(62.0, 120.0, 166.0, 262.0, 358.0), List.of(62.0, 162.0, 262.0, 358.0)));
        assertFalse(NativeFinder.sameRules(List.of(62.0, 140.0, 262.0, 358.0), List.of(62.0, 162.0, 262.0, 358.0)));
    }
}
