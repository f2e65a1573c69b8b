package io.gongkai.view;

import io.gongkai.model.CellStatus;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The short account of a document a person reads first: tables by template, cells by status, checks by outcome,
 * failing checks, and what could not be read.
 *
 * <p>It also holds the one rule of what makes a document's reading short of whole ({@link #complete()}, exit code 1
 * of the command line): an identity failed, a table was not identified, a table's unit is unknown, a table could not
 * be read ({@link #unreadable()}), or an error among the document's or its tables' diagnostics (a damaged page left
 * out; a table identified on a page without rules, read by text alignment, and left out because the identities did not
 * confirm it; a column of amounts no template column reads).
 *
 * @param unreadable one line per table that could not be read: a table identified (by its title) of which no row
 *                   was read, or every identified table when not one figure of the document was read
 * @param errors     the diagnostics of severity error, the document's and its tables' (a damaged page of a PDF left out,
 *                   a truncated image, an identified table read by text alignment and not kept, a grid column of
 *                   amounts no template column reads)
 */
public record Summary(int tables, Map<String, Integer> templates, Map<CellStatus, Integer> cells,
                      Map<CheckStatus, Integer> checks, List<Check> failures, int unidentified, List<String> unknownUnits,
                      List<String> unreadable, int errors) {

    public static Summary of(Document doc) {
        Map<String, Integer> templates = new TreeMap<>();
        int unidentified = 0;
        for (Table t : doc.tables()) {
            if (t.templateId() == null) unidentified++;
            else templates.merge(t.templateId(), 1, Integer::sum);
        }
        List<Check> failures = doc.allChecks().stream().filter(c -> c.status() == CheckStatus.FAIL).toList();
        List<String> unknownUnits = doc.tables().stream().filter(Table::unitUnknown).map(Table::ref).toList();
        int errors = (int) java.util.stream.Stream.concat(doc.diagnostics().stream(), doc.tables().stream().flatMap(t -> t.diagnostics().stream()))
                .filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        return new Summary(doc.tables().size(), templates, doc.statusCounts(), doc.checkCounts(), failures, unidentified, unknownUnits,
                unreadable(doc), errors);
    }

    /**
     * The tables that could not be read, one line each: identified (by title or header) and no row read; or, when
     * tables were identified and not one figure was read from the whole document, each identified table (its figures
     * are dropped: a scan cut short, a layout the template does not know) but one whose note says it is empty.
     */
    static List<String> unreadable(Document doc) {
        List<String> out = new ArrayList<>();
        List<Table> identified = doc.tables().stream().filter(t -> t.templateId() != null).toList();
        for (Table t : identified) {
            // (a table whose note says it is empty — 本部门无…, 故本表为空表 — may print no row at all: it was read whole)
            if (t.rows().isEmpty() && !io.gongkai.template.Vocabulary.emptyAsNoted(t)) out.add(t.ref() + " (" + t.templateId() + "): identified by its title, but no row of it could be read; its figures are not in the output");
        }
        boolean anyFigure = doc.tables().stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.number() != null || c.status() == CellStatus.RECOVERED || c.status() == CellStatus.SUSPECT);
        if (!identified.isEmpty() && !anyFigure) {
            for (Table t : identified) {
                // (a table its note says is empty — 故本表为空表 — was read: it has nothing to show)
                if (!t.rows().isEmpty() && !io.gongkai.template.Vocabulary.emptyAsNoted(t)) {
                    out.add(t.ref() + " (" + t.templateId() + "): " + t.rows().size() + " rows read, but no figure in the whole document");
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether the document was read whole and checked: no identity failed, every table identified, every unit known,
     * every table read, no error (a damaged page), no cell left suspect. The command line exits 1 when a document is
     * not: a scan whose every amount was flagged suspect, its identities all undecided, exited 0 as if it were read.
     */
    public boolean complete() {
        return tables > 0 && checks.getOrDefault(CheckStatus.FAIL, 0) == 0 && unidentified == 0 && unknownUnits.isEmpty() && unreadable.isEmpty() && errors == 0
                && cells.getOrDefault(CellStatus.SUSPECT, 0) == 0;
    }

    /** A table's unit as the summary shows it: {@code 元}, {@code 万元 (identity)}, {@code unit unknown}, or blank (no amounts). */
    private static String unit(Table t) {
        if (t.unitUnknown()) return "unit unknown";
        if (!t.unit().known()) return "";
        return t.unit().label() + (t.unitSource().printed() ? "" : " (" + t.unitSource().kind().id() + ")");
    }

    /** The tables' warnings {@link #render} prints (after all their errors); the others it counts. */
    static final int TABLE_WARNINGS_SHOWN = 8;

    /** Human-readable text, as the CLI prints it. */
    public String render(Document doc) {
        StringBuilder b = new StringBuilder();
        b.append(doc.source()).append('\n');
        // tables in different units: each is named, never one for all (a newcomer's 三公 page in 万元 before an 经济分类
        // table in 元 read "unit 万元" for the file)
        List<String> units = doc.tables().stream().filter(t -> t.unit().known()).map(t -> t.unit().label()).distinct().toList();
        String unit = units.size() > 1 ? "units " + String.join(" and ", units) + " (each table's below)" : "unit " + doc.unit().label();
        // (not found: said in words, not as Java's "null" — a newcomer's line for an unreadable fax)
        b.append(String.format(Locale.ROOT, "  department %s, year %s, %s, %s%n", doc.department() == null ? "not found" : doc.department(),
                doc.year() == null ? "not found" : doc.year(),
                // (a bare "unknown" after "year not found" read as the year's: a newcomer's summary of a scan)
                doc.kind() == io.gongkai.model.DocumentKind.UNKNOWN ? "kind not found (预算 or 决算)" : doc.kind().id(), unit));
        // a table identified and not read is neither: the line says so (a newcomer read "(0 unidentified)" over a
        // blurred 三公 table taken for another and left with no row)
        b.append(String.format(Locale.ROOT, "  tables %d (%d unidentified%s)%n", tables, unidentified, unreadable.isEmpty() ? "" : ", " + unreadable.size() + " not read"));
        for (Table tb : doc.tables()) {
            b.append(String.format(Locale.ROOT, "    %s %-10s %-36s rows %3d  %s%n", tb.ref(), tb.printedNumber() == null ? "-" : tb.printedNumber(),
                    tb.templateId() == null ? "(unidentified)" : tb.templateId(), tb.rows().size(), unit(tb)));
        }
        b.append("  cells");
        cells.forEach((s, v) -> b.append(' ').append(s.id()).append(' ').append(v));
        // a cell's status is how it was read; an identity may contradict one read ok: flagged all the same
        long contradicted = doc.tables().stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.cells().stream())
                .filter(c -> c.verdict() == io.gongkai.model.Verdict.CONTRADICTED).count();
        if (contradicted > 0) b.append("; contradicted by an identity ").append(contradicted).append(" (of any status: flagged)");
        b.append('\n').append("  checks");
        checks.forEach((s, v) -> b.append(' ').append(s.id()).append(' ').append(v));
        b.append('\n');
        for (Check f : failures) {
            // a failure over a value known only as a range (a figure cut short) has no single difference
            b.append(String.format(Locale.ROOT, "  FAIL %s: %s (%s)%n", f.identity(), f.description(),
                    f.difference() != null ? "difference " + f.difference().toPlainString()
                            : "no value within the printed digits' range adds up" + (f.expected() != null ? "; expected " + f.expected().toPlainString() : "")));
        }
        for (String u : unreadable) b.append("  warning: a table could not be read: ").append(u).append('\n');
        for (Diagnostic d : doc.diagnostics()) b.append("  ").append(d.severity().id()).append(": ").append(d.message()).append('\n');
        // the tables' own warnings (a column of amounts no template column reads, a row without a label): the first
        // few, the rest counted — each is in the JSON output and the review page
        // (one the document repeats is said once; one that does not name its table is prefixed with it)
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Diagnostic d : doc.diagnostics()) said.add(d.message());
        // every error (printed amounts left out), then the first few warnings
        List<String> errors = new ArrayList<>(), warnings = new ArrayList<>();
        for (Table t : doc.tables()) {
            for (Diagnostic d : t.diagnostics()) {
                if (d.severity() == Diagnostic.Severity.INFO || !said.add(d.message())) continue;
                String line = d.severity().id() + ": " + (d.message().contains(t.ref()) ? "" : t.ref() + ": ") + d.message();
                (d.severity() == Diagnostic.Severity.ERROR ? errors : warnings).add(line);
            }
        }
        for (String e : errors) b.append("  ").append(e).append('\n');
        for (String w : warnings.subList(0, Math.min(TABLE_WARNINGS_SHOWN, warnings.size()))) b.append("  ").append(w).append('\n');
        if (warnings.size() > TABLE_WARNINGS_SHOWN) {
            b.append(String.format(Locale.ROOT, "  … and %d more warnings of the tables (in the JSON output's tables[].diagnostics)%n", warnings.size() - TABLE_WARNINGS_SHOWN));
        }
        return b.toString();
    }
}
