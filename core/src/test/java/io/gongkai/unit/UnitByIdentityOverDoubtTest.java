package io.gongkai.unit;

import io.gongkai.assemble.DocumentAssembler;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
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
 * A newcomer's specky fax (204 × 98 dpi, 1-bit) of 上海市普陀区司法局's 2026 budget: the 财务收支预算总表's unit line was
 * illegible, the 财政拨款收支预算总表 printed 单位：元, and OCR was in doubt of the latter's 收入总计. The cross-table
 * identity 财政拨款收入 = 财政拨款收入总计 held with the summary in 元 and confirmed the doubtful figure (its 支出总计 read
 * 安出总计, its other rows' names garbled, 一般公共预算资金 read 股公共低算: no other identity confirmed it, none tied the
 * tables); with the summary
 * in 万元 it was unverifiable (the doubtful figure taken as unknown), not failed, so it was no evidence, and the
 * summary's 28 amounts came out of unknown unit, every one flagged. The figures as read hold in 元 and, ×10,000, cannot
 * hold in 万元: that is evidence.
 */
class UnitByIdentityOverDoubtTest {
    private static RawRow row(int line, double confidence, String... cells) {
        List<RawCell> c = new ArrayList<>();
        for (String s : cells) c.add(new RawCell(s, null, confidence));
        return new RawRow(line, c);
    }

    /**
     * @param income the summary's 财政拨款收入 as read
     * @param total  the confidence of the 财政拨款收支预算总表's 收入总计 figure
     */
    private static Document read(String income, double total) {
        return read(income, total, "支出总计");
    }

    /** @param spent how the summary's 支出总计 was read */
    private static Document read(String income, double total, String spent) {
        double one = 0.9;
        RawBlock summary = new RawBlock(1, List.of(1), "2026年部门财务收支预算总表", null, List.of("编制部门：上海市普陀区司法局"), List.of(
                row(1, one, "本年收入", "", "本年支出", ""),
                row(2, one, "项目", "预算数", "项目", "预算数"),
                row(3, one, "一、财政拨款收入", income, "一、一般公共服务支出", "1,231,000.00"),
                row(4, one, "1. 一般公共预算资金", "86,959,408.34", "二、公共安全支出", "85,728,408.34"),
                row(5, one, "2. 政府性基金", "", "", ""),
                row(6, one, "收入总计", "86,959,408.34", spent, "86,959,408.34")), List.of());
        RawBlock fiscal = new RawBlock(20, List.of(2), "2026年部门财政拨款收支预算总表", null, List.of("编制部门：上海市普陀区司法局 单位：元"), List.of(
                row(21, one, "财政拨款收入", "", "财政拨款支出", "", "", ""),
                row(22, one, "项目", "预算数", "项目", "合计", "一般公共预算", "政府性基金预算"),
                row(23, one, "一、股公共低算", "86,959,408.34", "一、什会服务支治", "1,231,000.00", "1,231,000.00", ""),
                row(24, one, "二、政府性基金", "", "二、公共安用支出", "85,728,408.34", "85,728,408.34", ""),
                new RawRow(25, List.of(new RawCell("收入总计", null, one), new RawCell("86,959,408.34", null, total), new RawCell("安出总计", null, one),
                        new RawCell("86,959,408.34", null, one), new RawCell("86,959,408.34", null, one), new RawCell("", null, one)))), List.of());
        return new DocumentAssembler(TemplateCatalog.builtIn()).assemble("fax.tif", "", List.of(summary, fiscal), List.of());
    }

    @Test
    void anIdentityThatHoldsInYuanOverFiguresAsReadTellsTheUnitThoughOcrDoubtedOneOfThem() {
        Document doc = read("86,959,408.34", 0.3);
        Table summary = doc.tables().get(0), fiscal = doc.tables().get(1);
        assertEquals("budget-summary", summary.templateId());
        assertEquals(MoneyUnit.YUAN, fiscal.unit());
        assertEquals(MoneyUnit.YUAN, summary.unit(), summary.unitSource().toString());
        assertEquals(UnitSource.Kind.IDENTITY, summary.unitSource().kind());
        assertTrue(summary.unitSource().detail().contains("cross/summary-income"), summary.unitSource().detail());
    }

    @Test
    void figuresThatHoldInNeitherUnitTellNothing() {
        // the summary's 财政拨款收入 misread (a 0 for the 4): the identity holds in neither unit, the unit stays unknown
        Document doc = read("86,959,008.34", 0.3);
        Table summary = doc.tables().get(0);
        assertEquals(MoneyUnit.UNKNOWN, summary.unit(), summary.unitSource().toString());
        assertTrue(summary.rows().stream().flatMap(r -> r.cells().stream()).filter(summary::isAmount).allMatch(io.gongkai.model.Cell::flagged));
    }

    /**
     * The same fax of 商务委员会25: 收入总计 read alike in both tables, neither in doubt, but each only restating the
     * other (the 总表's 财政拨款收入 = 一般公共预算资金 = 收入总计, copies all), so no identity proves their digits and both
     * are left unverified. As read, they hold in 元 and cannot in 万元: the summary is in 元.
     */
    @Test
    void figuresReadAlikeInTwoTablesTellTheUnitThoughNoIdentityProvesTheirDigits() {
        // (its 支出总计 read 安出总计: no balance ties 收入总计 to the expenditure side's sum)
        Document doc = read("86,959,408.34", 0.9, "安出总计");
        Table summary = doc.tables().get(0);
        assertEquals(MoneyUnit.YUAN, summary.unit(), summary.unitSource().toString());
        assertEquals(UnitSource.Kind.IDENTITY, summary.unitSource().kind());
    }
}
