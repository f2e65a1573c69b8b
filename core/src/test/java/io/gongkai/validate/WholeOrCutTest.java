package io.gongkai.validate;

import io.gongkai.assemble.DocumentAssembler;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Document;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A whole figure OCR read among figures with 分, to which the identities give 分: printed rounded to 1 元 or its 分 lost —
 * never given out as the identities' value, verified (a newcomer's 150 dpi scan of 司法局26's budget: 合计 基本支出
 * printed 22,118,861 came out 22118861.34, recovered and verified).
 */
class WholeOrCutTest {
    private static Document read(String totalBasic) {
        List<RawRow> rows = List.of(
                RawRow.of(1, "科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                RawRow.of(2, "201", "一般公共服务支出", "100,000.34", "90,000.34", "10,000.00"),
                RawRow.of(3, "20106", "财政事务", "100,000.34", "90,000.34", "10,000.00"),
                RawRow.of(4, "2010601", "行政运行", "60,000.20", "50,000.20", "10,000.00"),
                RawRow.of(5, "2010602", "一般行政管理事务", "40,000.14", "40,000.14", ""),
                // OCR's spacing after a separator: an OCR reading, whose right edge may have been cut
                RawRow.of(6, "", "合计", "100,000.34", totalBasic, "10,000.00"));
        String title = "2025年部门一般公共预算支出功能分类预算表";
        RawBlock block = new RawBlock(1, List.of(1), title, null, List.of(title, "编制部门：上海市普陀区财政局\t单位：元"), rows, List.of());
        return new DocumentAssembler(TemplateCatalog.builtIn()).assemble("t", "0", List.of(block), List.of());
    }

    private static Cell totalBasic(Document doc) {
        Table t = doc.table("budget-general-expenditure").orElseThrow(() -> new AssertionError(doc.tables().toString()));
        Row total = t.rows().stream().filter(r -> r.key().value().equals("total")).findFirst().orElseThrow(() -> new AssertionError(t.rows().toString()));
        return total.cells().stream().filter(c -> c.column().equals("2")).findFirst().orElseThrow();
    }

    @Test
    void aWholeOcrFigureTheIdentitiesGiveCentsToStandsAsReadAndFlagged() {
        Document doc = read("90, 000");
        Cell c = totalBasic(doc);
        assertEquals(CellStatus.SUSPECT, c.status(), c.toString());
        assertEquals(0, new BigDecimal("90000").compareTo(c.number()), c.toString());
        assertTrue(c.repairs().stream().anyMatch(r -> r.kind().equals(RepairKind.WHOLE_OR_CUT)), c.repairs().toString());
        // the sums over it hold within its printed precision either way: the figures it sums are not flagged for it
        Table t = doc.table("budget-general-expenditure").orElseThrow();
        for (Row r : t.rows()) {
            if (r.key().value().equals("total")) continue;
            for (Cell x : r.cells()) assertTrue(!x.flagged(), r.key().value() + " " + x);
        }
    }
}
