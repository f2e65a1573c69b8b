package io.gongkai.dataset;

import io.gongkai.model.Cell;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A document's rows in the dataset: one of {@link Relation#DOCUMENTS}, and its {@link Relation#TABLES},
 * {@link Relation#CELLS} and {@link Relation#CHECKS}, each row a list of values in its relation's column order (see
 * {@link Relation#row}). Every writer of the dataset (DuckDB, Spark) takes its rows from here.
 *
 * @param document the documents row
 * @param tables   a row per table, in reading order
 * @param cells    a row per cell, table by table, row by row
 * @param checks   a row per identity: each table's, then those across tables
 * @since 0.1.0
 */
public record DocumentRows(List<Object> document, List<List<Object>> tables, List<List<Object>> cells, List<List<Object>> checks) {
    public DocumentRows {
        tables = List.copyOf(tables);
        cells = List.copyOf(cells);
        checks = List.copyOf(checks);
    }

    /** The rows of one relation (one for documents, none for failures). */
    public List<List<Object>> rows(Relation relation) {
        return switch (relation) {
            case DOCUMENTS -> List.of(document);
            case TABLES -> tables;
            case CELLS -> cells;
            case CHECKS -> checks;
            case FAILURES -> List.of();
        };
    }

    /**
     * A document's rows. Safe to call from any thread.
     *
     * @param doc         the document, as {@code Gongkai.extract} returns it
     * @param path        where it was read from (a path or a URI)
     * @param extractedAt when it was read (NULL: the writer sets it when it commits)
     * @throws IllegalArgumentException when a value does not fit its column (an amount of more than 38 digits)
     */
    public static DocumentRows of(Document doc, String path, LocalDateTime extractedAt) {
        String sha = doc.sha256(), kind = doc.kind().id();
        Integer year = doc.year();
        List<List<Object>> tables = new ArrayList<>(), cells = new ArrayList<>(), checks = new ArrayList<>();
        for (Table t : doc.tables()) {
            String unit = unit(t.unit());
            tables.add(Relation.TABLES.row(sha, t.ref(), t.templateId(), t.identification().variant(), t.printedNumber(), t.title(), unit,
                    t.pages().stream().map(String::valueOf).collect(Collectors.joining(",")), t.unitSource().kind().id(), kind, year));
            Map<String, String> labels = new HashMap<>();
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    String label = labels.computeIfAbsent(c.column(), k -> t.column(k).map(Column::label).orElse(k));
                    cells.add(Relation.CELLS.row(sha, doc.department(), year, kind, t.ref(), t.templateId(), r.key().value(), r.label(), c.column(), label,
                            c.number(), c.text(), c.raw(), unit, c.status().id(), c.verdict().id(),
                            t.pageOf(c)));
                }
            }
            for (Check c : t.checks()) checks.add(check(sha, t.ref(), c, kind, year));
        }
        for (Check c : doc.checks()) checks.add(check(sha, null, c, kind, year));
        List<Check> all = doc.allChecks();
        List<Object> document = Relation.DOCUMENTS.row(sha, doc.source(), path, doc.department(), year, kind, unit(doc.unit()), doc.tables().size(), cells.size(),
                (int) all.stream().filter(c -> c.status().holds()).count(), (int) all.stream().filter(c -> c.status() == CheckStatus.FAIL).count(), extractedAt);
        return new DocumentRows(document, tables, cells, checks);
    }

    private static List<Object> check(String sha, String table, Check c, String kind, Integer year) {
        return Relation.CHECKS.row(sha, table, c.identity(), c.status().id(), c.expected(), c.actual(), c.difference(), c.description(), kind, year);
    }

    /** 元 or 万元; NULL when unknown (the table's amounts are then suspect: see tables.unit_source). */
    private static String unit(MoneyUnit unit) {
        return unit.known() ? unit.label() : null;
    }
}
