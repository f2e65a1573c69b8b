package io.gongkai.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One recovered table.
 *
 * @param ref            unique reference within the document: {@code T01}, {@code T02}, … in reading order
 * @param templateId     the template this table was identified as (public id such as {@code expenditure}), or null
 * @param printedNumber  the table number exactly as printed (e.g. {@code 公开14老}), or null when none is printed
 * @param title          the title as printed (normalized)
 * @param unit           the unit its amounts are in (元, 万元, or {@link MoneyUnit#UNKNOWN}: then every amount is suspect)
 * @param unitSource     where the unit comes from: printed with the table, an identity, 万元 rounding, or nowhere
 * @param pages          source pages (empty for text input)
 * @param columns        value columns
 * @param rows           rows in source order
 * @param notes          footnotes printed under the table
 * @param identification why this template was chosen
 * @param checks         identities evaluated inside this table
 * @param diagnostics    problems found while reading this table
 * @param line           where the table starts in the source (text line, or 0)
 */
public record Table(String ref, String templateId, String printedNumber, String title, MoneyUnit unit, UnitSource unitSource,
                    List<Integer> pages, List<Column> columns, List<Row> rows, List<String> notes,
                    Identification identification, List<Check> checks, List<Diagnostic> diagnostics, int line) {

    public Table {
        java.util.Objects.requireNonNull(unit, "unit (MoneyUnit.UNKNOWN when not known)");
        java.util.Objects.requireNonNull(unitSource, "unitSource");
        pages = List.copyOf(pages);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        checks = List.copyOf(checks);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The first row with this key value (行次, code, {@code total}, or label id). */
    public Optional<Row> row(String key) {
        for (Row r : rows) if (r.key().value().equals(key)) return Optional.of(r);
        return Optional.empty();
    }

    public Optional<Cell> cell(String rowKey, String column) {
        return row(rowKey).flatMap(r -> r.cell(column));
    }

    public Optional<Column> column(String key) {
        for (Column c : columns) if (c.key().equals(key)) return Optional.of(c);
        return Optional.empty();
    }

    /**
     * The unit a cell of the column is in: the table's (元, 万元 or unknown) for a column of amounts (a column the table
     * does not list counts as one), none for a count (人数), a percentage or text.
     */
    public Optional<MoneyUnit> unitOf(String column) {
        Column.Kind kind = column(column).map(Column::kind).orElse(Column.Kind.MONEY);
        return kind == Column.Kind.MONEY ? Optional.of(unit) : Optional.empty();
    }

    /**
     * The unit a cell of the row and column is in: {@link #unitOf(String)}, and none for a row of counts ({@link
     * Row#countUnit}: 公务用车保有量(辆) printed in a 决算数 column of amounts is 10 vehicles, not 10 元).
     */
    public Optional<MoneyUnit> unitOf(Row row, String column) {
        return row.countUnit().isPresent() ? Optional.empty() : unitOf(column);
    }

    /** The number printed in 公开NN表, as two digits, when it can be read. */
    public Optional<String> number() {
        if (printedNumber == null) return Optional.empty();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})").matcher(printedNumber);
        return m.find() ? Optional.of(String.format("%02d", Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    /** All cells, counted by status. */
    public Map<CellStatus, Integer> statusCounts() {
        Map<CellStatus, Integer> counts = new LinkedHashMap<>();
        for (CellStatus s : CellStatus.values()) counts.put(s, 0);
        for (Row r : rows) for (Cell c : r.cells()) counts.merge(c.status(), 1, Integer::sum);
        return counts;
    }

    /**
     * The page a cell of this table is on: its box's, else (a cell without a box: text input, or a reading that lost it)
     * the table's first page; null when the table has no page. Every output gives this one.
     */
    public Integer pageOf(Cell c) {
        if (c.box() != null) return c.box().page();
        return pages().isEmpty() ? null : pages().get(0);
    }

    public Table withRows(List<Row> newRows) {
        return new Table(ref, templateId, printedNumber, title, unit, unitSource, pages, columns, newRows, notes,
                identification, checks, diagnostics, line);
    }

    public Table withChecks(List<Check> newChecks) {
        return new Table(ref, templateId, printedNumber, title, unit, unitSource, pages, columns, rows, notes,
                identification, newChecks, diagnostics, line);
    }

    /** This table with its unit decided (see {@link UnitSource}). */
    public Table withUnit(MoneyUnit newUnit, UnitSource source) {
        return new Table(ref, templateId, printedNumber, title, newUnit, source, pages, columns, rows, notes,
                identification, checks, diagnostics, line);
    }

    /** Whether the cell is an amount of money: a number in a money column (which needs the table's unit). */
    public boolean isAmount(Cell c) {
        return c.number() != null && column(c.column()).map(col -> col.kind() == Column.Kind.MONEY).orElse(false);
    }

    /** How many amounts of money the table holds (numbers in its money columns). */
    public int amountCount() {
        int n = 0;
        for (Row r : rows) for (Cell c : r.cells()) if (isAmount(c)) n++;
        return n;
    }

    /** Its unit is unknown and it holds amounts: they are flagged suspect, and cannot be put in 元. */
    public boolean unitUnknown() {
        return !unit.known() && amountCount() > 0;
    }

    public Table withDiagnostics(List<Diagnostic> more) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new Table(ref, templateId, printedNumber, title, unit, unitSource, pages, columns, rows, notes,
                identification, checks, all, line);
    }
}
