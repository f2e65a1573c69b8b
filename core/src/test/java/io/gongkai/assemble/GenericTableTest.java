package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.Table;
import io.gongkai.template.TemplateCatalog;
import io.gongkai.validate.IdentityEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A table no template fits: its amounts read as amounts (flagged when OCR read them), its 序号 and names as text. */
class GenericTableTest {
    private static final TemplateCatalog CATALOG = TemplateCatalog.builtIn();

    private static RawBlock block(double confidence) {
        return new RawBlock(1000, List.of(1), "对外担保贷款明细表", null, List.of("对外担保贷款明细表", "单位：元"), List.of(
                new RawRow(1001, List.of(RawCell.of("序号"), RawCell.of("借款单位"), RawCell.of("贷款金额"))),
                new RawRow(1002, List.of(RawCell.of("1"), RawCell.of("甲公司"), new RawCell("1,200.00", null, confidence))),
                new RawRow(1003, List.of(RawCell.of("2"), RawCell.of("乙公司"), new RawCell("350.50", null, confidence))),
                new RawRow(1004, List.of(RawCell.of("3"), RawCell.of("丙公司"), RawCell.of("")))), List.of());
    }

    private static Table table(double confidence) {
        Document doc = new DocumentAssembler(CATALOG).assemble("test", "", List.of(block(confidence)), List.of());
        return new IdentityEngine(CATALOG).validate(doc).tables().get(0);
    }

    @Test
    void itsAmountsAreAmountsAndItsNumberingText() {
        Table t = table(1.0);
        assertNull(t.templateId());
        assertEquals(List.of(Column.Kind.TEXT, Column.Kind.TEXT, Column.Kind.MONEY), t.columns().stream().map(Column::kind).toList());
        Cell amount = t.rows().get(1).cells().get(2);
        assertEquals(0, new BigDecimal("1200").compareTo(amount.number()), amount.toString());
        assertEquals(CellStatus.OK, amount.status(), "a text layer's figure is as printed");
        assertNull(t.rows().get(1).cells().get(0).number(), "序号 1 is no amount");
        assertEquals("贷款金额", t.rows().get(0).cells().get(2).text(), "the header stays text");
    }

    @Test
    void anOcrAmountNoIdentityChecksIsFlagged() {
        Table t = table(0.9);
        Cell amount = t.rows().get(2).cells().get(2);
        assertEquals(0, new BigDecimal("350.50").compareTo(amount.number()), amount.toString());
        assertEquals(CellStatus.SUSPECT, amount.status(), amount.toString());
    }

    @Test
    void aFigureOcrReadInACellKeptAsTextIsFlagged() {
        // a 1-bit fax's page that fitted no template (G_fax_200 of a newcomer's trial): amounts garbled by specks were
        // no figures, so their cells stayed text with status ok, and the tidy CSV gave ",* 2,070,000.00" as the value
        RawBlock fax = new RawBlock(1000, List.of(2), "", null, List.of(), List.of(
                new RawRow(1001, List.of(new RawCell("卫生健康支出", null, 0.8), new RawCell("7 0.00", null, 0.7), new RawCell("1,200.00", null, 0.9))),
                new RawRow(1002, List.of(new RawCell("购房补贴", null, 0.8), new RawCell(",* 2,070,000.00", null, 0.7), new RawCell("350.50", null, 0.9))),
                new RawRow(1003, List.of(new RawCell("合计", null, 0.8), new RawCell("13012070 00", null, 0.7), new RawCell("8.00", null, 0.9)))), List.of());
        Document doc = new IdentityEngine(CATALOG).validate(new DocumentAssembler(CATALOG).assemble("test", "", List.of(fax), List.of()));
        Table t = doc.tables().get(0);
        for (int r = 0; r < 3; r++) {
            Cell c = t.rows().get(r).cells().get(1);
            assertNull(c.number(), c.toString());
            assertEquals(CellStatus.SUSPECT, c.status(), c.toString());
        }
        assertEquals(CellStatus.OK, t.rows().get(0).cells().get(0).status(), "a label is text");
        // a text layer's text is as printed
        RawBlock printed = new RawBlock(1000, List.of(2), "", null, List.of(), List.of(
                new RawRow(1001, List.of(RawCell.of("购房补贴"), RawCell.of("见附表 2,070,000.00"), RawCell.of("1,200.00"))),
                new RawRow(1002, List.of(RawCell.of("合计"), RawCell.of("-"), RawCell.of("350.50")))), List.of());
        Table p = new IdentityEngine(CATALOG).validate(new DocumentAssembler(CATALOG).assemble("test", "", List.of(printed), List.of())).tables().get(0);
        assertEquals(CellStatus.OK, p.rows().get(0).cells().get(1).status());
    }

    @Test
    void aFigureGroupedWithSpacesOrAnIdeographicCommaInACellKeptAsTextIsFlagged() {
        // a 98 dpi fax's page that fitted no template: the figures' groups read apart ("581, 200") or parted by 、, with a
        // rule's remnants beside them, stayed text with status ok (3 wrong values given in a newcomer's fax)
        RawBlock fax = new RawBlock(1000, List.of(2), "", null, List.of(), List.of(
                new RawRow(1001, List.of(new RawCell("差旅费", null, 0.8), new RawCell("581, 200 — —", null, 0.7))),
                new RawRow(1002, List.of(new RawCell("维修（护）费", null, 0.8), new RawCell("T 83, 000", null, 0.7))),
                new RawRow(1003, List.of(new RawCell("其他商品和服务支出", null, 0.8), new RawCell("T 1 690、 682", null, 0.7)))), List.of());
        Table t = new IdentityEngine(CATALOG).validate(new DocumentAssembler(CATALOG).assemble("test", "", List.of(fax), List.of())).tables().get(0);
        for (int r = 0; r < 3; r++) {
            Cell c = t.rows().get(r).cells().get(1);
            assertNull(c.number(), c.toString());
            assertEquals(CellStatus.SUSPECT, c.status(), c.toString());
        }
        assertEquals(CellStatus.OK, t.rows().get(0).cells().get(0).status(), "a label is text");
    }
}
