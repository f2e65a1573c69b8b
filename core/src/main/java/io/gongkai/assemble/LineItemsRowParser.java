package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;
import io.gongkai.template.TemplateRow;

import java.util.ArrayList;
import java.util.List;

/** Rows "label | 行次 | values", keyed by 行次; a row the template marks as a count is read as a count. */
final class LineItemsRowParser implements RowParser {

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        List<RawRow> raw = block.rows();
        for (int i = HeaderLocator.firstDataRow(raw); i < raw.size(); i++) {
            RawRow r = raw.get(i);
            List<RawCell> cells = r.cells();
            int at = -1;
            for (int k = 0; k < Math.min(cells.size(), 3); k++) {
                int n = HeaderLocator.lineNumber(cells.get(k).text());
                if (n > 0 && (template.rows().isEmpty() || template.row(Integer.toString(n)).isPresent())) { at = k; break; }
            }
            if (at < 0) {
                if (!r.isBlank()) diags.add(new Diagnostic(Diagnostic.Severity.INFO, "line " + r.line(), "row without a 行次 skipped"));
                continue;
            }
            int line = HeaderLocator.lineNumber(cells.get(at).text());
            TemplateRow known = template.row(Integer.toString(line)).orElse(null);
            String label = at > 0 ? TextNormalizer.normalize(cells.get(at - 1).text()) : "";
            List<Repair> repairs = new ArrayList<>();
            if (label.isEmpty() && known != null) {
                label = known.label();
                repairs.add(new Repair(RepairKind.LABEL_FROM_TEMPLATE, "", label));
            }
            List<Cell> out = new ArrayList<>();
            for (int c = 0; c < template.columns().size(); c++) {
                TemplateColumn col = template.columns().get(c);
                Column.Kind kind = known != null && known.kind() != null ? known.kind() : col.kind();
                int idx = at + 1 + c;
                out.add(idx < cells.size() ? CellReader.read(cells.get(idx), col.key(), kind) : CellReader.absent(col.key()));
            }
            rows.add(new Row(RowKey.line(line), label, out, repairs, r.line()));
        }
        return new ParsedRows(rows, diags);
    }
}
