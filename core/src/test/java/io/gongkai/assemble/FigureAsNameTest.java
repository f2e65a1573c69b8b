package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 财政拨款收支预算总表 laid out by text alignment in other columns than its own (a newcomer's Chromium print with
 * rules between rows only, read by {@code --engine stream}): each 支出 line's amount stood where its name stands, and the
 * 0.00 printed in the column after it as its 合计 — status ok, every check passing, exit 0.
 */
class FigureAsNameTest {
    @Test
    void aRowWhoseNameIsAFigureHasItsAmountsFlagged() {
        RawBlock block = new RawBlock(1, List.of(1), "2025年部门财政拨款收支预算总表", null,
                List.of("2025年部门财政拨款收支预算总表", "编制部门：上海市普陀区商务委员会\t单位：元"), List.of(
                RawRow.of(1, "财政拨款收入", "", "财政拨款支出", "", "", "", ""),
                RawRow.of(2, "项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"),
                RawRow.of(3, "", "", "21,601,733.00", "0.00", "0.00", "", ""),
                RawRow.of(4, "", "", "17,200,000.00", "0.00", "0.00", "", ""),
                RawRow.of(5, "收入总计", "38,801,733.00", "支出总计", "38,801,733.00", "38,801,733.00", "", "")), List.of());
        Table t = new TableAssembler(TemplateCatalog.builtIn()).assemble(block, "T01");
        assertEquals("budget-fiscal-appropriation-summary", t.templateId());
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
}
