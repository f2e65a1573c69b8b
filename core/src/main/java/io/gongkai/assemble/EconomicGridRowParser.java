package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Repair;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.CodeParser;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.NumberReading;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;
import io.gongkai.template.TemplateRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Economic classification tables printed as several (code, name, amount) groups side by side. Each group is read
 * down its own column; a code lost or misread by OCR is restored from the classification by its name and its
 * neighbours ({@link CodeCheck}). Total lines (人员经费合计 / 公用经费合计) become named rows.
 */
final class EconomicGridRowParser implements RowParser {

    private record Entry(String code, String name, RawCell amount, int line, List<Repair> repairs) {
    }

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        int groups = Math.max(1, template.groups());
        TemplateColumn col = template.columns().get(0);
        List<List<Entry>> byGroup = new ArrayList<>();
        for (int g = 0; g < groups; g++) byGroup.add(new ArrayList<>());
        List<Row> totals = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        for (RawRow r : block.rows()) {
            List<RawCell> cells = r.cells();
            if (r.texts().stream().anyMatch(t -> TextNormalizer.canonical(t).contains("合计"))) {
                readTotals(r, template, col, totals);
                continue;
            }
            for (int g = 0; g < groups; g++) {
                String codeText = text(cells, 3 * g), name = TextNormalizer.normalize(text(cells, 3 * g + 1));
                RawCell amount = 3 * g + 2 < cells.size() ? cells.get(3 * g + 2) : RawCell.of("");
                String code = CodeParser.economicCode(codeText);
                NumberReading value = NumberParser.parse(amount.text(), 2);
                boolean dataLike = code != null ? true : TextNormalizer.hanCount(name) >= 2 && (value.isValue() || value.kind() == NumberReading.Kind.DASH);
                if (!dataLike) continue;
                byGroup.get(g).add(new Entry(code, name, amount, r.line(), List.of()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (List<Entry> entries : byGroup) {
            // each column group is read down on its own: a code's neighbours are the group's rows above and below it
            List<CodeCheck.Item> items = new ArrayList<>();
            for (Entry e : entries) {
                Cell cell = CellReader.read(e.amount(), col.key(), col.kind());
                RowKey key = e.code() != null ? RowKey.economicCode(e.code()) : RowKey.label(TextNormalizer.canonical(e.name()));
                items.add(new CodeCheck.Item(new Row(key, e.name(), List.of(cell), e.repairs(), e.line()), e.code() == null));
            }
            CodeCheck.Result checked = CodeCheck.economic(items);
            rows.addAll(checked.rows());
            diags.addAll(checked.diagnostics());
        }
        rows.addAll(totals);
        return new ParsedRows(rows, diags);
    }

    /** "人员经费合计 | 30,392,132.03 | … | 公用经费合计 | 3,243,634.99": each total takes the next value after its label. */
    private static void readTotals(RawRow r, Template template, TemplateColumn col, List<Row> out) {
        List<RawCell> cells = r.cells();
        for (int k = 0; k < cells.size(); k++) {
            String c = TextNormalizer.canonical(cells.get(k).text());
            if (!c.contains("合计")) continue;
            TemplateRow named = match(template, c);
            if (named == null) continue;
            for (int v = k + 1; v < cells.size(); v++) {
                if (cells.get(v).text().isBlank()) continue;
                if (TextNormalizer.canonical(cells.get(v).text()).contains("合计")) break;
                Cell cell = CellReader.read(cells.get(v), col.key(), col.kind());
                boolean fuzzy = !c.equals(TextNormalizer.canonical(named.label())) && named.aliases().stream().noneMatch(a -> c.endsWith(TextNormalizer.canonical(a)));
                List<io.gongkai.model.Repair> repairs = !fuzzy ? List.of()
                        : List.of(new io.gongkai.model.Repair("label-from-template", cells.get(k).text(), named.label()));
                out.add(new Row(RowKey.label(named.key()), named.label(), List.of(cell), repairs, r.line()));
                break;
            }
        }
    }

    private static TemplateRow match(Template template, String canonical) {
        for (TemplateRow row : template.rows()) {
            if (canonical.equals(TextNormalizer.canonical(row.label()))) return row;
        }
        for (TemplateRow row : template.rows()) {
            for (String a : row.aliases()) if (canonical.endsWith(TextNormalizer.canonical(a))) return row;
        }
        // a scan's reading one character off a total's label (公用经合计): the one label it is that close to
        TemplateRow near = null;
        for (TemplateRow row : template.rows()) {
            String label = TextNormalizer.canonical(row.label());
            if (label.length() < 4 || TextNormalizer.editDistance(canonical, label) > 1) continue;
            if (near != null) return null;
            near = row;
        }
        return near;
    }

    private static String text(List<RawCell> cells, int i) {
        return i < cells.size() ? cells.get(i).text() : "";
    }
}
