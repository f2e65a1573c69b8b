package io.gongkai.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.model.Table;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The short account of a document a person reads first: tables by template, cells by status, checks by outcome,
 * failing checks.
 */
public record Summary(int tables, Map<String, Integer> templates, Map<CellStatus, Integer> cells,
                      Map<CheckStatus, Integer> checks, List<Check> failures, int unidentified, List<String> unknownUnits) {

    public static Summary of(Document doc) {
        Map<String, Integer> templates = new TreeMap<>();
        int unidentified = 0;
        for (Table t : doc.tables()) {
            if (t.templateId() == null) unidentified++;
            else templates.merge(t.templateId(), 1, Integer::sum);
        }
        List<Check> failures = doc.allChecks().stream().filter(c -> c.status() == CheckStatus.FAIL).toList();
        List<String> unknownUnits = doc.tables().stream().filter(Table::unitUnknown).map(Table::ref).toList();
        return new Summary(doc.tables().size(), templates, doc.statusCounts(), doc.checkCounts(), failures, unidentified, unknownUnits);
    }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode n = json.createObjectNode();
        n.put("tables", tables);
        n.put("unidentified_tables", unidentified);
        n.put("unknown_unit_tables", unknownUnits.size());
        ObjectNode t = n.putObject("templates");
        templates.forEach(t::put);
        ObjectNode c = n.putObject("cells");
        cells.forEach((k, v) -> c.put(k.id(), v));
        ObjectNode k = n.putObject("checks");
        checks.forEach((s, v) -> k.put(s.id(), v));
        return n;
    }

    /** A table's unit as the summary shows it: {@code 元}, {@code 万元 (identity)}, {@code unit unknown}, or blank (no amounts). */
    private static String unit(Table t) {
        if (t.unitUnknown()) return "unit unknown";
        if (!t.unit().known()) return "";
        return t.unit().label() + (t.unitSource().printed() ? "" : " (" + t.unitSource().kind().id() + ")");
    }

    /** Human-readable text, as the CLI prints it. */
    public String render(Document doc) {
        StringBuilder b = new StringBuilder();
        b.append(doc.source()).append('\n');
        b.append(String.format(Locale.ROOT, "  department %s, year %s, %s, unit %s%n", doc.department(), doc.year(), doc.kind().id(), doc.unit().label()));
        b.append(String.format(Locale.ROOT, "  tables %d (%d unidentified)%n", tables, unidentified));
        for (Table tb : doc.tables()) {
            b.append(String.format(Locale.ROOT, "    %s %-10s %-36s rows %3d  %s%n", tb.ref(), tb.printedNumber() == null ? "-" : tb.printedNumber(),
                    tb.templateId() == null ? "(unidentified)" : tb.templateId(), tb.rows().size(), unit(tb)));
        }
        b.append("  cells");
        cells.forEach((s, v) -> b.append(' ').append(s.id()).append(' ').append(v));
        b.append('\n').append("  checks");
        checks.forEach((s, v) -> b.append(' ').append(s.id()).append(' ').append(v));
        b.append('\n');
        for (Check f : failures) {
            // a failure over a value known only as a range (a figure cut short) has no single difference
            b.append(String.format(Locale.ROOT, "  FAIL %s: %s (%s)%n", f.identity(), f.description(),
                    f.difference() != null ? "difference " + f.difference().toPlainString()
                            : "no value within the printed digits' range adds up" + (f.expected() != null ? "; expected " + f.expected().toPlainString() : "")));
        }
        for (Diagnostic d : doc.diagnostics()) b.append("  ").append(d.severity().id()).append(": ").append(d.message()).append('\n');
        return b.toString();
    }
}
