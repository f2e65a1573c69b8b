package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lines of a 财政拨款收支预算总表 (商务委员会25's page 14) that are not what they seem: a side heading OCR misread, and a
 * row laid out in other columns than the table's.
 */
class MisreadHeadingTest {
    /** The table under its title and header lines, its first line {@code heading}, then {@code body}. */
    private static Table summary(String heading, RawRow... body) {
        List<RawRow> rows = new ArrayList<>(List.of(
                RawRow.of(1, heading, "", "财政拨款支出", "", "", "", ""),
                RawRow.of(2, "项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算")));
        rows.addAll(List.of(body));
        return assembled("2025年部门财政拨款收支预算总表", "编制部门：上海市普陀区商务委员会\t单位：元", rows, "budget-fiscal-appropriation-summary");
    }

    /** The rows as one table under its title and one header line, assembled; it must be identified as {@code template}. */
    private static Table assembled(String title, String headerLine, List<RawRow> rows, String template) {
        RawBlock block = new RawBlock(1, List.of(1), title, null, List.of(title, headerLine), rows, List.of());
        Table t = new TableAssembler(TemplateCatalog.builtIn()).assemble(block, "T01");
        assertEquals(template, t.templateId());
        return t;
    }

    @Test
    void aHeadingWithOneCharacterMisreadIsNoRowOfTheTable() {
        // 财政拨款收入 read 财政拨款!入 by OCR at 150 dpi: kept as a line of zeros, it became the group of every income
        // row after it (income:财政拨款入/一般公共预算资金: a join on the text layer's keys lost them)
        Table t = summary("财政拨款!入",
                RawRow.of(3, "一、一般公共预算资金", "371,514,655.00", "一、一般公共服务支出", "21,601,733.00", "21,601,733.00", "", ""),
                RawRow.of(4, "二、政府性基金", "", "二、科学技术支出", "349,912,922.00", "349,912,922.00", "", ""),
                RawRow.of(5, "收入总计", "371,514,655.00", "支出总计", "371,514,655.00", "371,514,655.00", "", ""));
        List<String> keys = t.rows().stream().map(r -> r.key().value()).sorted().toList();
        assertEquals(List.of("expenditure-total", "expenditure:一般公共服务支出", "expenditure:科学技术支出", "income-total",
                "income:一般公共预算资金", "income:政府性基金"), keys);
    }

    @Test
    void aClassWhoseNumeralIsLostAmidNumberedRowsIsNoHeadingOfTheRowsAfterIt() {
        // a seal's ring over the 支出 side of a 财政拨款收支总表 (the blank 决算 template, ring-200): 六、 lost whole, 七、's
        // numeral lost; unnumbered, 文化旅游体育与传媒支出 became the group of every row after it
        // (expenditure:文化旅游体育与传媒支出/社会保障和就业支出 …), and no row after it met the text layer's
        Table t = summary("财政拨款收入",
                RawRow.of(3, "一、一般公共预算资金", "300.00", "五、教育支出", "100.00", "100.00", "", ""),
                RawRow.of(4, "", "", "文化旅游体育与传媒支出", "100.00", "100.00", "", ""),
                RawRow.of(5, "", "", "八、社会保障和就业支出", "100.00", "100.00", "", ""),
                RawRow.of(6, "收入总计", "300.00", "支出总计", "300.00", "300.00", "", ""));
        List<String> keys = t.rows().stream().map(r -> r.key().value()).sorted().toList();
        assertEquals(List.of("expenditure-total", "expenditure:教育支出", "expenditure:文化旅游体育与传媒支出", "expenditure:社会保障和就业支出",
                "income-total", "income:一般公共预算资金"), keys);
    }

    /**
     * The row keys of a 财务收支预算总表 in 元 whose first header line reads {@code heading} over its income side, one
     * income row printing {@code figure}, 二、事业收入 printing {@code other}.
     */
    private static List<String> summaryKeys(String heading, String figure, String other) {
        List<RawRow> rows = List.of(
                RawRow.of(1, heading, "", "本年支出", ""),
                RawRow.of(2, "项目", "预算数", "项目", "预算数"),
                RawRow.of(3, "一、财政拨款收入", figure, "一、一般公共服务支出", figure),
                RawRow.of(4, "二、事业收入", other, "", ""),
                RawRow.of(5, "收入总计", figure, "支出总计", figure));
        Table t = assembled("2026年单位财务收支预算总表", "编制单位：上海市普陀区司法局\t单位：元", rows, "budget-summary");
        return t.rows().stream().map(r -> r.key().value()).sorted().toList();
    }

    private static final List<String> SUMMARY_KEYS = List.of("expenditure-total", "expenditure:一般公共服务支出", "income-total", "income:事业收入", "income:财政拨款收入");

    @Test
    void aHeadingOfFourWithOneCharacterReadAsItsLookAlikeIsNoRowOfTheTable() {
        // a newcomer's 1-bit scan of 司法局26's 财务收支预算总表: 本年收入 read 本年收人, and every income row under it keyed
        // income:本年收人/…
        assertEquals(SUMMARY_KEYS, summaryKeys("本年收人", "86,959,408.34", "0.00"));
    }

    @Test
    void aHeadingOfFourWithAnyOneCharacterMisreadAboveTheFiguresIsNoRowOfTheTable() {
        // a 1-bit halftone scan of 财政局25's 财务收支预算总表 (paper dots, text dotted): 本年收入 read 本年较入 (no look-alike),
        // and every income row under it keyed income:本年较入/…
        assertEquals(SUMMARY_KEYS, summaryKeys("本年较入", "31,214,205.80", ""));
    }

    @Test
    void aRowWhoseNameIsAFigureHasItsAmountsFlagged() {
        // laid out by text alignment in other columns than its own (a newcomer's Chromium print, rules between rows
        // only, read by --engine stream): each 支出 line's amount where its name stands, the 0.00 printed in the column
        // after it as its 合计 — status ok, every check passing, exit 0
        Table t = summary("财政拨款收入",
                RawRow.of(3, "", "", "21,601,733.00", "0.00", "0.00", "", ""),
                RawRow.of(4, "", "", "17,200,000.00", "0.00", "0.00", "", ""),
                RawRow.of(5, "收入总计", "38,801,733.00", "支出总计", "38,801,733.00", "38,801,733.00", "", ""));
        int flagged = 0;
        for (Row r : t.rows()) {
            if (r.key().kind() == io.gongkai.model.RowKey.Kind.TOTAL) continue;
            for (Cell c : r.cells()) {
                if (c.number() == null) continue;
                assertEquals(CellStatus.SUSPECT, c.status(), r.key() + "." + c.column() + " " + c);
                flagged++;
            }
        }
        assertEquals(4, flagged, t.rows().toString());
        assertTrue(t.rows().stream().anyMatch(r -> r.repairs().stream().anyMatch(x -> x.kind() == io.gongkai.model.RepairKind.LABEL_DOUBTFUL)));
    }

    @Test
    void aNumberedRowWhoseFiguresReadAsLettersIsKeptInDoubtNotDroppedAsHeaderWords() {
        // a seal's double ring turned dark gray by a gray copy, over the 合计 and 一般公共预算 figures of two rows: read
        // 'Ketoo' and '小', '血' and nothing; the rows were dropped as header words, the rows left adding up
        Table t = summary("财政拨款收入",
                RawRow.of(3, "一、一般公共预算资金", "4,229,100", "一、一般公共服务支出", "2,976,800", "2,976,800", "", ""),
                RawRow.of(4, "二、政府性基金", "", "二、公共安全支出", "Ketoo", "小", "", ""),
                RawRow.of(5, "", "", "三、住房保障支出", "血", "", "", ""),
                RawRow.of(6, "收入总计", "4,229,100", "支出总计", "4,229,100", "4,229,100", "", ""));
        for (String key : List.of("expenditure:公共安全支出", "expenditure:住房保障支出")) {
            Row row = t.rows().stream().filter(r -> r.key().value().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " dropped: " + t.rows()));
            assertEquals(CellStatus.SUSPECT, row.cells().get(0).status(), key + ": " + row.cells());
        }
        // a line of the header's words under a name is still no row
        Table header = summary("财政拨款收入",
                RawRow.of(3, "一、一般公共预算资金", "4,229,100", "一、一般公共服务支出", "合计", "一般公共预算", "", ""),
                RawRow.of(4, "收入总计", "4,229,100", "支出总计", "4,229,100", "4,229,100", "", ""));
        assertTrue(header.rows().stream().noneMatch(r -> r.key().value().equals("expenditure:一般公共服务支出")), header.rows().toString());
    }
}
