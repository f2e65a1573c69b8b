package io.gongkai.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recovered disclosure: its tables, with every identity that was checked.
 *
 * @param source      file name or other label of the input
 * @param sha256      hex SHA-256 of the input bytes
 * @param department  the publishing department (部门), as printed most often; null when not found
 * @param year        the fiscal year, null when not found
 * @param kind        final accounts or budget
 * @param unit        the unit most tables with amounts are in (ties: the first of them in reading order); only a
 *                    summary: each table has its own ({@link Table#unit()}), and {@link MoneyUnit#UNKNOWN} when none is known
 * @param tables      tables in reading order
 * @param checks      identities across tables
 * @param diagnostics problems with the input as a whole
 */
public record Document(String source, String sha256, String department, Integer year, DocumentKind kind,
                       MoneyUnit unit, List<Table> tables, List<Check> checks, List<Diagnostic> diagnostics) {

    public Document {
        tables = List.copyOf(tables);
        checks = List.copyOf(checks);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The first table identified as this template id. */
    public Optional<Table> table(String templateId) {
        return tables.stream().filter(t -> templateId.equals(t.templateId())).findFirst();
    }

    /** Every table identified as this template id, in reading order. */
    public List<Table> tables(String templateId) {
        return tables.stream().filter(t -> templateId.equals(t.templateId())).toList();
    }

    public Optional<Table> tableByRef(String ref) {
        return tables.stream().filter(t -> t.ref().equals(ref)).findFirst();
    }

    /**
     * Every cell by its reference, as {@link Table#cell} finds it (a key that repeats: its first row, first cell).
     * A new map on each call: callers that look cells up many times keep it.
     */
    public Map<CellRef, Cell> cellsByRef() {
        Map<CellRef, Cell> out = new java.util.HashMap<>();
        for (Table t : tables) {
            for (Row r : t.rows()) for (Cell c : r.cells()) out.putIfAbsent(new CellRef(t.ref(), r.key().value(), c.column()), c);
        }
        return out;
    }

    /** Every check, in-table and cross-table. */
    public List<Check> allChecks() {
        List<Check> all = new ArrayList<>();
        for (Table t : tables) all.addAll(t.checks());
        all.addAll(checks);
        return all;
    }

    public Map<CellStatus, Integer> statusCounts() {
        Map<CellStatus, Integer> counts = new LinkedHashMap<>();
        for (CellStatus s : CellStatus.values()) counts.put(s, 0);
        for (Table t : tables) t.statusCounts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
        return counts;
    }

    public Map<CheckStatus, Integer> checkCounts() {
        Map<CheckStatus, Integer> counts = new LinkedHashMap<>();
        for (CheckStatus s : CheckStatus.values()) counts.put(s, 0);
        for (Check c : allChecks()) counts.merge(c.status(), 1, Integer::sum);
        return counts;
    }

    /** This document with its tables' units decided: the tables, the document's summary unit, what was noted. */
    public Document withUnits(List<Table> newTables, MoneyUnit newUnit, List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new Document(source, sha256, department, year, kind, newUnit, newTables, checks, all);
    }

    public Document withTables(List<Table> newTables, List<Check> newChecks) {
        return new Document(source, sha256, department, year, kind, unit, newTables, newChecks, diagnostics);
    }
}
