package io.gongkai.grid;

import io.gongkai.assemble.RawRow;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamBuilderTest {

    /** Glyphs for a string set at (x, baseline), as {@link GridBuilderTest#text} sets them. */
    private static List<Glyph> text(String s, double x, double baseline) {
        return GridBuilderTest.text(s, x, baseline);
    }

    /**
     * 类 | 款 | 项 | 科目名称 | 合计, the 项 code 12 pt (1.2 em) before its name, as page 12 of 上海市普陀区财政局's 2025
     * budget prints it: one line's runs (split at 1.5 em) glue code and name, its words do not.
     */
    private static List<Glyph> codedPage(double headerAt, double rowPitch) {
        List<Glyph> g = new ArrayList<>();
        g.addAll(text("类", 10, headerAt));
        g.addAll(text("款", 40, headerAt));
        g.addAll(text("项", 70, headerAt));
        g.addAll(text("科目名称", 100, headerAt));
        g.addAll(text("合计", 250, headerAt));
        String[][] rows = {{"201", "", "", "一般公共服务支出", "300.00"}, {"201", "06", "", "财政事务", "300.00"},
                {"201", "06", "01", "行政运行", "100.00"}, {"201", "06", "02", "一般行政管理事务", "200.00"}};
        for (int r = 0; r < rows.length; r++) {
            double y = headerAt + rowPitch * (r + 1);
            g.addAll(text(rows[r][0], 8, y));
            if (!rows[r][1].isEmpty()) g.addAll(text(rows[r][1], 40, y));
            if (!rows[r][2].isEmpty()) g.addAll(text(rows[r][2], 70, y));
            g.addAll(text(rows[r][3], 94, y)); // 12 pt after the 项 code (70 + 2 × 6)
            g.addAll(text(rows[r][4], 250, y));
        }
        return g;
    }

    @Test
    void aCodePrintedOneCharacterBeforeItsNameIsItsOwnColumn() {
        List<GridTable> tables = new StreamBuilder().stream(1, codedPage(20, 14));
        assertEquals(1, tables.size());
        List<RawRow> rows = tables.get(0).toRawRows(0);
        assertEquals(List.of("类", "款", "项", "科目名称", "合计"), rows.get(0).texts());
        assertEquals(List.of("201", "06", "01", "行政运行", "100.00"), rows.get(3).texts());
    }

    @Test
    void rowsComeFromHorizontalRulesThatRunAcrossTheTable() {
        // rules under each row (20 pt apart), the header two lines high: 科目编码 above 类 款 项, one band
        List<Glyph> g = new ArrayList<>(codedPage(35, 20));
        g.addAll(text("科目编码", 20, 23));
        List<Segment> rules = new ArrayList<>();
        for (double y = 10; y <= 130; y += y == 10 ? 30 : 20) rules.add(new Segment(0, y, 300, y));
        List<GridTable> tables = new StreamBuilder().stream(1, g, rules);
        assertEquals(1, tables.size());
        GridTable t = tables.get(0);
        assertEquals(5, t.rows());
        List<RawRow> rows = t.toRawRows(0);
        // the header band's two lines are one row; 科目编码 runs across the 类|款 edge: one cell over both
        assertTrue(rows.get(0).texts().get(0).startsWith("科目编码"), rows.get(0).texts().toString());
        assertEquals("", rows.get(0).texts().get(1));
        assertEquals("项", rows.get(0).texts().get(2));
        assertEquals(List.of("201", "06", "02", "一般行政管理事务", "200.00"), rows.get(4).texts().subList(rows.get(4).texts().size() - 5, rows.get(4).texts().size()));
    }

    @Test
    void rulesUnderTheHeaderAndAtTheBottomOnlyLeaveOneRowPerLine() {
        List<Segment> rules = List.of(new Segment(0, 5, 300, 5), new Segment(0, 25, 300, 25), new Segment(0, 85, 300, 85));
        List<GridTable> tables = new StreamBuilder().stream(1, codedPage(20, 14), rules);
        assertEquals(1, tables.size());
        assertEquals(5, tables.get(0).rows());
        assertEquals(List.of("201", "06", "01", "行政运行", "100.00"), tables.get(0).toRawRows(0).get(3).texts());
    }
}
