package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;
import io.gongkai.template.TemplateSide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Two tables printed side by side, each row "label | 行次 | values": 收入 on the left, 支出 on the right. Every
 * printed line yields up to two rows, keyed by their 行次.
 */
final class TwoSidedRowParser implements RowParser {

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        List<TemplateSide> sides = template.sides();
        List<RawRow> raw = block.rows();
        for (int i = HeaderLocator.firstDataRow(raw); i < raw.size(); i++) {
            RawRow r = raw.get(i);
            List<RawCell> cells = r.cells();
            int from = 0;
            boolean lost = false;
            for (int s = 0; s < sides.size(); s++) {
                TemplateSide side = sides.get(s);
                int at = -1;
                for (int k = from; k < cells.size(); k++) {
                    int n = HeaderLocator.lineNumber(cells.get(k).text());
                    // after a side whose 行次 could not be read, the next side's 行次 is the number that follows a label
                    if (n > 0 && side.contains(n) && (k <= from + 2 || lost && k > 0 && HeaderLocator.isLabel(cells.get(k - 1).text()))) { at = k; break; }
                }
                if (at < 0) {
                    if (hasContent(cells, from)) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "line " + r.line(),
                            "no 行次 found for the " + (s == 0 ? "left" : "right") + " side; its cells are not read"));
                    if (s + 1 < sides.size() && s == 0) { lost = true; continue; }
                    break;
                }
                lost = false;
                int line = HeaderLocator.lineNumber(cells.get(at).text());
                String label = at > from ? TextNormalizer.normalize(cells.get(at - 1).text()) : "";
                List<Cell> values = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < side.columns().size(); c++) {
                    String key = side.columns().get(c);
                    TemplateColumn col = template.column(key).orElseThrow();
                    int idx = at + 1 + c;
                    boolean isNextSide = s + 1 < sides.size() && idx < cells.size() && c > 0 && nextSideStarts(cells, idx, sides.get(s + 1));
                    Cell cell = idx < cells.size() && !isNextSide ? CellReader.read(cells.get(idx), key, col.kind()) : CellReader.absent(key);
                    any |= !cell.raw().isBlank();
                    values.add(cell);
                }
                from = at + 1 + side.columns().size();
                List<Repair> repairs = new ArrayList<>();
                if (label.isEmpty() && template.row(Integer.toString(line)).isPresent()) {
                    label = template.row(Integer.toString(line)).get().label();
                    if (any) repairs.add(new Repair(RepairKind.LABEL_FROM_TEMPLATE, "", label));
                }
                if (label.isEmpty() && !any) continue; // an unused 行次 slot
                rows.add(new Row(RowKey.line(line), label, values, repairs, r.line()));
            }
        }
        rows.sort(Comparator.comparingInt(x -> Integer.parseInt(x.key().value())));
        return new ParsedRows(rows, diags);
    }

    private static boolean nextSideStarts(List<RawCell> cells, int idx, TemplateSide next) {
        int n = HeaderLocator.lineNumber(cells.get(idx).text());
        return idx + 1 < cells.size() && HeaderLocator.isLabel(cells.get(idx).text())
                && next.contains(HeaderLocator.lineNumber(cells.get(idx + 1).text())) || (n > 0 && next.contains(n));
    }

    private static boolean hasContent(List<RawCell> cells, int from) {
        for (int k = from; k < cells.size(); k++) if (!cells.get(k).text().isBlank()) return true;
        return false;
    }
}
