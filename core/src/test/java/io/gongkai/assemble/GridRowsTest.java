package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a grid holds besides data rows: a note printed inside it, the sheet's unused rows under the note, a row of
 * amounts whose label is blank. Blocks as a ruled PDF page gives them (the 万里街道 2025 budget printed by LibreOffice,
 * p23, for the note; the corpus test reads that page itself).
 */
class GridRowsTest {
    private static final TableAssembler ASSEMBLER = new TableAssembler(TemplateCatalog.builtIn());

    private static RawRow row(int line, String... cells) {
        return RawRow.of(line, cells);
    }

    private static RawBlock expenditure(List<RawRow> data) {
        List<RawRow> rows = new ArrayList<>(List.of(
                row(1, "项目", "", "", "", "支出预算", "", ""),
                row(2, "功能分类科目编码", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出"),
                row(3, "类", "款", "项", "", "", "", "")));
        rows.addAll(data);
        return new RawBlock(1, List.of(1), "2025年部门支出预算总表", null, List.of("2025年部门支出预算总表", "编制部门：某某局\t单位：元"), rows, List.of());
    }

    @Test
    void aNoteInsideTheGridIsANoteAndTheUnusedRowsBelowItAreNotRead() {
        Table t = ASSEMBLER.assemble(expenditure(List.of(
                row(4, "", "", "", "", "", "", ""),
                row(5, "", "", "", "合计", "", "", ""),
                row(6, "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。", "", "", "", "", "", ""),
                row(7, "", "", "", "", "", "", ""),
                row(8, "合计", "", "", "", "", "", ""))), "T01");
        assertEquals("budget-expenditure", t.templateId());
        assertEquals(List.of("total"), t.rows().stream().map(r -> r.key().value()).toList(), "one total, no note row");
        assertEquals(List.of("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"), t.notes());
        assertTrue(t.diagnostics().stream().anyMatch(d -> d.message().contains("inside the grid read as the table's notes")), t.diagnostics().toString());
        assertTrue(t.diagnostics().stream().anyMatch(d -> d.message().contains("below the note print no amount")), t.diagnostics().toString());
    }

    @Test
    void rowsWithAmountsBelowANoteAreReadAndReported() {
        Table t = ASSEMBLER.assemble(expenditure(List.of(
                row(4, "注：单位为元", "", "", "", "", "", ""),
                row(5, "201", "", "", "一般公共服务支出", "100", "60", "40"),
                row(6, "", "", "", "合计", "100", "60", "40"))), "T01");
        assertEquals(List.of("201", "total"), t.rows().stream().map(r -> r.key().value()).toList());
        assertEquals(List.of("注：单位为元"), t.notes());
        assertTrue(t.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING && d.message().contains("print amounts: read as rows")));
    }

    /**
     * A note merged across its row, cut by a scan's OCR where the columns stand (a newcomer's 300 dpi 1-bit scan of a
     * Calc sheet: 注:本表反映…金额单 | 位为元。 was a row keyed by the note, a cell too many), is the table's note.
     */
    @Test
    void aNoteOcrCutWhereTheColumnsStandIsANote() {
        Table t = ASSEMBLER.assemble(expenditure(List.of(
                row(4, "201", "", "", "一般公共服务支出", "100", "60", "40"),
                row(5, "", "", "", "合计", "100", "60", "40"),
                row(6, "注:本表反映2026年一般公共预算安排的支出,金额单", "", "", "", "", "位为元。", ""))), "T01");
        assertEquals(List.of("201", "total"), t.rows().stream().map(r -> r.key().value()).toList());
        assertEquals(List.of("注:本表反映2026年一般公共预算安排的支出,金额单位为元。"), t.notes());
    }

    /** A row whose first cell reads as a note but which prints amounts is no note (its amounts are read). */
    @Test
    void aRowPrintingAmountsAfterANoteLikeCellIsNoNote() {
        Table t = ASSEMBLER.assemble(expenditure(List.of(
                row(4, "201", "", "", "一般公共服务支出", "100", "60", "40"),
                row(5, "说明：调整", "", "", "", "100", "60", "40"))), "T01");
        assertTrue(t.notes().isEmpty(), t.notes().toString());
        assertEquals(2, t.rows().size(), t.rows().toString());
    }

    /** Regression: a row of amounts with a blank label was dropped with no message. */
    @Test
    void aRowOfAmountsWithoutALabelIsKeptAndReported() {
        Table t = ASSEMBLER.assemble(expenditure(List.of(
                row(4, "201", "", "", "一般公共服务支出", "100", "60", "40"),
                row(5, "201", "01", "", "", "70", "50", "20"),
                row(6, "", "", "", "", "30", "10", "20"),
                row(7, "", "", "", "合计", "100", "60", "40"))), "T01");
        assertEquals(List.of("201", "20101", "unlabeled-line-6", "total"), t.rows().stream().map(r -> r.key().value()).toList());
        Row coded = t.row("20101").orElseThrow();
        assertEquals("", coded.label());
        assertEquals(List.of("70", "50", "20"), coded.cells().stream().map(c -> c.number().toPlainString()).toList());
        assertEquals(List.of("30", "10", "20"), t.row("unlabeled-line-6").orElseThrow().cells().stream().map(c -> c.number().toPlainString()).toList());
        assertEquals(2, t.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING && d.message().contains("without a label")).count(),
                t.diagnostics().toString());
    }

    /** The same in a table keyed by labels (国有资产使用情况表): the row is kept under its line. */
    @Test
    void aRowOfAmountsWithoutALabelIsKeptInALabeledTable() {
        String[] header = new String[20];
        java.util.Arrays.fill(header, "");
        header[0] = "项目";
        header[1] = "资产总额";
        header[3] = "流动资产";
        header[4] = "固定资产";
        header[14] = "在建工程";
        header[15] = "无形资产";
        String[] columns = new String[20];
        columns[0] = "栏次";
        for (int c = 1; c < 20; c++) columns[c] = Integer.toString(c);
        String[] labelled = new String[20], blank = new String[20];
        java.util.Arrays.fill(labelled, "1");
        java.util.Arrays.fill(blank, "2");
        labelled[0] = "某某局本级";
        blank[0] = "";
        RawBlock block = new RawBlock(1, List.of(1), "国有资产使用情况表", null, List.of("国有资产使用情况表", "单位：万元"),
                List.of(row(1, header), row(2, columns), row(3, labelled), row(4, blank)), List.of());
        Table t = ASSEMBLER.assemble(block, "T01");
        assertEquals("state-assets", t.templateId());
        assertEquals(List.of("某某局本级", "unlabeled-line-4"), t.rows().stream().map(r -> r.key().value()).toList());
        assertEquals(19, t.row("unlabeled-line-4").orElseThrow().cells().stream().filter(c -> c.number() != null).count());
        assertTrue(t.diagnostics().stream().anyMatch(d -> d.message().contains("without a label: kept as unlabeled-line-4")), t.diagnostics().toString());
    }

    @Test
    void aSideOfAmountsWithoutALabelIsKeptInATwoSidedTable() {
        // a budget's 财务收支预算总表: 收入 | 预算数 | 支出 | 预算数; one expenditure line lost its label
        RawBlock block = new RawBlock(1, List.of(1), "2025年部门财务收支预算总表", null, List.of("2025年部门财务收支预算总表", "编制部门：某某局\t单位：元"),
                List.of(row(1, "收入", "", "支出", ""),
                        row(2, "项目", "预算数", "项目", "预算数"),
                        row(3, "一、财政拨款收入", "300.00", "一、一般公共服务支出", "100.00"),
                        row(4, "", "", "", "200.00"),
                        row(5, "收入总计", "300.00", "支出总计", "300.00")), List.of());
        Table t = ASSEMBLER.assemble(block, "T01");
        assertEquals("budget-summary", t.templateId());
        assertTrue(t.row("expenditure:unlabeled-line-4").isPresent(), t.rows().toString());
        assertTrue(t.diagnostics().stream().anyMatch(d -> d.message().contains("without a label on the expenditure side")), t.diagnostics().toString());
    }
}
