package io.gongkai.unit;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import io.gongkai.model.Identification;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The consequences of the decision: the flag on every amount of a table of unknown unit, the document's summary unit. */
class TableUnitsTest {
    private static Table table(String ref, MoneyUnit unit, String... values) {
        List<Column> cols = List.of(new Column("1", List.of("金额"), Column.Kind.MONEY), new Column("n", List.of("人数"), Column.Kind.COUNT),
                new Column("t", List.of("说明"), Column.Kind.TEXT));
        List<Row> rows = new java.util.ArrayList<>();
        int line = 0;
        for (String v : values) {
            List<Cell> cells = List.of(
                    v.isEmpty() ? new Cell("1", null, "", "", CellStatus.EMPTY, 1, null, List.of()) : new Cell("1", new BigDecimal(v), v, v, CellStatus.OK, 1, null, List.of()),
                    new Cell("n", BigDecimal.TEN, "10", "10", CellStatus.OK, 1, null, List.of()),
                    new Cell("t", null, "文字", "文字", CellStatus.OK, 1, null, List.of()));
            rows.add(new Row(new RowKey("r" + ++line, RowKey.Kind.LABEL, 0), "行" + line, cells, List.of(), line));
        }
        UnitSource source = unit.known() ? new UnitSource(UnitSource.Kind.HEADER, "单位:" + unit.label()) : new UnitSource(UnitSource.Kind.NONE, "no unit printed");
        return new Table(ref, null, null, "表", unit, source, List.of(), cols, rows, List.of(), new Identification(null, 0, List.of()),
                List.of(), List.of(), 0);
    }

    private static Document doc(Table... tables) {
        return new Document("t", "", "部门", 2025, DocumentKind.BUDGET, MoneyUnit.UNKNOWN, List.of(tables), List.of(), List.of());
    }

    @Test
    void everyAmountOfATableOfUnknownUnitIsSuspectAndNothingElse() {
        Document flagged = TableUnits.flagUnknown(doc(table("T01", MoneyUnit.YUAN, "1.00"), table("T02", MoneyUnit.UNKNOWN, "31214205.80", "")));
        Table known = flagged.tables().get(0), unknown = flagged.tables().get(1);
        assertEquals(CellStatus.OK, known.cell("r1", "1").orElseThrow().status());
        Cell amount = unknown.cell("r1", "1").orElseThrow();
        assertEquals(CellStatus.SUSPECT, amount.status());
        assertEquals(0, new BigDecimal("31214205.80").compareTo(amount.number()), "the figure stays as printed");
        assertEquals(RepairKind.UNIT_UNKNOWN, amount.repairs().get(0).kind());
        assertEquals("ok", amount.repairs().get(0).before(), "the status the figure had: only its unit is in doubt");
        assertEquals(CellStatus.EMPTY, unknown.cell("r2", "1").orElseThrow().status(), "a blank is no amount");
        assertEquals(CellStatus.OK, unknown.cell("r1", "n").orElseThrow().status(), "a count has no money unit");
        assertEquals(CellStatus.OK, unknown.cell("r1", "t").orElseThrow().status());
        Document allKnown = doc(table("T01", MoneyUnit.YUAN, "1.00"));
        assertSame(allKnown, TableUnits.flagUnknown(allKnown));
    }

    @Test
    void theDocumentsUnitIsTheOneMostTablesWithAmountsAreIn() {
        assertEquals(MoneyUnit.YUAN, TableUnits.summaryUnit(List.of(table("T01", MoneyUnit.WAN_YUAN, "1"), table("T02", MoneyUnit.YUAN, "1"), table("T03", MoneyUnit.YUAN, "2"))));
        // a tie goes to the first in reading order, whatever the hash of the unit
        assertEquals(MoneyUnit.WAN_YUAN, TableUnits.summaryUnit(List.of(table("T01", MoneyUnit.WAN_YUAN, "1"), table("T02", MoneyUnit.YUAN, "1"))));
        assertEquals(MoneyUnit.YUAN, TableUnits.summaryUnit(List.of(table("T01", MoneyUnit.YUAN, "1"), table("T02", MoneyUnit.WAN_YUAN, "1"))));
        // a table without amounts does not vote; no table with a known unit and amounts: unknown
        assertEquals(MoneyUnit.UNKNOWN, TableUnits.summaryUnit(List.of(table("T01", MoneyUnit.UNKNOWN, "1"), table("T02", MoneyUnit.WAN_YUAN))));
    }
}
