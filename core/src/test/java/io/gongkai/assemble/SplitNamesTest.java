package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Table;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names printed over two rows (the seed printed with its long names typed into two rows: 830 of 983 cells of the
 * national style came out, the 收入支出决算总表's income side lost, 资源勘探工 read as 215's name and its amounts
 * flagged).
 */
class SplitNamesTest {
    private static final SplitNames NAMES = new SplitNames(TemplateCatalog.builtIn().all());

    private static RawRow row(int line, String... cells) {
        return RawRow.of(line, cells);
    }

    private static List<List<String>> join(String template, RawRow... rows) {
        RawBlock b = new RawBlock(1, List.of(), "t", null, List.of(), List.of(rows), List.of());
        return NAMES.join(b, TemplateCatalog.builtIn().get(template).orElseThrow(), "T01").block().rows().stream().map(RawRow::texts).toList();
    }

    @Test
    void aClassificationNameOverTwoRowsIsOneName() {
        assertEquals(List.of(List.of("功能分类科目编码", "科目名称", "合计"), List.of("215", "资源勘探工业信息等支出", "8,041.71"),
                        List.of("21505", "工业和信息产业监管", "5,396.96")),
                join("income", row(1, "功能分类科目编码", "科目名称", "合计"), row(2, "215", "资源勘探工", "8,041.71"), row(3, "", "业信息等支出", ""),
                        row(4, "21505", "工业和信息产业监管", "5,396.96")));
    }

    @Test
    void theNameGoesToTheRowThatPrintsTheFigures() {
        // a wrapped cell written as two lines by OCR, the figures on the second
        assertEquals(List.of(List.of("科目编码", "科目名称", "合计"), List.of("21505", "工业和信息产业监管", "5,396.96"), List.of("2080505", "机关事业单位基本养老保险缴费支出", "251.15")),
                join("expenditure", row(1, "科目编码", "科目名称", "合计"), row(2, "21505", "工业和信息产业监管", "5,396.96"), row(3, "", "机关事业单位基本养老", ""),
                        row(4, "2080505", "保险缴费支出", "251.15")));
    }

    /**
     * Codes and names in one column (no rule between them, the code right-aligned before the name: Calc's print of a
     * borderless sheet), a long name wrapped: bottom-aligned, its first line stands above the code's; top-aligned, its
     * last below. The code stays with its row, the name joins it (a bottom-aligned wrap was a row of its own, no code).
     */
    @Test
    void aNameWrappedBesideItsCodeInOneCellJoinsTheCodesRow() {
        assertEquals(List.of(List.of("科目编码 科目名称", "合计"), List.of("201 一般公共服务支出", "1500000"), List.of("20103 政府办公厅(室)及相关机构事务", "1500000"),
                        List.of("2010301 行政运行", "1200000")),
                join("general-budget-expenditure", row(1, "科目编码 科目名称", "合计"), row(2, "201 一般公共服务支出", "1500000"), row(3, "政府办公厅(室)及", ""),
                        row(4, "20103 相关机构事务", "1500000"), row(5, "2010301 行政运行", "1200000")));
        assertEquals(List.of(List.of("科目编码 科目名称", "合计"), List.of("20103 政府办公厅(室)及相关机构事务", "1500000"), List.of("2010301 行政运行", "1200000")),
                join("general-budget-expenditure", row(1, "科目编码 科目名称", "合计"), row(2, "20103 政府办公厅(室)及", "1500000"), row(3, "相关机构事务", ""),
                        row(4, "2010301 行政运行", "1200000")));
    }

    @Test
    void oneSideOfATwoSidedRowJoinsTheOtherStays() {
        List<List<String>> rows = join("income-expenditure-summary", row(1, "项目", "决算数", "项目", "决算数"), row(2, "一、一般公共预算", "10,326.66", "一、一般公共服务支出", "915.23"),
                row(3, "财政拨款收入", "", "二、外交支出", ""));
        assertEquals(List.of("一、一般公共预算财政拨款收入", "10,326.66", "一、一般公共服务支出", "915.23"), rows.get(1));
        assertEquals(List.of("", "", "二、外交支出", ""), rows.get(2));
    }

    @Test
    void namesOfTheirOwnAndTheHeaderAreLeftAsPrinted() {
        // 一般公共预算财政拨款 is a line of its own under 年初财政拨款结转和结余; 本年支出 over 合计 is the header's
        List<RawRow> rows = List.of(row(1, "本年支出", "", ""), row(2, "合计", "基本支出", "项目支出"), row(3, "年初财政拨款结转和结余", "799,810.85", ""),
                row(4, "一般公共预算财政拨款", "799,810.85", ""), row(5, "其他收入", "", ""));
        assertEquals(rows.stream().map(RawRow::texts).toList(), join("fiscal-appropriation-summary", rows.toArray(new RawRow[0])));
    }

    /** Through the assembler: the national-style 收入决算表 with 215's name over two rows keys its rows by code. */
    @Test
    void theAssemblerReadsTheJoinedName() {
        RawBlock block = new RawBlock(1, List.of(), "收入决算表", null, List.of("收入决算表", "部门:某局\t金额单位:万元"), List.of(
                row(1, "功能分类科目编码", "科目名称", "本年收入合计", "财政拨款收入"),
                row(2, "", "合计", "8,041.71", "8,041.71"),
                row(3, "215", "资源勘探工", "8,041.71", "8,041.71"),
                row(4, "", "业信息等支出", "", ""),
                row(5, "21505", "工业和信息产业监管", "8,041.71", "8,041.71"),
                row(6, "2150501", "行政运行", "8,041.71", "8,041.71")), List.of());
        Table t = new TableAssembler(TemplateCatalog.builtIn()).assemble(block, "T02");
        assertEquals("income", t.templateId());
        assertEquals(List.of("total", "215", "21505", "2150501"), t.rows().stream().map(r -> r.key().value()).toList());
        assertEquals("资源勘探工业信息等支出", t.row("215").orElseThrow().label());
        assertTrue(t.diagnostics().stream().anyMatch(d -> d.message().contains("printed over two rows")), t.diagnostics().toString());
    }

    /** A table's names are its template's: a budget's 一般公共预算 is a line of its own there, and joins no name. */
    @Test
    void aNameOfAnotherTablesTemplateIsNoneOfThisOnes() {
        List<RawRow> rows = List.of(row(1, "项目", "预算数", "项目", "预算数"), row(2, "一、财政拨款收入", "100", "一、一般公共服务支出", "100"),
                row(3, "1. 一般公共", "100", "", ""), row(4, "预算资金", "", "", ""));
        assertEquals(List.of("1. 一般公共预算资金", "100", "", ""), join("budget-summary", rows.toArray(new RawRow[0])).get(2));
    }
}
