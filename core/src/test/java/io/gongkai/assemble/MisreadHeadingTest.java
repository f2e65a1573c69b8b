package io.gongkai.assemble;

import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A 财政拨款收支预算总表 whose side heading 财政拨款收入 OCR read with a character lost (财政拨款!入, a newcomer's 150 dpi scan
 * of 商务委员会25's page 14): a line of the header, not a line of zeros that every income row after it is grouped under
 * (their keys had become {@code income:财政拨款入/一般公共预算资金}: a join on the text layer's keys lost them).
 */
class MisreadHeadingTest {
    @Test
    void aHeadingWithOneCharacterMisreadIsNoRowOfTheTable() {
        RawBlock block = new RawBlock(1, List.of(1), "2025年部门财政拨款收支预算总表", null,
                List.of("2025年部门财政拨款收支预算总表", "编制部门：上海市普陀区商务委员会\t单位：元"), List.of(
                RawRow.of(1, "财政拨款!入", "", "财政拨款支出", "", "", "", ""),
                RawRow.of(2, "项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"),
                RawRow.of(3, "一、一般公共预算资金", "371,514,655.00", "一、一般公共服务支出", "21,601,733.00", "21,601,733.00", "", ""),
                RawRow.of(4, "二、政府性基金", "", "二、科学技术支出", "349,912,922.00", "349,912,922.00", "", ""),
                RawRow.of(5, "收入总计", "371,514,655.00", "支出总计", "371,514,655.00", "371,514,655.00", "", "")), List.of());
        Table t = new TableAssembler(TemplateCatalog.builtIn()).assemble(block, "T01");
        assertEquals("budget-fiscal-appropriation-summary", t.templateId());
        List<String> keys = t.rows().stream().map(r -> r.key().value()).sorted().toList();
        assertEquals(List.of("expenditure-total", "expenditure:一般公共服务支出", "expenditure:科学技术支出", "income-total",
                "income:一般公共预算资金", "income:政府性基金"), keys);
    }
}
