package io.gongkai.assemble;

import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A 财务收支预算总表 printed stacked — its 收入 rows, 收入总计, then its 支出 rows and 支出总计, in one 项目 | 预算数 pair — as a
 * newcomer's Calc print laid it out: the 支出 rows had been keyed as 收入 rows (income:支出总计, status ok).
 */
class StackedSummaryTest {
    @Test
    void theRowsAfterTheFirstSidesTotalAreTheOtherSides() {
        RawBlock block = new RawBlock(1, List.of(1), "2025年部门财务收支预算总表", null,
                List.of("2025年部门财务收支预算总表", "编制部门：上海市普陀区人民政府办公室\t单位：元"), List.of(
                RawRow.of(1, "项目", "预算数"),
                RawRow.of(2, "本年收入", ""),
                RawRow.of(3, "一、财政拨款收入", "91,016,775.35"),
                RawRow.of(4, "1. 一般公共预算资金", "91,016,775.35"),
                RawRow.of(5, "收入总计", "91,016,775.35"),
                RawRow.of(6, "本年支出", ""),
                RawRow.of(7, "一、一般公共服务支出", "87,407,650.13"),
                RawRow.of(8, "二、住房保障支出", "3,609,125.22"),
                RawRow.of(9, "支出总计", "91,016,775.35")), List.of());
        Table t = new TableAssembler(TemplateCatalog.builtIn()).assemble(block, "T01");
        assertEquals("budget-summary", t.templateId());
        List<String> keys = t.rows().stream().map(r -> r.key().value()).toList();
        assertEquals(List.of("income:财政拨款收入", "income:一般公共预算资金", "income-total", "expenditure:一般公共服务支出",
                "expenditure:住房保障支出", "expenditure-total"), keys);
        assertEquals("3609125.22", t.row("expenditure:住房保障支出").orElseThrow().cells().get(0).number().toPlainString());
    }
}
