package io.gongkai.assemble;

import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Identification;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole figure among figures with 分 is truncated only where OCR read it: a text layer's is the publisher's rounding. */
class DecimalConsistencyTest {
    private static Row row(String code, String first, double confidence) {
        List<Cell> cells = new ArrayList<>();
        cells.add(CellReader.read(new RawCell(first, null, confidence), "1", Column.Kind.MONEY));
        for (int i = 2; i <= 6; i++) cells.add(CellReader.read(new RawCell("1,000.25", null, 1.0), Integer.toString(i), Column.Kind.MONEY));
        return new Row(RowKey.functionCode(code), code, cells, List.of(), 0);
    }

    private static List<Row> apply(Row odd) {
        List<Column> cols = new ArrayList<>();
        for (int i = 1; i <= 6; i++) cols.add(new Column(Integer.toString(i), List.of(), Column.Kind.MONEY));
        List<Row> rows = List.of(row("2010101", "5,001.25", 1.0), row("2010102", "5,001.25", 1.0), odd);
        Table t = new Table("T01", "expenditure", null, "支出决算表", MoneyUnit.YUAN, new UnitSource(UnitSource.Kind.HEADER, "单位：元"), List.of(), cols, rows, List.of(),
                new Identification("expenditure", 1, List.of()), List.of(), List.of(), 0);
        Template template = TemplateCatalog.builtIn().of(t).orElseThrow();
        return DecimalConsistency.apply(rows, t, template);
    }

    @Test
    void aTextLayersWholeFigureIsThePublishersRounding() {
        Cell c = apply(row("2010103", "22,118,861", 1.0)).get(2).cells().get(0);
        assertEquals(CellStatus.OK, c.status());
        assertTrue(c.repairs().isEmpty(), c.repairs().toString());
    }

    @Test
    void anOcrReadingWithoutItsDecimalsMayHaveLostThem() {
        // OCR's spacing after a separator: an OCR tool's text, whose right edge may have been cut
        Cell spaced = apply(row("2010103", "473, 744", 1.0)).get(2).cells().get(0);
        assertEquals(CellStatus.SUSPECT, spaced.status());
        assertTrue(spaced.repairs().stream().anyMatch(r -> r.kind().equals(io.gongkai.model.RepairKind.TRUNCATED)));
        Cell ocr = apply(row("2010103", "473744", 0.9)).get(2).cells().get(0);
        assertEquals(CellStatus.SUSPECT, ocr.status());
    }

    private static List<Row> applyOcr(String... figures) {
        List<Column> cols = List.of(new Column("1", List.of(), Column.Kind.MONEY));
        List<Row> rows = new ArrayList<>();
        int code = 2010101;
        for (String f : figures) {
            rows.add(new Row(RowKey.functionCode(Integer.toString(code)), Integer.toString(code), List.of(CellReader.read(new RawCell(f, null, 0.9), "1", Column.Kind.MONEY)), List.of(), 0));
            code++;
        }
        Table t = new Table("T01", "expenditure", null, "支出决算表", MoneyUnit.WAN_YUAN, new UnitSource(UnitSource.Kind.HEADER, "单位：万元"), List.of(), cols, rows, List.of(),
                new Identification("expenditure", 1, List.of()), List.of(), List.of(), 0);
        return DecimalConsistency.apply(rows, t, TemplateCatalog.builtIn().of(t).orElseThrow());
    }

    @Test
    void oneDecimalIsATablesPrecisionWhenEveryAmountWithDecimalsHasOne() {
        // a 万元 table printed to 0.1 and read by OCR: 6.4 is as printed, not 6.4? cut at the cell's edge
        List<Row> tenths = applyOcr("6.4", "0", "25.4", "6.4");
        for (Row r : tenths) {
            Cell c = r.cells().get(0);
            assertEquals(CellStatus.OK, c.status(), c.toString());
            assertTrue(c.repairs().isEmpty(), c.repairs().toString());
        }
        // one amount with two decimals: the others' one may be a lost digit
        Cell mixed = applyOcr("6.4", "25.45", "6.4").get(0).cells().get(0);
        assertEquals(CellStatus.SUSPECT, mixed.status());
        assertTrue(mixed.repairs().stream().anyMatch(r -> r.kind().equals(io.gongkai.model.RepairKind.TRUNCATED)));
        // a single such amount says nothing of the table
        assertEquals(CellStatus.SUSPECT, applyOcr("6.4", "0").get(0).cells().get(0).status());
    }

    @Test
    void aPointBeforeThreeDigitsIsASeparatorWhereAmountsAreWhole() {
        // a newcomer's 1-bit scan of a whole-元 table: most commas read as points, each figure in doubt (165.128 元 or
        // 165,128 元) and no identity decided
        List<Row> whole = applyOcr("90,238,584", "6,084,184", "18.149.307", "165.128", "3,016,973", "3,846,732", "40,124,897");
        for (int i : new int[]{2, 3}) {
            Cell c = whole.get(i).cells().get(0);
            assertEquals(CellStatus.REPAIRED, c.status(), c.toString());
        }
        assertEquals(new java.math.BigDecimal("165128"), whole.get(3).cells().get(0).number());
        // where amounts carry 分 a point before three digits stays in doubt (3,808,085.00 read 3,808,085.001 under a ring)
        List<Row> cents = applyOcr("90,238,584.00", "6,084,184.00", "165.128", "3,016,973.00", "3,846,732.00", "40,124,897.00");
        assertEquals(CellStatus.SUSPECT, cents.get(2).cells().get(0).status());
        // too few figures to tell a table's precision
        assertEquals(CellStatus.SUSPECT, applyOcr("6,084,184", "165.128").get(1).cells().get(0).status());
    }

    @Test
    void aCommaBeforeTwoDigitsAmongWholeAmountsIsAGroupThatLostADigit() {
        // a newcomer's scan cropped through a column's last digits: 2,620,000 read 2,620,00, taken as 2,620.00 repaired
        List<Row> whole = applyOcr("90,238,584", "6,084,184", "2,620,00", "3,016,973", "3,846,732", "40,124,897");
        Cell c = whole.get(2).cells().get(0);
        assertEquals(CellStatus.SUSPECT, c.status(), c.toString());
        // among amounts with 分 it is a decimal comma
        List<Row> cents = applyOcr("90,238,584.00", "6,084,184.00", "2,620,00", "3,016,973.00", "3,846,732.00", "40,124,897.00");
        assertEquals(CellStatus.REPAIRED, cents.get(2).cells().get(0).status());
    }
}
