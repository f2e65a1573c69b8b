package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Box;
import io.gongkai.model.Cell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every column of a table's grid is read into a column of its template or reported here: a column that prints amounts
 * no template column took (a unit's 人员经费, 公用经费 and 项目支出 beside its summary's 合计; a layout the template does
 * not know) is named — table, page, header — in an error (printed amounts left out: the reading is short of whole),
 * never dropped without a word (issue "Real layouts", 2).
 *
 * <p>A cell was read when a cell of a row read from its line came from it: the same place on the page, or without
 * places (text input) the same text. The cells of a row's key — its code, 行次, label: left of the first cell read,
 * or the key itself — are not amounts of a column, unless printed as amounts are (grouped or with decimals). Only lines that gave rows are looked at: a line the parser did not
 * read is the header's, or the parser's own diagnostic says why. Pure and thread-safe.
 */
final class UnmappedColumns {
    /** The words every such error starts with, for people and tests that look for them. */
    static final String PREFIX = Diagnostic.UNMAPPED_COLUMN;
    /**
     * A column of line numbers (行次, 序号): a two-sided 总表 prints them on lines it leaves blank (公开04表's lines
     * 61–63, with no name and no amount), which are no amounts.
     */
    private static final java.util.regex.Pattern LINE_NUMBER = java.util.regex.Pattern.compile("行\\s*次|序\\s*号");

    /** An amount as printed, not a code or a 行次: grouped in thousands or with decimals (37,151.46; 938.99). */

    private UnmappedColumns() {
    }

    /** One error a grid column whose amounts no template column reads; none when every column is mapped. */
    static List<Diagnostic> find(String ref, RawBlock block, Template template, List<Row> rows) {
        Map<Integer, List<Row>> byLine = new HashMap<>();
        for (Row r : rows) byLine.computeIfAbsent(r.line(), k -> new ArrayList<>()).add(r);
        List<RawRow> raw = block.rows();
        int firstData = HeaderNames.firstData(raw, rows);
        // column → (rows with an amount left unread, the first such amount and its line)
        Map<Integer, int[]> counts = new TreeMap<>();
        Map<Integer, String> example = new HashMap<>();
        Map<Integer, Boolean> lineNumbers = new HashMap<>();
        List<RawRow> headerRows = raw.subList(0, firstData);
        for (int i = firstData; i < raw.size(); i++) {
            RawRow r = raw.get(i);
            List<Row> read = byLine.get(r.line());
            if (read == null) continue;
            Set<Box> places = new HashSet<>();
            Map<String, Integer> texts = new HashMap<>();
            Set<String> keys = new HashSet<>();
            for (Row row : read) {
                keys.add(row.key().value());
                for (Cell c : row.cells()) {
                    if (c.box() != null) places.add(c.box());
                    if (c.raw() != null && !c.raw().isBlank()) texts.merge(c.raw().strip(), 1, Integer::sum);
                }
            }
            List<RawCell> cells = r.cells();
            boolean seenRead = false;
            for (int k = 0; k < cells.size(); k++) {
                RawCell c = cells.get(k);
                String t = c.text() == null ? "" : c.text().strip();
                boolean taken = c.box() != null ? places.contains(c.box()) : texts.getOrDefault(t, 0) > 0;
                if (taken && c.box() == null) texts.merge(t, -1, Integer::sum);
                if (taken && !t.isEmpty()) seenRead = true;
                // before the first cell read stand the row's key (its code, 行次, name); an amount printed as one (grouped
                // or with decimals) there is a column's all the same: a 决算 table's 年初预算数 and 调整预算数 before its
                // 决算数 columns were left out without a word
                if (taken || t.isEmpty() || !seenRead && !NumberParser.printsFigure(t) || keys.contains(TextNormalizer.normalize(t))) continue;
                if (!NumberParser.parse(t, -1).isValue() || partOfKey(cells, k, keys)) continue;
                if (lineNumbers.computeIfAbsent(k, x -> LINE_NUMBER.matcher(header(headerRows, x)).find())) continue;
                if (counts.computeIfAbsent(k, x -> new int[1])[0]++ == 0) example.put(k, t + " on line " + r.line());
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
            int k = e.getKey();
            // an error: printed amounts are left out of the output (the command line exits 1)
            out.add(new Diagnostic(Diagnostic.Severity.ERROR, ref, String.format(
                    "%s: %s (%s), page %s: grid column %d headed %s prints amounts on %d rows (%s) that no column of template %s reads",
                    PREFIX, ref, block.title() == null ? "untitled" : TextNormalizer.normalize(block.title()), pages(block, k),
                    k + 1, header(raw.subList(0, firstData), k), e.getValue()[0], example.get(k), template.key())));
        }
        return out;
    }

    /**
     * The rows with each amount flagged ({@link io.gongkai.model.RepairKind#COLUMN_HEADER_DIFFERS}) whose grid column's
     * printed header does not name the template column it was read into: for a grid with a column of amounts no
     * template column reads, or more headed columns than the template ({@code wider}), each such figure; for any other,
     * each whose header names another column of the template (a header OCR garbled names none, and says nothing of
     * where its figures belong). Read by position, a wider grid's columns are a guess: a 收入预算表
     * printing 合计 | 上年结转 | 一般公共预算拨款收入 | 政府性基金预算拨款收入 | 事业收入 | 事业单位经营收入 | 其他收入 was
     * read into 合计 | 财政拨款收入 | 事业收入 | 事业单位经营收入 | 其他收入, 18 figures under the wrong column verified
     * by the row sums and trees that hold in any column (a newcomer's Writer print). A header names a column when
     * either, folded to its Han characters without 收入/支出/经费, holds the other; a column without a printed header,
     * and a blank, are left as read. (A 收入决算表 printed without its 其中:教育收费 column, read by position: 经营收入,
     * 附属单位上缴收入 and 其他收入 each a column to the left, the last recovered from the row's sum, every identity
     * holding: a newcomer's Calc print.)
     */
    static List<Row> headersDiffering(RawBlock block, Template template, List<Row> rows, boolean wider) {
        List<RawRow> raw = block.rows();
        int firstData = HeaderNames.firstData(raw, rows);
        List<RawRow> headerRows = raw.subList(0, firstData);
        Map<String, io.gongkai.template.TemplateColumn> columns = byKey(template);
        // each cell read (by its place on the page) → the header of the grid column it came from
        Map<Box, String> headerOf = new HashMap<>();
        Map<Box, Integer> gridColumn = new HashMap<>();
        for (int i = firstData; i < raw.size(); i++) {
            List<RawCell> cells = raw.get(i).cells();
            for (int k = 0; k < cells.size(); k++) {
                if (cells.get(k).box() == null) continue;
                headerOf.put(cells.get(k).box(), HeaderNames.words(headerRows, k));
                gridColumn.put(cells.get(k).box(), k);
            }
        }
        List<io.gongkai.template.TemplateColumn> amounts = template.columns().stream().filter(c -> c.kind() == io.gongkai.model.Column.Kind.MONEY).toList();
        // grid column → the one template column its printed leaf names (HeaderNames.leafNames), "" for none; looked at only
        // for a grid column whose figures were all read into one template column (a 三公 table printed on its side, one
        // item a row, reads its one column of 预算数 into seven)
        Map<Integer, String> leafOf = new HashMap<>();
        Map<Integer, Set<String>> readInto = new HashMap<>();
        for (Row r : rows) for (Cell c : r.cells()) {
            Integer k = c.box() == null ? null : gridColumn.get(c.box());
            if (k != null && c.number() != null) readInto.computeIfAbsent(k, x -> new HashSet<>()).add(c.column());
        }
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            List<Cell> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                var column = columns.get(c.column());
                String printed = c.box() == null ? null : headerOf.get(c.box());
                boolean money = column != null && column.kind() == io.gongkai.model.Column.Kind.MONEY;
                // (a header whose words hold a part of the column's path may still name another column by its leaf and the
                // groups over it: 本年支出 | 合计 read into 年初结转和结余 | 合计 by position, a 公开05表 printing only its 本年支出
                // columns, 31 figures verified under the wrong column by the trees that hold in any)
                Integer k = c.box() == null ? null : gridColumn.get(c.box());
                String leaf = k == null || column == null || readInto.getOrDefault(k, Set.of()).size() != 1 ? "" : leafOf.computeIfAbsent(k, x -> {
                    String key = HeaderNames.leafNames(headerRows, x, amounts);
                    return key == null ? "" : key;
                });
                boolean leafElsewhere = !leaf.isEmpty() && !leaf.equals(column.key());
                if (!money || c.number() == null || printed == null || printed.isEmpty() || c.status() == io.gongkai.model.CellStatus.SUSPECT
                        || !leafElsewhere && (HeaderNames.names(printed, column) || !wider && !namesAnother(printed, column, template))) {
                    cells.add(c);
                    continue;
                }
                cells.add(c.revised(c.number(), io.gongkai.model.CellStatus.SUSPECT, new io.gongkai.model.Repair(io.gongkai.model.RepairKind.COLUMN_HEADER_DIFFERS,
                        printed, column.toColumn().label())));
            }
            out.add(r.withCells(cells));
        }
        return out;
    }

    /**
     * Whether the grid prints more headed columns from its first column holding a figure read into an amount to its last than the
     * template has columns of amounts: a 收入预算表 headed 合计 | 上年结转 | 一般公共预算拨款收入 | 政府性基金预算拨款收入 |
     * 事业收入 | 事业单位经营收入 | 其他收入 for a template of five, read by position, whatever columns are left blank.
     */
    static boolean widerThanTemplate(RawBlock block, Template template, List<Row> rows) {
        Set<Box> read = new HashSet<>();
        Map<String, io.gongkai.template.TemplateColumn> columns = byKey(template);
        for (Row r : rows) for (Cell c : r.cells()) {
            var col = columns.get(c.column());
            // a figure read into an amount (an empty table's blank total row stands under its code columns' header)
            if (c.box() != null && c.number() != null && col != null && col.kind() == io.gongkai.model.Column.Kind.MONEY) read.add(c.box());
        }
        List<RawRow> raw = block.rows();
        int firstData = HeaderNames.firstData(raw, rows);
        int first = Integer.MAX_VALUE, width = 0;
        for (int i = firstData; i < raw.size(); i++) {
            List<RawCell> cells = raw.get(i).cells();
            width = Math.max(width, cells.size());
            for (int k = 0; k < cells.size(); k++) if (cells.get(k).box() != null && read.contains(cells.get(k).box())) first = Math.min(first, k);
        }
        if (first == Integer.MAX_VALUE) return false;
        int headed = 0;
        for (int k = first; k < width; k++) if (!HeaderNames.words(raw.subList(0, firstData), k).isBlank()) headed++;
        long money = template.columns().stream().filter(c -> c.kind() == io.gongkai.model.Column.Kind.MONEY).count();
        return headed > money;
    }

    /** Whether a printed header names a column of amounts of the template other than {@code column}. */
    private static boolean namesAnother(String printed, io.gongkai.template.TemplateColumn column, Template template) {
        for (var c : template.columns()) {
            if (c != column && c.kind() == io.gongkai.model.Column.Kind.MONEY && HeaderNames.names(printed, c)) return true;
        }
        return false;
    }

    private static Map<String, io.gongkai.template.TemplateColumn> byKey(Template template) {
        Map<String, io.gongkai.template.TemplateColumn> columns = new HashMap<>();
        for (var c : template.columns()) columns.put(c.key(), c);
        return columns;
    }

    /**
     * Whether cell {@code k} is a part of a row's code printed in columns of its own: with the cells beside it it spells
     * a key read (301 | 01 is 30101; 201 | 04 | 50 is 2010450), as the second and third column groups of an economic
     * table print them (their codes stand right of the first group's amounts); or it is the last part of a key, printed
     * alone under a 类 printed once above it.
     */
    private static boolean partOfKey(List<RawCell> cells, int k, Set<String> keys) {
        // a 款 or 项 printed alone, its 类 (and 款) printed once above it: the last part of a code read on the row
        String own = cells.get(k).text() == null ? "" : TextNormalizer.normalize(cells.get(k).text());
        if (own.matches("\\d{2}") && keys.stream().anyMatch(key -> key.matches("\\d{5}|\\d{7}") && key.endsWith(own))) return true;
        for (int from = Math.max(0, k - 2); from <= k; from++) {
            StringBuilder code = new StringBuilder();
            for (int to = from; to < Math.min(cells.size(), from + 3); to++) {
                String t = cells.get(to).text() == null ? "" : TextNormalizer.normalize(cells.get(to).text());
                if (!t.matches("\\d{1,3}")) break;
                code.append(t);
                if (to >= k && keys.contains(code.toString())) return true;
            }
        }
        return false;
    }

    /** The header words printed over grid column {@code k}, top to bottom ("基本支出 / 人员经费"), or "nothing". */
    private static String header(List<RawRow> headerRows, int k) {
        List<String> words = new ArrayList<>();
        for (RawRow r : headerRows) {
            if (k >= r.cells().size()) continue;
            String t = TextNormalizer.normalize(r.cells().get(k).text() == null ? "" : r.cells().get(k).text());
            if (!t.isEmpty()) words.add(t);
        }
        return words.isEmpty() ? "nothing" : "'" + String.join(" / ", words) + "'";
    }

    private static String pages(RawBlock block, int k) {
        Set<Integer> pages = new java.util.TreeSet<>();
        for (RawRow r : block.rows()) if (k < r.cells().size() && r.cells().get(k).box() != null) pages.add(r.cells().get(k).box().page());
        if (pages.isEmpty()) pages.addAll(block.pages());
        List<String> p = new ArrayList<>();
        for (int n : pages) p.add(Integer.toString(n));
        return p.isEmpty() ? "?" : String.join(", ", p);
    }
}
