package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Document;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A total row whose 计 a scan read as another character with the same left part (合证, 合评: the noisy 300 dpi scans
 * of 上海市财政局25年预算 and 财政局部门25年预算 in the matrix) is still the table's total, and its identity is checked.
 */
class TotalLabelTest {

    private static Document read(String totalLabel) {
        List<RawRow> raw = new ArrayList<>();
        raw.add(new RawRow(1, cells(1.0, "功能分类科目编码", "", "", "功能分类科目名称", "合计", "基本支出", "项目支出")));
        raw.add(new RawRow(2, cells(1.0, "类", "款", "项", "", "", "", "")));
        raw.add(new RawRow(3, cells(0.8, "204", "", "", "公共安全支出", "1,500", "1,000", "500")));
        raw.add(new RawRow(4, cells(0.8, "204", "06", "", "司法", "1,500", "1,000", "500")));
        raw.add(new RawRow(5, cells(0.8, "204", "06", "01", "行政运行", "1,000", "1,000", "0")));
        raw.add(new RawRow(6, cells(0.8, "204", "06", "04", "基层司法业务", "500", "0", "500")));
        raw.add(new RawRow(7, cells(0.8, "", "", "", totalLabel, "1,500", "1,000", "500")));
        RawBlock block = new RawBlock(1, List.of(1), "部门支出预算总表", null, List.of("单位：元"), raw, List.of());
        return new DocumentAssembler(TemplateCatalog.builtIn()).assemble("test", "", List.of(block), List.of());
    }

    private static List<RawCell> cells(double confidence, String... texts) {
        List<RawCell> out = new ArrayList<>();
        for (String t : texts) out.add(new RawCell(t, null, confidence));
        return out;
    }

    @Test
    void aTotalWhoseJiWasReadAsALookAlikeIsTheTotal() {
        for (String label : List.of("合计", "合证", "合评", "总计")) {
            Document d = read(label);
            assertTrue(d.tables().get(0).row("total").isPresent(), label + ": " + d.tables().get(0).rows().stream().map(r -> r.key().value()).toList());
            assertEquals(CheckStatus.PASS, d.allChecks().stream().filter(c -> c.identity().equals("budget-expenditure/tree@total.1"))
                    .findFirst().orElseThrow(() -> new AssertionError(label)).status(), label);
        }
    }

    @Test
    void aTwoCharacterLabelWithAnotherSecondCharacterIsNotATotal() {
        Document d = read("合同");
        assertTrue(d.tables().get(0).row("total").isEmpty());
    }
}
