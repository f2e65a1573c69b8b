package io.gongkai.assemble;

import io.gongkai.model.Box;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule the header does not print, read through a column of figures (a coffee stain's rim on a colour scan of the
 * 上海市普陀区人民政府办公室 2025 收入预算总表: a vertical edge at 431 pt inside 合计, 409–502 pt, under the stain only).
 * The grids here are as the scan's reader gave them (its columns' x in points); the matrix's stain-200 reading of that
 * page is {@code ScannedFaultsTest.aStainsEdgeThroughAColumnSplitsNoColumn}.
 */
class SpannedColumnsTest {
    private static final TableAssembler ASSEMBLER = new TableAssembler(TemplateCatalog.builtIn());
    /** The grid's column edges: 类 款 项 名称, then 合计 split at 431 by the stain's edge, 财政拨款收入 … 其他收入. */
    private static final double[] EDGES = {67, 102, 136, 171, 409, 431, 502, 584, 647, 710, 773};

    /** A row of the grid: {@code texts[k]} in column k; a text followed by ">n" spans n columns (its box so wide). */
    private static RawRow row(int line, double conf, String... texts) {
        List<RawCell> cells = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
            String t = texts[k];
            int span = 1;
            int mark = t.lastIndexOf('>');
            if (mark >= 0) {
                span = Integer.parseInt(t.substring(mark + 1));
                t = t.substring(0, mark);
            }
            double x0 = EDGES[k], x1 = EDGES[Math.min(EDGES.length - 1, k + span)];
            cells.add(new RawCell(t, new Box(1, x0, 100 + 20 * line, x1 - x0, 20), t.isEmpty() ? 1.0 : conf));
        }
        return new RawRow(1000 + line, cells);
    }

    private static List<RawRow> header() {
        return List.of(
                row(1, 0.9, "项目>4", "", "", "", "收入预算>6", "", "", "", "", ""),
                row(2, 0.9, "功能分类科目编码>3", "", "", "功能分类科目名称", "合计>2", "", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"),
                row(3, 0.9, "类", "款", "项", "", "", "", "", "", "", ""));
    }

    private static Table assemble(List<RawRow> data) {
        List<RawRow> rows = new ArrayList<>(header());
        rows.addAll(data);
        return ASSEMBLER.assemble(new RawBlock(1, List.of(1), "2025年部门收入预算总表", null, List.of("编制部门：上海市普陀区人民政府办公室\t单位：元"), rows, List.of()), "T01");
    }

    @Test
    void figuresUnderAColumnAFalseRuleSplitStayInTheirColumns() {
        Table t = assemble(List.of(
                row(4, 0.9, "201", "", "", "一般公共服务支出", "82,096,797.42>2", "", "82,096,797.42", "", "", ""),
                row(5, 0.9, "201", "03", "", "政府办公厅（室）及相关机构事务", "82,096,797.42>2", "", "82,096,797.42", "", "", ""),
                row(6, 0.9, "201", "03", "01", "行政运行", "20", "T ,120,0.0", "20,120,000.00", "", "", ""),
                row(9, 0.9, "201", "03", "50", "事业运行", "1.74", "3,933", "16,743,933.00", "", "", ""),
                row(10, 0.9, "201", "03", "99", "其他政府办公厅（室）及相关机构事务支出", "10,3", "02,736", "10,302,736.00", "", "", ""),
                row(7, 0.9, "201", "03", "02", "一般行政管理事务", "", "34,930,128.42", "34,930,128.42", "", "", ""),
                row(8, 0.9, "合计>4", "", "", "", "82,096,797.42>2", "", "82,096,797.42", "", "", "")));
        assertEquals("budget-income", t.templateId());
        assertEquals(5, t.columns().size());
        for (String key : List.of("201", "20103", "2010302", "total")) {
            Cell appropriation = t.row(key).orElseThrow().cell("2").orElseThrow();
            assertEquals(t.row(key).orElseThrow().cell("1").orElseThrow().number(), appropriation.number(), key + ": 财政拨款收入 is the figure right of 合计");
            assertEquals(null, t.row(key).orElseThrow().cell("3").orElseThrow().number(), key + ": 事业收入 blank");
        }
        // the two pieces the false rule cut 20,120,000.00 into are one reading, in doubt: not passed on as read
        Cell cut = t.row("2010301").orElseThrow().cell("1").orElseThrow();
        assertNotEquals(CellStatus.OK, cut.status(), cut.toString());
        assertTrue(t.diagnostics().stream().anyMatch(d -> d.message().contains("one header cell ('合计')")), t.diagnostics().toString());
    }

    @Test
    void codeColumnsUnderOneHeadingStayThreeColumns() {
        // 科目编码 over 类, 款 and 项 with no heading of their own: code parts, not figures, are never joined
        List<RawRow> rows = new ArrayList<>(List.of(
                row(1, 0.9, "科目编码>3", "", "", "科目名称", "合计>2", "", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"),
                row(4, 0.9, "201", "03", "01", "行政运行", "12,029,501.84>2", "", "12,029,501.84", "", "", "")));
        RawBlock block = new RawBlock(1, List.of(1), "2025年部门收入预算总表", null, List.of(), rows, List.of());
        RawBlock joined = SpannedColumns.join(block, "T01").block();
        assertEquals(List.of("201", "03", "01", "行政运行", "12,029,501.84", "12,029,501.84", "", "", ""),
                joined.rows().get(1).cells().stream().map(RawCell::text).toList());
    }

    @Test
    void twoColumnsThatEachPrintAWholeFigureAreTwoColumns() {
        // a header that lost the rule between two columns (OCR ran 合计 over them), not the body: both keep their figures
        List<RawRow> rows = new ArrayList<>(header());
        rows.add(row(4, 0.9, "201", "", "", "一般公共服务支出", "2,000.00", "1,000.00", "1,000.00", "", "", ""));
        RawBlock block = new RawBlock(1, List.of(1), "2025年部门收入预算总表", null, List.of(), rows, List.of());
        assertEquals(block, SpannedColumns.join(block, "T01").block());
    }
    @Test
    void theTwoPiecesOfACutFigureAreNotTakenForTwoFigures() {
        // 4,545,000.00 cut by the false rule and read "4,54" | "L 15,000.0": the pieces joined with their spaces were split
        // again as two figures, 15,000.0 put under 财政拨款收入
        Table t = assemble(List.of(
                row(4, 0.9, "201", "", "", "一般公共服务支出", "4,545,000.00>2", "", "4,545,000.00", "", "", ""),
                row(5, 0.9, "201", "13", "02", "一般行政管理事务", "4,54", "L 15,000.0", "4,545,000.00", "", "", "")));
        Cell total = t.row("2011302").orElseThrow().cell("1").orElseThrow();
        assertNotEquals(CellStatus.OK, total.status(), total.toString());
        assertEquals(0, new java.math.BigDecimal("4545000.00").compareTo(t.row("2011302").orElseThrow().cell("2").orElseThrow().number()));
    }

    @Test
    void aHeaderOverAGridAScanLostIsNoColumn() {
        // a 1-bit scan whose rules were lost: one garbled header cell over the names and the figures; a column of names
        // is never joined, so nothing is
        List<RawRow> rows = new ArrayList<>(List.of(
                row(1, 0.4, "——— 合本分类标目名您 he 人司管费>10", "", "", "", "", "", "", "", "", ""),
                row(4, 0.4, "302", "", "", "商品和服务支出", "2,120,950", "", "9", "", "", ""),
                row(5, 0.4, "302", "02", "", "印刷费", "20.0", "0", "", "", "", "")));
        RawBlock block = new RawBlock(1, List.of(1), "2025年部门基本支出预算明细表", null, List.of(), rows, List.of());
        assertEquals(block, SpannedColumns.join(block, "T01").block());
    }
}
