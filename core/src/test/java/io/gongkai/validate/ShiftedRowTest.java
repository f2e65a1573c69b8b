package io.gongkai.validate;

import io.gongkai.assemble.DocumentAssembler;
import io.gongkai.model.Cell;
import io.gongkai.model.Document;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A text layer's row that lost its code, its name standing where 合计's figure belongs: LibreOffice Calc wrapped the
 * narrow header 功能分类科目编码 down over the first row (a newcomer's print of 商务委员会25's tables), which came out keyed
 * 20编1码, each figure a column left of its own, status ok.
 */
class ShiftedRowTest {
    @Test
    void theFiguresOfARowWithoutItsCodeWhoseAmountCellHoldsTextAreFlagged() {
        List<RawRow> rows = List.of(
                RawRow.of(1, "科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                RawRow.of(2, "20编1码", "", "一般公共服务支出", "21,601,733.00", "12,291,733.00"),
                RawRow.of(3, "20113", "商贸事务", "21,601,733.00", "12,291,733.00", "9,310,000.00"),
                RawRow.of(4, "2011301", "行政运行", "12,291,733.00", "12,291,733.00", ""),
                RawRow.of(5, "2011308", "招商引资", "9,310,000.00", "", "9,310,000.00"),
                RawRow.of(6, "", "合计", "21,601,733.00", "12,291,733.00", "9,310,000.00"));
        String title = "2025年部门一般公共预算支出功能分类预算表";
        RawBlock block = new RawBlock(1, List.of(1), title, null, List.of(title, "编制部门：上海市普陀区商务委员会\t单位：元"), rows, List.of());
        Document doc = new DocumentAssembler(TemplateCatalog.builtIn()).assemble("t", "0", List.of(block), List.of());
        Table t = doc.table("budget-general-expenditure").orElseThrow(() -> new AssertionError(doc.tables().toString()));
        Row shifted = t.rows().stream().filter(r -> r.key().value().contains("编")).findFirst().orElseThrow(() -> new AssertionError(t.rows().toString()));
        for (Cell c : shifted.cells()) if (c.number() != null) assertTrue(c.flagged(), c.toString());
        // the rows that kept their codes are read as printed, and verified
        Row item = t.rows().stream().filter(r -> r.key().value().equals("2011301")).findFirst().orElseThrow();
        for (Cell c : item.cells()) assertFalse(c.flagged(), c.toString());
    }
}
