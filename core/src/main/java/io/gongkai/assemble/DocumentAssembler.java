package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.TemplateCatalog;
import io.gongkai.unit.TableUnits;
import io.gongkai.validate.IdentityEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a checked {@link Document} from the blocks an extractor found: assembles each table, restores function codes
 * lost in one table from the same row in another, decides each table's unit ({@link TableUnits}), then validates the
 * whole document. Thread-safe.
 */
public final class DocumentAssembler {
    private final TableAssembler tables;
    private final IdentityEngine identities;
    private final TableUnits units;

    public DocumentAssembler(TemplateCatalog catalog) {
        this.tables = new TableAssembler(catalog);
        this.identities = new IdentityEngine(catalog);
        this.units = new TableUnits(catalog, identities);
    }

    public Document assemble(String source, String sha256, List<RawBlock> blocks, List<Diagnostic> inputDiagnostics) {
        return assemble(source, sha256, blocks, inputDiagnostics, io.gongkai.budget.Budget.Deadline.NONE);
    }

    /**
     * As {@link #assemble(String, String, List, List)}, within a document's budget: its time checked before each table
     * is matched to a template and assembled, and before units and identities are decided.
     *
     * @throws io.gongkai.error.BudgetExceededException when the document's time is spent
     */
    public Document assemble(String source, String sha256, List<RawBlock> blocks, List<Diagnostic> inputDiagnostics, io.gongkai.budget.Budget.Deadline deadline) {
        return assemble(source, sha256, blocks, List.of(), inputDiagnostics, deadline);
    }

    /**
     * As {@link #assemble(String, String, List, List, io.gongkai.budget.Budget.Deadline)}, with the text lines printed before
     * the first table ({@code frontMatter}: a cover, a contents page), where a document that prints its department on
     * no table names it.
     */
    public Document assemble(String source, String sha256, List<RawBlock> blocks, List<String> frontMatter, List<Diagnostic> inputDiagnostics,
                             io.gongkai.budget.Budget.Deadline deadline) {
        deadline.check("finding the department and year");
        // each table's title as its table will have it (a text input's title line is a header line: its year and 预算 were not seen)
        DocumentFacts facts = DocumentFacts.of(blocks.stream().map(tables::titled).toList(), frontMatter);
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String ref = String.format("T%02d", i + 1);
            deadline.check("template matching and assembly of " + ref);
            out.add(tables.assemble(blocks.get(i), ref, facts.kind()));
        }
        deadline.check("codes, units and identities");
        out = restoreCodes(out);
        List<Diagnostic> diags = new ArrayList<>(inputDiagnostics);
        if (out.isEmpty()) diags.add(new Diagnostic(Diagnostic.Severity.ERROR, "document", "no tables found"));
        else if (facts.department() == null || facts.year() == null) diags.add(unnamed(facts));
        String department = facts.department();
        java.util.Optional<io.gongkai.division.Divisions.Correction> place = io.gongkai.division.Divisions.china().correct(department);
        if (place.isPresent()) {
            department = place.get().corrected();
            diags.add(misreadPlace(place.get()));
        }
        diags.addAll(strangers(blocks, department, facts.year()));
        Diagnostic unconfirmed = unconfirmed(blocks, department, facts.year());
        if (unconfirmed != null) diags.add(unconfirmed);
        DocumentKind kind = facts.kind();
        Document doc = new Document(source, sha256, department, facts.year(), kind, MoneyUnit.UNKNOWN, out, List.of(), diags);
        // each table's unit from what it prints, else from identities with tables of known unit, else unknown and flagged
        doc = units.decide(doc);
        deadline.check("identities");
        // each cell's verdict decided once, on the final statuses, and stored on it
        return io.gongkai.validate.Verification.decide(TableUnits.flagUnknown(identities.validate(doc)));
    }

    /**
     * The warning that the document's department or year was not found, so that a null in the output is explained
     * (a newcomer's curled scan came out "department null" with no word why): where {@link DocumentFacts} looks, and
     * that on a scan the line may be printed and not legible.
     */
    static Diagnostic unnamed(DocumentFacts facts) {
        String what = facts.department() == null && facts.year() == null ? "department and year" : facts.department() == null ? "department" : "year";
        return new Diagnostic(Diagnostic.Severity.WARNING, "document", what + " not found: no table's 部门/编制单位 line, title or banner, "
                + "no sign-off and no cover names the " + what + " (none printed, or none legible on a scan)");
    }

    /**
     * The warning that a scanned document's year or department rests on one OCR reading: on a scan (its blocks read by
     * OCR, some cell's confidence under 1) no two tables name it alike (the year in a title or a banner in it, the
     * department in a 编制部门/编制单位 line, its place put right), so nothing confirms the characters. A 4 whose diagonal a
     * fax or a 1-bit copy broke reads 1 ({@link io.gongkai.normalize.DigitConfusion}), a character reads as one like it,
     * a seal's stroke as one more: newcomers' scans came out year 2021 for a fax of a 2024 budget (one title; the 三公
     * table's printed no year), department 上海市普陀区南法局 for a fax of 司法局's, 上海市普陀区人民政府万里街道办事处海 where a
     * seal's ring crossed the line, each with no word. Null when both were found and confirmed, or read from a text
     * layer; what was not found at all is {@link #unnamed}'s to say.
     */
    static Diagnostic unconfirmed(List<RawBlock> blocks, String department, Integer year) {
        if (blocks.stream().noneMatch(DocumentAssembler::readByOcr)) return null;
        long titles = year == null ? 2 : blocks.stream().filter(b -> year.equals(DocumentFacts.ofTable(b).year())).count();
        long lines = department == null ? 2 : blocks.stream().filter(b -> department.equals(placeRight(DocumentFacts.ofTable(b).department()))).count();
        String y = "year " + year + " read by OCR from " + (titles == 1 ? "one table's title" : "the page's text");
        String d = "department " + department + " read by OCR from " + (lines == 1 ? "one table's 编制部门 line" : "the page's text");
        String message = titles < 2 && lines < 2
                ? y + ", " + d + ", neither confirmed by another table: on a scan a digit that lost strokes reads as another (a 4 as 1), "
                  + "a character as one like it; check the year and the name against the page"
                : titles < 2 ? y + " and confirmed by no other table: on a scan a digit that lost strokes reads as another (a 4 as 1); check the year against the page"
                : lines < 2 ? d + " and confirmed by no other table: on a scan a character reads as one like it, or a seal's stroke as one more; check the name against the page"
                : null;
        return message == null ? null : new Diagnostic(Diagnostic.Severity.WARNING, "document", message);
    }

    /** A department's name with its place put right ({@link io.gongkai.division.Divisions}), or null. */
    private static String placeRight(String department) {
        return department == null ? null : io.gongkai.division.Divisions.china().correct(department).map(io.gongkai.division.Divisions.Correction::corrected).orElse(department);
    }

    /** Whether a block was read by OCR: some cell of it read with confidence under 1 (a text layer's cells are certain). */
    private static boolean readByOcr(RawBlock block) {
        for (io.gongkai.raw.RawRow r : block.rows()) for (io.gongkai.raw.RawCell c : r.cells()) if (c.confidence() < 1.0) return true;
        return false;
    }

    /**
     * The warnings that tables name another department or year than the document's (which is one per document, by
     * majority): two documents in one file (a newcomer's A3 scan of two budgets' pages side by side came out under one
     * department and year with no word), or a name misread where a table prints it. A department counts as another
     * when it is neither the document's nor the start of it or it of the document's (a wrapped cell), after its place is
     * put right ({@link io.gongkai.division.Divisions}); a year, when a table's title names it ({@link DocumentFacts#ofTable}).
     */
    static List<Diagnostic> strangers(List<RawBlock> blocks, String department, Integer year) {
        Map<String, List<String>> departments = new java.util.LinkedHashMap<>();
        Map<Integer, List<String>> years = new java.util.LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            String ref = String.format("T%02d", i + 1);
            DocumentFacts own = DocumentFacts.ofTable(blocks.get(i));
            String d = own.department();
            d = placeRight(d);
            if (d != null && department != null && !department.startsWith(d) && !d.startsWith(department))
                departments.computeIfAbsent(d, k -> new ArrayList<>()).add(ref);
            if (own.year() != null && year != null && !own.year().equals(year)) years.computeIfAbsent(own.year(), k -> new ArrayList<>()).add(ref);
        }
        List<Diagnostic> out = new ArrayList<>();
        if (!departments.isEmpty()) {
            StringBuilder b = new StringBuilder("tables name another department than the document's (" + department + "): ");
            departments.forEach((d, refs) -> b.append(d).append(" (").append(String.join(", ", refs)).append("); "));
            out.add(new Diagnostic(Diagnostic.Severity.WARNING, "document", b + "two documents in one file, or the name misread where they print it"));
        }
        if (!years.isEmpty()) {
            StringBuilder b = new StringBuilder("tables' titles name another year than the document's (" + year + "): ");
            years.forEach((y, refs) -> b.append(y).append(" (").append(String.join(", ", refs)).append("); "));
            out.add(new Diagnostic(Diagnostic.Severity.WARNING, "document", b + "two documents in one file, or the year misread where they print it"));
        }
        return out;
    }

    /**
     * The warning that the department's name was put right: the place it begins with holds no division of the name read,
     * and one of its divisions is one character away (上海市善陀区司法局 → 上海市普陀区司法局; {@link io.gongkai.division.Divisions}).
     */
    static Diagnostic misreadPlace(io.gongkai.division.Divisions.Correction c) {
        StringBuilder b = new StringBuilder("department read " + c.read() + ": ");
        for (io.gongkai.division.Divisions.Fix f : c.fixes())
            b.append(f.parent()).append(" has no ").append(f.misread()).append(", and ").append(f.division()).append(" is one character away; ");
        return new Diagnostic(Diagnostic.Severity.WARNING, "document", b + "taken as " + c.corrected() + " (misread on a scan, or misprinted)");
    }

    /**
     * A row whose function code OCR lost entirely keeps its label; another table of the document usually prints the
     * same label with its code. Among such codes, the one that fits between the row's coded neighbours is taken.
     */
    private static List<Table> restoreCodes(List<Table> tables) {
        Map<String, List<String>> codesByLabel = new HashMap<>();
        for (Table t : tables) {
            for (Row r : t.rows()) {
                if (r.key().kind() == RowKey.Kind.FUNCTION_CODE) {
                    List<String> codes = codesByLabel.computeIfAbsent(TextNormalizer.canonical(r.label()), k -> new ArrayList<>());
                    if (!codes.contains(r.key().value())) codes.add(r.key().value());
                }
            }
        }
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            boolean any = t.rows().stream().anyMatch(DocumentAssembler::codeMissing);
            if (!any) { out.add(t); continue; }
            List<Row> rows = new ArrayList<>(t.rows());
            List<Diagnostic> diags = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                if (!codeMissing(r)) continue;
                String prev = neighbour(rows, i, -1), next = neighbour(rows, i, 1);
                List<String> fits = codesByLabel.getOrDefault(TextNormalizer.canonical(r.label()), List.of()).stream()
                        .filter(c -> (prev == null || c.compareTo(prev) > 0) && (next == null || c.compareTo(next) < 0)).toList();
                if (fits.size() != 1) {
                    diags.add(new Diagnostic(Diagnostic.Severity.WARNING, t.ref() + " line " + r.line(),
                            "function code of '" + r.label() + "' is missing and " + (fits.isEmpty() ? "no other table prints it" : "is ambiguous " + fits)));
                    continue;
                }
                List<Repair> repairs = new ArrayList<>(r.repairs());
                repairs.removeIf(x -> x.kind().equals(CodedRowParser.CODE_MISSING));
                repairs.add(new Repair(RepairKind.CODE_FROM_OTHER_TABLE, r.label(), fits.get(0)));
                rows.set(i, new Row(RowKey.functionCode(fits.get(0)), r.label(), r.cells(), repairs, r.line()));
            }
            out.add(t.withRows(rows).withDiagnostics(diags));
        }
        return out;
    }

    private static boolean codeMissing(Row r) {
        return r.repairs().stream().anyMatch(x -> x.kind().equals(CodedRowParser.CODE_MISSING));
    }

    private static String neighbour(List<Row> rows, int i, int step) {
        for (int j = i + step; j >= 0 && j < rows.size(); j += step) {
            if (rows.get(j).key().kind() == RowKey.Kind.FUNCTION_CODE) return rows.get(j).key().value();
        }
        return null;
    }
}
