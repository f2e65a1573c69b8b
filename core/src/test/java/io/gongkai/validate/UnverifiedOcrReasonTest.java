package io.gongkai.validate;

import io.gongkai.assemble.DocumentAssembler;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Document;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why an OCR figure no identity verifies is flagged, said as it is. A newcomer's fax of 商务委员会25's 财政拨款收支预算总表:
 * each expenditure row's 合计 restates its 一般公共预算 (the other sources blank), so the row totals hold without
 * proving a digit, and both figures are flagged. The reason given was "a row the table does not know", of rows the
 * table knows well (a summary's template lists none of its 类 rows): the identities over them hold, and that is what
 * the flag says.
 */
class UnverifiedOcrReasonTest {
    private static RawRow row(int line, String... cells) {
        List<RawCell> c = new ArrayList<>();
        for (String s : cells) c.add(new RawCell(s, null, 0.9));
        return new RawRow(line, c);
    }

    @Test
    void aFigureTheIdentitiesOverItHoldWithoutProvingIsFlaggedForThat() {
        RawBlock fiscal = new RawBlock(1, List.of(1), "2025年部门财政拨款收支预算总表", null, List.of("编制部门：上海市普陀区商务委员会 单位：元"), List.of(
                row(2, "财政拨款收入", "", "财政拨款支出", "", "", "", ""),
                row(3, "项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"),
                row(4, "一、一般公共预算资金", "38,801,733.00", "一、一般公共服务支出", "21,601,733.00", "21,601,733.00", "", ""),
                row(5, "二、政府性基金", "", "二、科学技术支出", "17,200,000.00", "17,200,000.00", "", "")), List.of());
        Document doc = new DocumentAssembler(TemplateCatalog.builtIn()).assemble("fax.tif", "", List.of(fiscal), List.of());
        Table t = doc.tables().get(0);
        assertEquals("budget-fiscal-appropriation-summary", t.templateId());
        Cell total = t.cell("expenditure:一般公共服务支出", "2").orElseThrow();
        assertEquals(CellStatus.SUSPECT, total.status(), total.toString());
        Repair why = total.repairs().stream().filter(r -> r.kind() == RepairKind.OCR_UNVERIFIED).findFirst().orElseThrow();
        assertFalse(why.after().contains("does not"), why.after());
        assertTrue(why.after().contains("hold without proving its digits"), why.after());
    }
}
