package io.gongkai.assemble;

import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 财政拨款收入支出决算总表 read by OCR from a 1-bit copy (the matrix's bw-200 and photocopy-200 copies of the national
 * 决算 template, page 8): a 收入 line that lost its thin 一, and 类 whose numbers were lost or misread.
 */
class ScannedSummaryLabelsTest {
    /** A row as OCR reads it: every cell at an OCR engine's confidence. */
    private static RawRow ocr(int line, String... texts) {
        List<RawCell> cells = new ArrayList<>();
        for (String t : texts) cells.add(new RawCell(t, null, 0.6));
        return new RawRow(line, cells);
    }

    private static Table read(List<RawRow> rows) {
        List<RawRow> all = new ArrayList<>();
        all.add(RawRow.of(1, "收入", "", "支出", "", "", "", ""));
        all.add(RawRow.of(2, "项目", "决算数", "项目（按功能分类）", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"));
        all.addAll(rows);
        RawBlock block = new RawBlock(1, List.of(1), "财政拨款收入支出决算总表", null,
                List.of("财政拨款收入支出决算总表", "单位：元"), all, List.of());
        return new TableAssembler(TemplateCatalog.builtIn()).assemble(block, "T01");
    }

    @Test
    void aLabelOfASideThatListsNoRowsIsPutBackToTheNameItPrints() {
        // the template of this table lists no rows (its lines are keyed by label): its sides name what they print
        Table t = read(List.of(
                ocr(3, "一、般公共预算财政拨款", "100.00", "一、一般公共服务支出", "100.00", "100.00", "0.00", "0.00"),
                ocr(4, "本年收入合计", "100.00", "本年支出合计", "100.00", "100.00", "0.00", "0.00")));
        assertEquals("fiscal-appropriation-summary", t.templateId());
        List<String> keys = t.rows().stream().map(r -> r.key().value()).toList();
        assertTrue(keys.contains("income:一般公共预算财政拨款"), keys.toString());
        assertTrue(t.row("income:一般公共预算财政拨款").orElseThrow().repairs().stream()
                .anyMatch(r -> r.kind() == io.gongkai.model.RepairKind.LABEL_FROM_NAME), "the restored name says so");
    }

    @Test
    void aClassWhoseNumberWasLostIsAnItemNotTheHeadingOfTheClassesAfterIt() {
        Table t = read(List.of(
                ocr(3, "一、一般公共预算财政拨款", "100.00", "一、一般公共服务支出", "60.00", "60.00", "0.00", "0.00"),
                ocr(4, "", "", "十九、住房保障支出", "10.00", "10.00", "0.00", "0.00"),
                ocr(5, "", "", "粮油物资储备支出", "10.00", "10.00", "0.00", "0.00"),
                ocr(6, "", "", "国有资本经营预算支出", "0.00", "0.00", "0.00", "0.00"),
                ocr(7, "", "", "二十、灾害防治及应急管理支出", "20.00", "20.00", "0.00", "0.00"),
                ocr(8, "本年收入合计", "100.00", "本年支出合计", "100.00", "100.00", "0.00", "0.00")));
        List<String> keys = t.rows().stream().map(r -> r.key().value()).toList();
        assertTrue(keys.contains("expenditure:灾害防治及应急管理支出"), keys.toString());
        assertTrue(keys.contains("expenditure:粮油物资储备支出"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("/")), keys.toString());
    }
}
