package io.gongkai.dataset;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import io.gongkai.model.Identification;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The projection of a document onto the dataset's rows, and the values its columns take. */
class DocumentRowsTest {

    private static Document document(MoneyUnit unit, String amount) {
        Cell a = new Cell("1", new BigDecimal(amount), amount, amount, CellStatus.OK, 1, null, List.of());
        Cell b = new Cell("2", null, "说明", "说明", CellStatus.OK, 1, null, List.of());
        Table t = new Table("T01", "expenditure", "公开03表", "支出决算表", unit, new UnitSource(UnitSource.Kind.HEADER, "单位：" + unit.label()), List.of(3, 4),
                List.of(new Column("1", List.of("合计"), Column.Kind.MONEY)), List.of(new Row(RowKey.total(), "合计", List.of(a, b), List.of(), 0)), List.of(),
                new Identification("expenditure", 1, List.of()), List.of(), List.of(), 0);
        return new Document("a.pdf", "ab".repeat(32), "某局", null, DocumentKind.BUDGET, unit, List.of(t), List.of(), List.of());
    }

    @Test
    void aDocumentsRowsFollowTheirRelationsColumns() {
        LocalDateTime at = LocalDateTime.of(2025, 1, 2, 3, 4, 5, 123_456_789);
        DocumentRows rows = DocumentRows.of(document(MoneyUnit.UNKNOWN, "12.34565"), "/in/a.pdf", at);
        assertEquals(Arrays.asList("ab".repeat(32), "a.pdf", "/in/a.pdf", "某局", null, "budget", null, 1, 2, 0, 0, LocalDateTime.of(2025, 1, 2, 3, 4, 5, 123_456_000)),
                rows.document(), "the time to the microsecond; an unknown year and unit are NULL");
        assertEquals(Arrays.asList("ab".repeat(32), "T01", "expenditure", null, "公开03表", "支出决算表", null, "3,4", "header", "budget", null), rows.tables().get(0));
        List<Object> amount = rows.cells().get(0);
        assertEquals(Relation.CELLS.fields().size(), amount.size());
        assertEquals(new BigDecimal("12.3457"), amount.get(Relation.CELLS.index("value")), "rounded half away from zero to 4 places");
        assertEquals("合计", amount.get(Relation.CELLS.index("col_label")));
        assertEquals("2", rows.cells().get(1).get(Relation.CELLS.index("col_label")), "a column without a label is named by its key");
        assertEquals(List.of(rows.document()), rows.rows(Relation.DOCUMENTS));
        assertTrue(rows.rows(Relation.FAILURES).isEmpty());
    }

    @Test
    void anAmountNoEngineStoresIsRefusedWithItsColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DocumentRows.of(document(MoneyUnit.YUAN, "1" + "0".repeat(40)), "a", null));
        assertTrue(e.getMessage().startsWith("cells.value: the amount 1000"), e.getMessage());
    }

    @Test
    void aRowIsCheckedAgainstItsColumns() {
        assertThrows(IllegalArgumentException.class, () -> Relation.FAILURES.row("p", null, "why"));
        assertThrows(IllegalArgumentException.class, () -> Relation.FAILURES.row("p", null, 3, null));
        assertEquals(List.of("kind", "year"), Relation.CELLS.partitionedBy());
        assertEquals(List.of(), Relation.FAILURES.partitionedBy());
        assertEquals("the PDF is damaged: no pages", Failure.reason(new io.gongkai.error.InputException("the PDF is damaged: no pages")));
        assertEquals("cannot read: gone", Failure.reason(new java.io.IOException("gone")));
        assertTrue(Failure.reason(new StackOverflowError()).startsWith("internal error (a bug: please report it with the input): java.lang.StackOverflowError"));
        // a bug met on one input (a newcomer's photocopy ended in a NullPointerException) says it is one, not only what was thrown
        assertEquals("internal error (a bug: please report it with the input): java.lang.NullPointerException: Cannot invoke \"java.lang.Integer.intValue()\"",
                Failure.reason(new NullPointerException("Cannot invoke \"java.lang.Integer.intValue()\"")));
    }
}
