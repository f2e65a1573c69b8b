package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.template.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of one row of amounts under its header (a budget's "三公"经费预算表: 预算数 under each group, no row label):
 * that row is the table's {@code total} row. It is the first row below the 栏次 row (if one is printed) at least half of
 * whose cells are numbers; failing
 * that, the first row that prints amounts and nothing else ("0.95 | | 0.95 | | | | 229.43": the groups without
 * spending left blank, which these tables print for 0), kept and reported, never dropped.
 */
final class SingleRowParser implements RowParser {

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        // below the 栏次 row, if the table prints one (its numbers are no amounts)
        List<RawRow> body = block.rows().subList(HeaderLocator.firstDataRow(block.rows()), block.rows().size());
        for (RawRow r : body) {
            List<Cell> cells = CellReader.readColumns(r.cells(), 0, template.columns());
            long numbers = cells.stream().filter(Cell::isNumeric).count();
            if (numbers * 2 >= template.columns().size()) return new ParsedRows(List.of(total(r, cells)), List.of());
        }
        for (RawRow r : body) {
            List<Cell> cells = CellReader.readColumns(r.cells(), 0, template.columns());
            long numbers = cells.stream().filter(Cell::isNumeric).count();
            // every cell of the row, read or not: a row with words in it is a header
            boolean onlyAmounts = r.cells().stream().map(c -> CellReader.read(c, "", io.gongkai.model.Column.Kind.MONEY))
                    .allMatch(c -> c.isNumeric() || c.status() == CellStatus.EMPTY);
            if (numbers == 0 || !onlyAmounts) continue;
            long blanks = cells.size() - numbers;
            return new ParsedRows(List.of(total(r, cells)), List.of(new Diagnostic(Diagnostic.Severity.INFO, "line " + r.line(),
                    "the table's one row of amounts has no label and " + blanks + " blank cells of " + cells.size()
                            + ": read as its total" + (template.blankMeansZero() ? ", the blanks as 0 (the table prints blanks for 0)" : ""))));
        }
        return new ParsedRows(new ArrayList<>(), List.of(new Diagnostic(Diagnostic.Severity.WARNING, "table", "no row of amounts found")));
    }

    private static Row total(RawRow r, List<Cell> cells) {
        return new Row(RowKey.total(), "合计", cells, List.of(), r.line());
    }
}
