package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.template.Template;

import java.util.ArrayList;
import java.util.List;

/** A table of one row of amounts under its header: the first row whose cells are numbers is the {@code total} row. */
final class SingleRowParser implements RowParser {

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        for (RawRow r : block.rows()) {
            List<Cell> cells = CellReader.readColumns(r.cells(), 0, template.columns());
            long numbers = cells.stream().filter(Cell::isNumeric).count();
            if (numbers * 2 >= template.columns().size()) {
                return new ParsedRows(List.of(new Row(RowKey.total(), "合计", cells, List.of(), r.line())), List.of());
            }
        }
        return new ParsedRows(new ArrayList<>(), List.of(new Diagnostic(Diagnostic.Severity.WARNING, "table", "no row of amounts found")));
    }
}
