package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Table;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A grid column that prints amounts no template column reads is named; a column that prints none is not: the parts of
 * codes printed in columns of their own, and a 行次 column, are the rows' keys (issue "Real layouts": the seed's
 * tables printed with codes in columns by LibreOffice warned of 11 unmapped columns whose every cell had been read).
 */
class UnmappedColumnsTest {
    private static final TableAssembler ASSEMBLER = new TableAssembler(TemplateCatalog.builtIn());

    private static RawRow row(int line, String... cells) {
        return RawRow.of(line, cells);
    }

    private static List<String> unmapped(Table t) {
        return t.diagnostics().stream().map(Diagnostic::message).filter(m -> m.startsWith(UnmappedColumns.PREFIX)).toList();
    }

    /** An economic table in two column groups, each code printed 301 | 01: the second group's code is no amount. */
    @Test
    void economicCodesInTwoColumnsAreKeysInEveryColumnGroup() {
        RawBlock block = new RawBlock(1, List.of(), "一般公共预算财政拨款基本支出决算表", "公开06表",
                List.of("一般公共预算财政拨款基本支出决算表", "部门:某局\t金额单位:元"), List.of(
                row(1, "科目编码", "", "科目名称", "金额", "科目编码", "", "科目名称", "金额"),
                row(2, "301", "", "工资福利支出", "100.00", "302", "", "商品和服务支出", "50.00"),
                row(3, "301", "01", "基本工资", "100.00", "302", "01", "办公费", "50.00"),
                row(4, "人员经费合计", "", "", "100.00", "公用经费合计", "", "", "50.00")), List.of());
        Table t = ASSEMBLER.assemble(block, "T06");
        assertEquals("general-budget-basic-expenditure", t.templateId());
        assertTrue(t.cell("30201", "amount").isPresent(), "the second group's rows are read: " + t.rows());
        assertEquals(List.of(), unmapped(t));
    }

    /** A column of amounts the template does not know is still named, beside codes in columns. */
    @Test
    void anAmountColumnNoTemplateColumnReadsIsStillNamed() {
        RawBlock block = new RawBlock(1, List.of(), "一般公共预算财政拨款基本支出决算表", "公开06表",
                List.of("一般公共预算财政拨款基本支出决算表", "部门:某局\t金额单位:元"), List.of(
                row(1, "科目编码", "", "科目名称", "金额", "上年数", "科目编码", "", "科目名称", "金额", "上年数"),
                row(2, "301", "", "工资福利支出", "100.00", "90.00", "302", "", "商品和服务支出", "50.00", "40.00"),
                row(3, "301", "01", "基本工资", "100.00", "90.00", "302", "01", "办公费", "50.00", "40.00"),
                row(4, "人员经费合计", "", "", "100.00", "90.00", "公用经费合计", "", "", "50.00", "40.00")), List.of());
        List<String> warnings = unmapped(ASSEMBLER.assemble(block, "T06"));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("上年数")), warnings.toString());
    }

    /** A two-sided 总表's lines left blank (公开04表's 61–63, beside the income side's 29–31) print their 行次 only: no amounts. */
    @Test
    void theLineNumbersOfBlankLinesAreNoAmounts() {
        List<RawRow> rows = new ArrayList<>(List.of(
                row(1, "收入", "", "", "支出", "", "", "", "", ""),
                row(2, "项目", "行次", "决算数", "项目(按功能分类)", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"),
                row(3, "栏次", "", "1", "栏次", "", "2", "3", "4", "5"),
                row(4, "一、一般公共预算财政拨款", "1", "100.00", "一、一般公共服务支出", "33", "100.00", "100.00", "", ""),
                row(5, "本年收入合计", "27", "100.00", "本年支出合计", "59", "100.00", "100.00", "", ""),
                row(6, "年初财政拨款结转和结余", "28", "10.00", "年末财政拨款结转和结余", "60", "10.00", "10.00", "", ""),
                row(7, "一般公共预算财政拨款", "29", "10.00", "", "61", "", "", "", ""),
                row(8, "政府性基金预算财政拨款", "30", "", "", "62", "", "", "", ""),
                row(9, "总计", "32", "110.00", "总计", "64", "110.00", "110.00", "", "")));
        RawBlock block = new RawBlock(1, List.of(), "财政拨款收入支出决算表", "公开04表",
                List.of("财政拨款收入支出决算表", "部门:某局\t金额单位:元"), rows, List.of());
        Table t = ASSEMBLER.assemble(block, "T04");
        assertEquals("fiscal-appropriation-summary", t.templateId());
        assertTrue(t.cell("64", "3").isPresent(), t.rows().toString());
        assertEquals(List.of(), unmapped(t));
    }

    /**
     * Codes in columns, each 类 and 款 printed once above its rows (a workbook with merged category cells saved as
     * text): each row keyed by its whole code, and the parts printed alone are no amounts.
     */
    @Test
    void partsPrintedOnceAboveTheirRowsKeyEachRow() {
        RawBlock block = new RawBlock(1, List.of(), "收入决算表", "公开02表", List.of("收入决算表", "部门:某局\t金额单位:元"), List.of(
                row(1, "科目编码", "", "", "科目名称", "本年收入合计", "财政拨款收入"),
                row(2, "类", "款", "项", "栏次", "1", "2"),
                row(3, "", "", "", "合计", "30.00", "30.00"),
                row(4, "201", "04", "50", "事业运行", "10.00", "10.00"),
                row(5, "", "13", "08", "招商引资", "5.00", "5.00"),
                row(6, "", "", "99", "其他商贸事务支出", "5.00", "5.00"),
                row(7, "208", "05", "01", "行政单位离退休", "10.00", "10.00"),
                row(8, "", "", "05", "机关事业单位基本养老保险缴费支出", "", "")), List.of());
        Table t = ASSEMBLER.assemble(block, "T02");
        assertEquals("income", t.templateId());
        assertEquals(List.of("total", "2010450", "2011308", "2011399", "2080501", "2080505"), t.rows().stream().map(r -> r.key().value()).toList());
        assertEquals(List.of(), unmapped(t));
    }
}
