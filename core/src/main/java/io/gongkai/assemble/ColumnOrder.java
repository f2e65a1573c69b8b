package io.gongkai.assemble;

import io.gongkai.model.Box;
import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Columns of amounts read by the headers printed over them, where a grid prints them in another order than its
 * template: an economic table printed 人员经费 | 公用经费 | 合计 (合计 last) was read by position into 合计 | 人员经费 |
 * 公用经费, every figure a column off and only the sums failing to say so; a 收入预算表 printing 合计 last had its 财政拨款
 * column read as 其他收入 (a newcomer's Writer and Chromium prints of real budgets: about 250 amounts).
 *
 * <p>The rows are parsed by position first; then each grid column whose cells were read into amounts is named by its
 * header: the lowest header cell over it that holds Chinese words (its leaf: 人员经费 under 基本支出), matched with the
 * leaf of a template column's path ({@link HeaderNames#leafNames}). The cells are moved only when every such grid
 * column names one template column of amounts, no two the same, and some column was read under another: otherwise the
 * reading stands (and {@link UnmappedColumns} flags what its headers do not name). A cell without a place on the page
 * (text input) cannot be told its column, and the rows are left as read. Pure and thread-safe.
 */
final class ColumnOrder {
    private ColumnOrder() {
    }

    /**
     * The rows, their amounts in the columns their headers name (the rows as given when the reading by position
     * stands); a note of the order printed added to {@code sink} when they were moved.
     */
    static List<Row> rows(String ref, RawBlock block, Template template, List<Row> rows, List<Diagnostic> sink) {
        Map<Box, Integer> columnOf = columnOf(block, rows);
        Map<Integer, String> moves = moves(block, template, rows, columnOf);
        if (moves.isEmpty()) return rows;
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Map<String, Cell> byKey = new LinkedHashMap<>();
            for (Cell c : r.cells()) byKey.put(c.column(), c);
            Map<String, Cell> moved = new HashMap<>();
            for (Cell c : r.cells()) {
                Integer k = c.box() == null ? null : columnOf.get(c.box());
                String to = k == null ? null : moves.get(k);
                if (to == null) continue;
                byKey.remove(c.column());
                moved.put(to, c.withColumn(to));
            }
            List<Cell> cells = new ArrayList<>();
            for (TemplateColumn col : template.columns()) {
                Cell c = moved.containsKey(col.key()) ? moved.get(col.key()) : byKey.get(col.key());
                if (c == null && col.kind() == Column.Kind.MONEY && byKey.size() + moved.size() > 0) c = CellReader.absent(col.key());
                if (c != null) cells.add(c);
            }
            out.add(r.withCells(cells));
        }
        List<String> printed = new ArrayList<>();
        new TreeMap<>(moves).values().forEach(key -> printed.add(label(template, key)));
        sink.add(new Diagnostic(Diagnostic.Severity.INFO, ref, ref + ": columns of amounts printed in another order than template "
                + template.key() + "'s (" + String.join(" | ", printed) + "): each read by the header printed over it"));
        return out;
    }

    /**
     * Grid column → the template column its header names, for every grid column read into amounts, when they differ from
     * the positional reading somewhere; empty when the reading by position stands.
     *
     * @param columnOf each data cell's place on the page → its grid column ({@link #columnOf})
     */
    private static Map<Integer, String> moves(RawBlock block, Template template, List<Row> rows, Map<Box, Integer> columnOf) {
        List<RawRow> raw = block.rows();
        int firstData = HeaderNames.firstData(raw, rows);
        if (firstData == 0) return Map.of(); // no header printed over the grid
        List<RawRow> headerRows = raw.subList(0, firstData);
        Map<String, TemplateColumn> byKey = new HashMap<>();
        for (TemplateColumn c : template.columns()) byKey.put(c.key(), c);
        // grid column → the template column its cells were read into (one only, or the reading is not positional)
        Map<Integer, String> readAs = new TreeMap<>();
        for (Row r : rows) for (Cell c : r.cells()) {
            TemplateColumn col = byKey.get(c.column());
            Integer k = c.box() == null ? null : columnOf.get(c.box());
            if (col == null || col.kind() != Column.Kind.MONEY || k == null) continue;
            String before = readAs.putIfAbsent(k, c.column());
            if (before != null && !before.equals(c.column())) return Map.of();
        }
        if (readAs.size() < 2) return Map.of();
        List<TemplateColumn> money = template.columns().stream().filter(c -> c.kind() == Column.Kind.MONEY).toList();
        Map<Integer, String> named = new TreeMap<>();
        for (int k : readAs.keySet()) {
            String key = HeaderNames.leafNames(headerRows, k, money);
            if (key == null || named.containsValue(key)) return Map.of();
            named.put(k, key);
        }
        return named.equals(readAs) ? Map.of() : named;
    }

    /** Each data cell's place on the page → the grid column it stands in. */
    private static Map<Box, Integer> columnOf(RawBlock block, List<Row> rows) {
        List<RawRow> raw = block.rows();
        Map<Box, Integer> out = new HashMap<>();
        for (int i = HeaderNames.firstData(raw, rows); i < raw.size(); i++) {
            List<RawCell> cells = raw.get(i).cells();
            for (int k = 0; k < cells.size(); k++) if (cells.get(k).box() != null) out.putIfAbsent(cells.get(k).box(), k);
        }
        return out;
    }

    private static String label(Template template, String key) {
        for (TemplateColumn c : template.columns()) if (c.key().equals(key)) return c.toColumn().label();
        return key;
    }
}
