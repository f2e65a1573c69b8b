package io.gongkai.view;

import io.gongkai.assemble.CellReader;
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
import io.gongkai.raw.RawCell;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryTest {
    private static Document oneCell(boolean suspect) {
        List<Column> cols = List.of(new Column("1", List.of("金额"), Column.Kind.MONEY));
        var cell = CellReader.read(RawCell.of("12.50"), "1", Column.Kind.MONEY);
        if (suspect) cell = cell.revised(new BigDecimal("12.50"), CellStatus.SUSPECT, new Repair(RepairKind.UNIT_UNKNOWN, "12.50", "12.50"));
        Row row = new Row(RowKey.total(), "合计", List.of(cell), List.of(), 0);
        Table t = new Table("T01", "budget-summary", null, "收支预算总表", MoneyUnit.YUAN, new UnitSource(UnitSource.Kind.HEADER, "单位：元"), List.of(1), cols,
                List.of(row), List.of(), new Identification("budget-summary", 1, List.of()), List.of(), List.of(), 0);
        return new Document("test", "", "部门", 2025, DocumentKind.BUDGET, MoneyUnit.YUAN, List.of(t), List.of(), List.of());
    }

    /** A document's tables in 万元 and in 元: the summary names both units, as each table's line does. */
    @Test
    void aDocumentWhoseTablesAreInTwoUnitsNamesBoth() {
        Document one = oneCell(false);
        Table yuan = one.tables().get(0);
        Table wan = new Table("T02", "budget-three-public", null, "“三公”经费预算表", MoneyUnit.WAN_YUAN, new UnitSource(UnitSource.Kind.HEADER, "单位：万元"),
                List.of(2), yuan.columns(), yuan.rows(), List.of(), new Identification("budget-three-public", 1, List.of()), List.of(), List.of(), 0);
        Document both = new Document("test", "", "部门", 2025, DocumentKind.BUDGET, MoneyUnit.WAN_YUAN, List.of(wan, yuan), List.of(), List.of());
        String text = Summary.of(both).render(both);
        assertTrue(text.contains("units 万元 and 元"), text);
        assertTrue(Summary.of(one).render(one).contains(", unit 元"), Summary.of(one).render(one));
    }

    /** A 政府性基金 table with its 合计 row blank, and a note under it, or none. */
    @Test
    void aDepartmentAndYearNotFoundAreSaidSoNotPrintedAsNull() {
        Document d = oneCell(false);
        Document unnamed = new Document(d.source(), d.sha256(), null, null, d.kind(), d.unit(), d.tables(), d.checks(), d.diagnostics());
        String text = Summary.of(unnamed).render(unnamed);
        assertTrue(text.contains("department not found, year not found,"), text);
        assertTrue(!text.contains("null"), text);
        Document kindless = new Document(d.source(), d.sha256(), null, null, io.gongkai.model.DocumentKind.UNKNOWN, d.unit(), d.tables(), d.checks(), d.diagnostics());
        String said = Summary.of(kindless).render(kindless);
        assertTrue(said.contains("year not found, kind not found (预算 or 决算),"), said);
    }

    private static Document emptyTable(List<String> notes) {
        return emptyTable(notes, true);
    }

    /** As {@link #emptyTable(List)}; {@code totalRow}: whether the grid prints its 合计 row (blank) or only its header. */
    private static Document emptyTable(List<String> notes, boolean totalRow) {
        List<Column> cols = List.of(new Column("1", List.of("合计"), Column.Kind.MONEY));
        Row row = new Row(RowKey.total(), "合计", List.of(CellReader.read(RawCell.of(""), "1", Column.Kind.MONEY)), List.of(), 0);
        Table t = new Table("T01", "budget-government-fund", null, "政府性基金预算支出功能分类预算表", MoneyUnit.YUAN, new UnitSource(UnitSource.Kind.HEADER, "单位：元"),
                List.of(1), cols, totalRow ? List.of(row) : List.of(), notes, new Identification("budget-government-fund", 1, List.of()), List.of(), List.of(), 0);
        return new Document("test", "", "部门", 2024, DocumentKind.BUDGET, MoneyUnit.YUAN, List.of(t), List.of(), List.of());
    }

    @Test
    void aTableItsNoteSaysIsEmptyWasReadWhole() {
        // the 空表说明 the disclosure rules ask for: nothing to show, and the table says so — no table that could not be read
        assertTrue(Summary.of(emptyTable(List.of("注:本部门2024年无政府性基金预算财政拨款安排的预算，故本表为空表。"))).complete());
        assertTrue(Summary.of(emptyTable(List.of("注：本单位没有政府性基金预算。"))).complete());
        // without it, a document of tables and no figure at all is one whose figures were lost
        assertFalse(Summary.of(emptyTable(List.of())).complete());
        assertFalse(Summary.of(emptyTable(List.of("注：本表金额单位为元。"))).complete());
        // a grid of nothing but its header and the note (no 合计 row printed): read whole, not "no row could be read"
        assertTrue(Summary.of(emptyTable(List.of("本部门2024年度没有使用政府性基金预算拨款安排的支出，故本表无数据。"), false)).unreadable().isEmpty());
        assertTrue(Summary.of(emptyTable(List.of("注：此表为空。"), false)).unreadable().isEmpty());
        assertFalse(Summary.of(emptyTable(List.of(), false)).unreadable().isEmpty());
    }

    @Test
    void aDocumentWithASuspectCellIsNotComplete() {
        // a scan whose every amount was flagged suspect, its identities all undecided, exited 0 as if read whole
        assertTrue(Summary.of(oneCell(false)).complete());
        assertFalse(Summary.of(oneCell(true)).complete());
    }
}
