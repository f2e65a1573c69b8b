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
import io.gongkai.template.Classification;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;
import io.gongkai.template.TemplateRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Economic classification tables printed as several (code, name, amount) groups side by side. Each group is read
 * down its own column; a code lost or misread by OCR is restored from the classification by its name and its
 * neighbours. Total lines (人员经费合计 / 公用经费合计) become named rows.
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
            for (int i = 0; i < entries.size(); i++) {
                Entry e = restore(entries, i, diags);
                entries.set(i, e);
                Cell cell = CellReader.read(e.amount(), col.key(), col.kind());
                RowKey key = e.code() != null ? RowKey.economicCode(e.code()) : RowKey.label(TextNormalizer.canonical(e.name()));
                rows.add(new Row(key, e.name(), List.of(cell), e.repairs(), e.line()));
            }
        }
        rows.addAll(totals);
        return new ParsedRows(rows, diags);
    }

    /** Restores a missing code from the name, or a code not in the classification from the name and context. */
    private static Entry restore(List<Entry> entries, int i, List<Diagnostic> diags) {
        Entry e = entries.get(i);
        Classification eco = Classification.economic();
        if (e.code() != null && eco.contains(e.code())) return e;
        List<String> candidates = eco.codesNamed(e.name());
        String prev = neighbour(entries, i, -1), next = neighbour(entries, i, 1);
        String chosen = null;
        if (candidates.size() == 1) chosen = candidates.get(0);
        for (String c : candidates) {
            if (chosen != null && candidates.size() == 1) break;
            boolean fitsNext = next != null && (next.startsWith(c) || (c.length() == 5 && next.substring(0, 3).equals(c.substring(0, 3))));
            boolean fitsPrev = prev != null && c.length() == 5 && prev.substring(0, 3).equals(c.substring(0, 3));
            if (fitsNext || fitsPrev) { chosen = c; break; }
        }
        String kind = e.code() == null ? "code-from-name" : "code-misread";
        if (chosen == null && prev != null && next != null) {
            // a name misread as well (缴费 read 壤费): the one code the classification has between its neighbours', if
            // the name is still close to that code's name
            List<String> codes = eco.codes();
            int from = codes.indexOf(prev), to = codes.indexOf(next);
            if (to - from == 2) {
                String between = codes.get(from + 1), name = eco.name(between).map(TextNormalizer::canonical).orElse("");
                String read = TextNormalizer.canonical(e.name());
                if (!name.isEmpty() && TextNormalizer.editDistance(read, name) <= Math.max(1, name.length() / 3)) {
                    chosen = between;
                    kind = "code-from-neighbours";
                }
            }
        }
        if (chosen == null) {
            if (e.code() == null) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "line " + e.line(), "economic code of '" + e.name() + "' is missing and could not be restored"));
            else diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "line " + e.line(), "economic code " + e.code() + " is not in the classification"));
            return e;
        }
        return new Entry(chosen, e.name(), e.amount(), e.line(), List.of(new Repair(kind, e.code() == null ? "" : e.code(), chosen)));
    }

    private static String neighbour(List<Entry> entries, int i, int step) {
        for (int j = i + step; j >= 0 && j < entries.size(); j += step) {
            String c = entries.get(j).code();
            if (c != null && Classification.economic().contains(c)) return c;
        }
        return null;
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
