package io.gongkai.assemble;

import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The title and the 编制部门：… 单位：元 line printed inside a table's grid, each in a row merged across it above the
 * header (a spreadsheet laid out so, printed by LibreOffice Calc: a newcomer's x01a). They had come out as two empty rows
 * of the 收支总表, and every income row after them keyed under 编制部门… as its parent.
 */
class HeadInGridTest {
    private static final TableAssembler ASSEMBLER = new TableAssembler(TemplateCatalog.builtIn());

    @Test
    void theTitleAndThePublishersLineInsideTheGridAreTheTablesHead() {
        RawBlock block = new RawBlock(1, List.of(1), null, null, List.of(), List.of(
                RawRow.of(1, "2025年部门财务收支预算总表", "", "", ""),
                RawRow.of(2, "编制部门：上海市普陀区商务委员会", "", "", "单位：元"),
                RawRow.of(3, "项目", "预算数", "项目", "预算数"),
                RawRow.of(4, "一、财政拨款收入", "150", "一、一般公共服务支出", "100"),
                RawRow.of(5, "1. 一般公共预算资金", "150", "二、科学技术支出", "50"),
                RawRow.of(6, "收入总计", "150", "支出总计", "150")), List.of());
        Table t = ASSEMBLER.assemble(block, "T01");
        assertEquals("budget-summary", t.templateId());
        assertEquals(MoneyUnit.YUAN, t.unit());
        assertEquals(List.of("income:财政拨款收入", "expenditure:一般公共服务支出", "income:一般公共预算资金", "expenditure:科学技术支出",
                "income-total", "expenditure-total"), t.rows().stream().map(r -> r.key().value()).toList());
        assertEquals(List.of(), t.rows().stream().map(Row::label).filter(l -> l.contains("编制部门") || l.contains("预算总表")).toList());
    }
}
