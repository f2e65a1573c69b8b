package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Repair;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.CodeParser;
import io.gongkai.normalize.CodeReading;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Classification;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows keyed by function classification code: code cells, a name, then one value per column. Codes split or
 * damaged by OCR are repaired; a 类 lost in front of a 款项 tail is taken from the neighbouring rows; a row whose code
 * is gone entirely keeps its label and is resolved by the document builder from the other tables.
 */
final class CodedRowParser implements RowParser {

    /** Marks a row whose code was lost entirely; the document builder resolves it from other tables. */
    static final String CODE_MISSING = "code-missing";

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        List<CodeReading> codes = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        List<TemplateColumn> cols = template.columns();
        List<RawRow> raw = block.rows();
        for (int i = HeaderLocator.firstDataRow(raw); i < raw.size(); i++) {
            RawRow r = raw.get(i);
            List<RawCell> cells = r.cells();
            int labelAt = -1;
            for (int k = 0; k < cells.size(); k++) {
                if (HeaderLocator.isTotalLabel(cells.get(k).text())) { labelAt = k; break; }
            }
            boolean total = labelAt >= 0;
            if (!total) {
                for (int k = 0; k < cells.size(); k++) {
                    if (HeaderLocator.isLabel(cells.get(k).text())) { labelAt = k; break; }
                }
            }
            if (labelAt < 0) continue; // not a data row (stray header fragment)
            List<String> codeCells = new ArrayList<>();
            for (int k = 0; k < labelAt; k++) codeCells.add(cells.get(k).text());
            CodeReading code = total ? CodeReading.NONE : CodeParser.functionCode(codeCells);
            List<RawCell> values = new ArrayList<>(cells.subList(labelAt + 1, cells.size()));
            while (values.size() > cols.size() && isBlank(values.get(values.size() - 1))) values.remove(values.size() - 1);
            if (values.size() > cols.size()) {
                diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "line " + r.line(),
                        "row has " + values.size() + " values for " + cols.size() + " columns; extra cells ignored"));
            }
            List<Cell> out = CellReader.readColumns(values, 0, cols);
            String label = total ? "合计" : TextNormalizer.normalize(cells.get(labelAt).text());
            RowKey key = total ? RowKey.total() : code.present() ? RowKey.functionCode(code.code()) : RowKey.label(label);
            List<Repair> repairs = new ArrayList<>(code.repairs());
            if (!total && !code.present() && !code.classLost()) repairs.add(new Repair(CODE_MISSING, "", label));
            rows.add(new Row(key, label, out, repairs, r.line()));
            codes.add(code);
        }
        resolveLostClasses(rows, codes, diags);
        return new ParsedRows(rows, diags);
    }

    /** A 类 lost in front of "8 0505": take the class of a neighbouring row ending in 8, else the only class that does. */
    private static void resolveLostClasses(List<Row> rows, List<CodeReading> codes, List<Diagnostic> diags) {
        for (int i = 0; i < rows.size(); i++) {
            CodeReading c = codes.get(i);
            if (!c.classLost()) continue;
            char last = (char) ('0' + c.classLastDigit());
            String chosen = null, why = null;
            for (int d = 1; d < rows.size() && chosen == null; d++) {
                for (int j : new int[]{i - d, i + d}) {
                    if (j < 0 || j >= rows.size() || !codes.get(j).present()) continue;
                    String cls = codes.get(j).code().substring(0, 3);
                    if (cls.charAt(2) == last) { chosen = cls; why = "neighbouring row " + codes.get(j).code(); break; }
                }
            }
            if (chosen == null) {
                List<String> candidates = Classification.functionClasses().codes().stream().filter(k -> k.charAt(2) == last).toList();
                if (candidates.size() == 1) { chosen = candidates.get(0); why = "only class ending in " + last; }
            }
            Row row = rows.get(i);
            if (chosen == null) {
                diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "line " + row.line(), "function class of ?" + last + c.tail() + " could not be restored"));
                List<Repair> rep = new ArrayList<>(row.repairs());
                rep.add(new Repair(CODE_MISSING, "?" + last + c.tail(), row.label()));
                rows.set(i, new Row(row.key(), row.label(), row.cells(), rep, row.line()));
                continue;
            }
            CodeReading fixed = c.withClass(chosen, why);
            codes.set(i, fixed);
            rows.set(i, new Row(RowKey.functionCode(fixed.code()), row.label(), row.cells(), fixed.repairs(), row.line()));
        }
    }

    private static boolean isBlank(RawCell c) {
        return c.text() == null || c.text().isBlank();
    }
}
