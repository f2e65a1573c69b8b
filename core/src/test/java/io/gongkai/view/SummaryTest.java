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

    @Test
    void aDocumentWithASuspectCellIsNotComplete() {
        // a scan whose every amount was flagged suspect, its identities all undecided, exited 0 as if read whole
        assertTrue(Summary.of(oneCell(false)).complete());
        assertFalse(Summary.of(oneCell(true)).complete());
    }
}
