package io.gongkai.unit;

import io.gongkai.assemble.DocumentAssembler;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
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
 * A budget's "三公" table printed in 万元, its unit line read by OCR as 单位:元 (a newcomer's red seal ring crossed the 万:
 * 10.71 万元 came out 10.71 元, ok and verified). Amounts so small, with 分, in 元 are no department's table: the unit
 * is left to the evidence, here none, so every amount is flagged. A text layer's 元 stands, and so do amounts of a size
 * a table in 元 prints.
 */
class DoubtfulYuanTest {
    private static RawRow row(int line, double confidence, String... cells) {
        List<RawCell> c = new ArrayList<>();
        for (String s : cells) c.add(new RawCell(s, null, confidence));
        return new RawRow(line, c);
    }

    private static Table read(double confidence, String... figures) {
        List<RawRow> rows = List.of(
                row(1, confidence, "合计", "因公出国(境)费", "公务接待费", "小计", "购置费", "运行费", "机关运行经费预算数"),
                row(2, confidence, figures));
        RawBlock block = new RawBlock(1, List.of(1), "2026年单位“三公”经费和机关运行经费预算表", null,
                List.of("编制单位：上海市普陀区司法局 单位:元", "“三公”经费预算数", "公务用车购置及运行费"), rows, List.of());
        Document doc = new DocumentAssembler(TemplateCatalog.builtIn()).assemble("t", "", List.of(block), List.of());
        return doc.tables().get(0);
    }

    @Test
    void smallAmountsWithCentsReadByOcrInYuanAreOfUnknownUnit() {
        Table t = read(0.9, "10.71", "0.00", "0.73", "9.98", "0.00", "9.98", "184.59");
        assertEquals("budget-three-public", t.templateId());
        assertEquals(MoneyUnit.UNKNOWN, t.unit(), t.unitSource().toString());
        assertTrue(t.rows().stream().flatMap(r -> r.cells().stream()).filter(t::isAmount).allMatch(io.gongkai.model.Cell::flagged));
    }

    @Test
    void aTextLayersYuanAndAmountsOfATableInYuanStand() {
        assertEquals(MoneyUnit.YUAN, read(1, "10.71", "0.00", "0.73", "9.98", "0.00", "9.98", "184.59").unit());
        assertEquals(MoneyUnit.YUAN, read(0.9, "107100.00", "0.00", "7300.00", "99800.00", "0.00", "99800.00", "1845900.00").unit());
        assertEquals(MoneyUnit.YUAN, read(0.9, "1071", "0", "73", "998", "0", "998", "1846").unit());
    }
}
