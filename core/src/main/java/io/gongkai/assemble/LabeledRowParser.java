package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;

import java.util.ArrayList;
import java.util.List;

/** Rows "label | values", keyed by their label (合计 → {@code total}). */
final class LabeledRowParser implements RowParser {

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        List<RawRow> raw = block.rows();
        int start = HeaderLocator.firstDataRow(raw);
        KnownLabels known = KnownLabels.of(template, null);
        for (int i = start; i < raw.size(); i++) {
            RawRow r = raw.get(i);
            List<RawCell> cells = r.cells();
            int at = -1;
            for (int k = 0; k < cells.size(); k++) {
                if (TextNormalizer.hanCount(TextNormalizer.normalize(cells.get(k).text())) >= 2) { at = k; break; }
            }
            if (at < 0) {
                // a row of amounts without a label, below the header: kept under its line, and reported
                int amountAt = start > 0 || !rows.isEmpty() ? CodedRowParser.firstAmount(cells, 0) : -1;
                if (amountAt < 0) continue;
                RowKey key = RowKey.label("unlabeled-line-" + r.line());
                rows.add(new Row(key, "", CellReader.readColumns(cells, amountAt, template.columns()), List.of(), r.line()));
                diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "line " + r.line(), "a row of amounts without a label: kept as " + key.value()));
                continue;
            }
            List<io.gongkai.model.Repair> repairs = new ArrayList<>();
            String label = known.restoreName(TextNormalizer.normalize(cells.get(at).text()), cells.get(at), repairs);
            boolean total = HeaderLocator.isTotalLabel(label);
            List<Cell> out = CellReader.readColumns(cells, at + 1, template.columns());
            long numbers = out.stream().filter(Cell::isNumeric).count();
            if (!total && numbers == 0 && start == 0) continue; // a header row of a table without 栏次
            rows.add(new Row(total ? RowKey.total() : RowKey.label(TextNormalizer.canonical(label)), label, out, repairs, r.line()));
        }
        if (rows.isEmpty()) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "table", "no data rows found"));
        return new ParsedRows(rows, diags);
    }
}
