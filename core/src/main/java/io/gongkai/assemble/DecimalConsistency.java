package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.normalize.NumberParser;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateRow;

import java.util.ArrayList;
import java.util.List;

/**
 * In a table whose amounts are printed with two decimals, an amount OCR read without any ("473, 744" where the row
 * next to it says "473, 744. 86") may have lost its end at the cell's edge: it is marked truncated, not trusted.
 * Only an OCR reading ({@link NumberParser#ocrReading}) is: a text layer's whole-元 figure among figures with 分
 * ({@code 22,118,861} beside {@code 79,189,400.34}) is what the publisher printed, rounded to 1 元, and the identities
 * allow it half a unit of its last digit (the 司法局 2026 unit budget, p8 and p11).
 */
final class DecimalConsistency {
    private static final double SHARE = 0.9;

    private DecimalConsistency() {
    }

    static List<Row> apply(List<Row> rows, Table table, Template template) {
        int withCents = 0, numbers = 0;
        for (Row r : rows) {
            if (!isMoneyRow(r, template)) continue;
            for (Cell c : r.cells()) {
                if (!isMoney(c, table) || c.number() == null) continue;
                numbers++;
                if (c.number().scale() == 2) withCents++;
            }
        }
        if (numbers < 10 || withCents < SHARE * numbers) return rows;
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (!isMoneyRow(r, template)) { out.add(r); continue; }
            List<Cell> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                boolean lost = isMoney(c, table) && c.number() != null && c.number().scale() == 0 && c.status() != CellStatus.SUSPECT
                        && NumberParser.ocrReading(c.raw(), c.confidence());
                cells.add(lost ? c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.TRUNCATED, c.raw(), c.number().toPlainString() + ".??")) : c);
            }
            out.add(r.withCells(cells));
        }
        return out;
    }

    private static boolean isMoneyRow(Row r, Template template) {
        return template.row(r.key().value()).map(TemplateRow::kind).map(k -> k == Column.Kind.MONEY).orElse(true);
    }

    private static boolean isMoney(Cell c, Table table) {
        return table.column(c.column()).map(col -> col.kind() == Column.Kind.MONEY).orElse(false);
    }
}
