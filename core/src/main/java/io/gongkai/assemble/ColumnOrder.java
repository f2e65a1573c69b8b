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
        Map<Integer, RawRow> rawByLine = new HashMap<>();
        for (RawRow raw : block.rows()) rawByLine.putIfAbsent(raw.line(), raw);
        Map<String, Column.Kind> kinds = new HashMap<>();
        for (TemplateColumn col : template.columns()) kinds.put(col.key(), col.kind());
        // (a table printing no figure, an empty 政府性基金 table, has no column whose figure could be invented)
        boolean figures = rows.stream().anyMatch(r -> r.cells().stream().anyMatch(c -> c.number() != null));
        java.util.Set<String> headed = figures ? printedColumns(block, template, rows, columnOf) : null;
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Map<String, Cell> byKey = new LinkedHashMap<>();
            for (Cell c : r.cells()) byKey.put(c.column(), c);
            Map<String, Cell> moved = new HashMap<>();
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (Cell c : r.cells()) {
                Integer k = c.box() == null ? null : columnOf.get(c.box());
                if (k != null) seen.add(k);
                String to = k == null ? null : moves.get(k);
                if (to == null) continue;
                byKey.remove(c.column());
                if (!to.equals(LEFT_OUT)) moved.put(to, c.withColumn(to));
            }
            // a column the reading by position had no place for (a grid wider than its template): read from the row's line
            RawRow raw = rawByLine.get(r.line());
            for (Map.Entry<Integer, String> m : moves.entrySet()) {
                int k = m.getKey();
                String to = m.getValue();
                if (to.equals(LEFT_OUT) || seen.contains(k) || moved.containsKey(to) || raw == null || k >= raw.cells().size()) continue;
                moved.put(to, CellReader.read(raw.cells().get(k), to, kinds.get(to)));
            }
            List<Cell> cells = new ArrayList<>();
            for (TemplateColumn col : template.columns()) {
                Cell c = moved.containsKey(col.key()) ? moved.get(col.key()) : byKey.get(col.key());
                if (c == null && col.kind() == Column.Kind.MONEY && byKey.size() + moved.size() > 0) {
                    // a column no header names is not printed: no value is to be found for it (a 公开05表 printing 人员经费 and
                    // 公用经费 without their 小计 had the 小计 recovered from them, status recovered, a figure the table never printed)
                    c = headed == null || headed.contains(col.key()) ? CellReader.absent(col.key()) : notPrinted(col.key());
                }
                if (c != null) cells.add(c);
            }
            out.add(r.withCells(cells));
        }
        List<String> printed = new ArrayList<>();
        new TreeMap<>(moves).values().forEach(key -> printed.add(key.equals(LEFT_OUT) ? "(left out)" : label(template, key)));
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
        // grid column → the template column most of its cells were read into (at least two in three of them, or the
        // reading is not positional): a few rows read otherwise are rows whose name the grid cut into a column of its own
        // (the same long name in two rows, its strokes taken for a rule: 其他 | 会保险 | 和就业支出, its figures read one
        // column further left than the rest), and every cell goes where its grid column's header says
        Map<Integer, Map<String, Integer>> readings = new TreeMap<>();
        java.util.Set<Integer> printing = new java.util.HashSet<>();
        for (Row r : rows) for (Cell c : r.cells()) {
            TemplateColumn col = byKey.get(c.column());
            Integer k = c.box() == null ? null : columnOf.get(c.box());
            if (col == null || col.kind() != Column.Kind.MONEY || k == null) continue;
            readings.computeIfAbsent(k, x -> new HashMap<>()).merge(c.column(), 1, Integer::sum);
            if (c.number() != null && c.raw() != null && !c.raw().isBlank()) printing.add(k);
        }
        Map<Integer, String> readAs = new TreeMap<>();
        boolean mixed = false;
        for (var e : readings.entrySet()) {
            int all = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            var most = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (3 * most.getValue() < 2 * all) return Map.of();
            mixed |= most.getValue() < all;
            readAs.put(e.getKey(), most.getKey());
        }
        if (readAs.size() < 2) return Map.of();
        List<TemplateColumn> money = template.columns().stream().filter(c -> c.kind() == Column.Kind.MONEY).toList();
        Map<Integer, String> wider = template.layout() == io.gongkai.template.Layout.CODED ? byHeadersOfAWiderGrid(headerRows, readAs, money) : null;
        if (wider != null) return wider;
        Map<Integer, String> named = new TreeMap<>();
        for (int k : readAs.keySet()) {
            // (a grid column with no header and no figure in it, a rule found in the names' column, holds no column's figures)
            if (!printing.contains(k) && HeaderNames.leaf(headerRows, k).isEmpty()) {
                named.put(k, LEFT_OUT);
                continue;
            }
            String key = HeaderNames.leafNames(headerRows, k, money);
            if (key == null || named.containsValue(key)) return Map.of();
            named.put(k, key);
        }
        if (named.values().stream().allMatch(LEFT_OUT::equals)) return Map.of();
        return named.equals(readAs) && !mixed ? Map.of() : named;
    }

    /**
     * The template's columns of amounts the table's headers name, from its first column of amounts on (blank ones too:
     * an empty table's 本年收入 is printed); null when no header is printed over the grid.
     */
    private static java.util.Set<String> printedColumns(RawBlock block, Template template, List<Row> rows, Map<Box, Integer> columnOf) {
        List<RawRow> raw = block.rows();
        int firstData = HeaderNames.firstData(raw, rows);
        if (firstData == 0) return null;
        List<RawRow> headerRows = raw.subList(0, firstData);
        List<TemplateColumn> money = template.columns().stream().filter(c -> c.kind() == Column.Kind.MONEY).toList();
        int first = columnOf.values().stream().mapToInt(Integer::intValue).min().orElse(-1), last = first;
        if (first < 0) return null;
        for (RawRow r : headerRows) last = Math.max(last, r.cells().size() - 1);
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int k = first; k <= last; k++) {
            if (HeaderNames.leaf(headerRows, k).isEmpty()) continue;
            String key = HeaderNames.leafNames(headerRows, k, money);
            if (key != null) out.add(key);
        }
        return out;
    }

    /** A cell of a template column the table does not print ({@link io.gongkai.model.RepairKind#NOT_PRINTED}). */
    private static Cell notPrinted(String column) {
        return new Cell(column, null, "", "", io.gongkai.model.CellStatus.EMPTY, 1, null,
                List.of(new io.gongkai.model.Repair(io.gongkai.model.RepairKind.NOT_PRINTED, "", "no header of the table names this column")));
    }

    /** What {@link #moves} gives a grid column whose amounts no template column reads: its cells are left out. */
    static final String LEFT_OUT = "";

    /**
     * For a table of coded rows (a code and name, then its amounts: {@link io.gongkai.template.Layout#CODED}) whose
     * grid's header heads more columns from its first column of amounts on than the template has columns of amounts: each column read by its header, one whose header names no template column left out ({@link #LEFT_OUT};
     * {@link UnmappedColumns} reports it if it prints amounts) — by position, a column the template lacks pushed every
     * column after it one off. A newcomer's Chromium print of a real 收入预算总表 that prints 财政拨款收入 as a group over
     * 一般公共预算 | 政府性基金 | 国有资本经营预算, with no total of its own: 一般公共预算 was read as 财政拨款收入 and
     * 政府性基金 as 事业收入, and 合计 = Σ still held, so 4,265,000 stood verified where 4,765,000 is meant. Null when
     * the grid is no wider than the template, or its headers name no column (the reading by position stands).
     */
    private static Map<Integer, String> byHeadersOfAWiderGrid(List<RawRow> headerRows, Map<Integer, String> readAs, List<TemplateColumn> money) {
        int first = readAs.keySet().iterator().next(), last = first;
        for (RawRow r : headerRows) last = Math.max(last, r.cells().size() - 1);
        List<Integer> headed = new ArrayList<>();
        for (int k = first; k <= last; k++) if (!HeaderNames.leaf(headerRows, k).isEmpty()) headed.add(k);
        if (headed.size() <= money.size() || !headed.containsAll(readAs.keySet())) return null;
        Map<Integer, String> out = new TreeMap<>();
        boolean anyNamed = false;
        for (int k : headed) {
            String key = HeaderNames.leafNames(headerRows, k, money);
            if (key != null && out.containsValue(key)) return null; // two columns under one name: which is meant is not known
            anyNamed |= key != null;
            if (readAs.containsKey(k) || key != null) out.put(k, key == null ? LEFT_OUT : key);
        }
        return anyNamed ? out : null;
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
