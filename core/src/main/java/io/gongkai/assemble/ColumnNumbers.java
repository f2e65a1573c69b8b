package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Diagnostic;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Layout;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's columns by the numbers its 栏次 row prints, not by their place: a department that leaves out the columns it
 * has nothing in (事业收入, 经营支出 …) prints the others under their own 栏次 (1, 2, 4, 7 …), and the row parsers read
 * amounts in the template's column order. So where the 栏次 row's numbers are the template's column keys but not in their
 * places (a column left out, or moved), each row's cells are put in the template's order — a column left out is a blank
 * (0, as these tables print 0), the 栏次 the template has no column for are left out of the rows and said. The national
 * templates number their columns as the 栏次 row does (公开05表: 1 … 16). Tables by function code and labelled tables
 * only; a table whose 栏次 are in their places, or cannot be read as the template's keys, is left as it is. Pure.
 */
final class ColumnNumbers {
    private ColumnNumbers() {
    }

    static GridNotes.Result align(RawBlock block, Template template, String ref) {
        if (template.layout() != Layout.CODED && template.layout() != Layout.LABELED) return new GridNotes.Result(block, List.of());
        List<String> keys = template.columns().stream().map(TemplateColumn::key).toList();
        if (keys.isEmpty() || !keys.stream().allMatch(k -> k.matches("\\d{1,2}"))) return new GridNotes.Result(block, List.of());
        List<RawRow> rows = block.rows();
        int at = -1;
        for (int i = 0; i < rows.size() && at < 0; i++) if (HeaderLocator.isColumnNumbers(rows.get(i))) at = i;
        if (at < 0) return new GridNotes.Result(block, List.of());
        // grid column → the 栏次 it prints, from the first number on
        Map<Integer, String> numbered = new LinkedHashMap<>();
        List<RawCell> cells = rows.get(at).cells();
        for (int k = 0; k < cells.size(); k++) {
            int n = HeaderLocator.lineNumber(cells.get(k).text() == null ? "" : cells.get(k).text());
            if (n > 0) numbered.put(k, Integer.toString(n));
            else if (!numbered.isEmpty() && cells.get(k).text() != null && !cells.get(k).text().isBlank()) return new GridNotes.Result(block, List.of());
        }
        if (numbered.size() < 2) return new GridNotes.Result(block, List.of());
        List<Integer> columns = new ArrayList<>(numbered.keySet());
        List<String> printed = new ArrayList<>(numbered.values());
        if (printed.stream().distinct().count() != printed.size()) return new GridNotes.Result(block, List.of());
        long known = printed.stream().filter(keys::contains).count();
        if (known < Math.max(2, printed.size() - 1)) return new GridNotes.Result(block, List.of()); // not the template's numbering
        // in their places: the template's first keys, in order
        if (printed.equals(keys.subList(0, Math.min(keys.size(), printed.size())))) return new GridNotes.Result(block, List.of());
        int first = columns.get(0);
        List<RawRow> out = new ArrayList<>();
        for (RawRow r : rows) {
            List<RawCell> c = r.cells();
            List<RawCell> aligned = new ArrayList<>(c.subList(0, Math.min(first, c.size())));
            while (aligned.size() < first) aligned.add(RawCell.of(""));
            for (String key : keys) {
                int k = columns.get(printed.indexOf(key) < 0 ? 0 : printed.indexOf(key));
                boolean has = printed.contains(key);
                aligned.add(!has ? RawCell.of(r == rows.get(at) ? key : "") : k < c.size() ? c.get(k) : RawCell.of(""));
            }
            out.add(new RawRow(r.line(), aligned));
        }
        List<String> missing = keys.stream().filter(k -> !printed.contains(k)).toList();
        List<String> unknown = printed.stream().filter(k -> !keys.contains(k)).toList();
        List<Diagnostic> diags = new ArrayList<>();
        diags.add(new Diagnostic(Diagnostic.Severity.INFO, ref, "columns read by the 栏次 they print (" + String.join(", ", printed) + ")"
                + (missing.isEmpty() ? "" : "; 栏次 " + String.join(", ", missing) + " not printed, read as blank (0)")));
        if (!unknown.isEmpty()) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, ref, "栏次 " + String.join(", ", unknown)
                + " printed, which template " + template.key() + " has no column for: not read"));
        return new GridNotes.Result(new RawBlock(block.line(), block.pages(), block.title(), block.printedNumber(), block.headerText(), out, block.notes()), diags);
    }
}
