package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.template.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of one row of amounts under its header (a budget's "三公"经费预算表: 预算数 under each group, no row label):
 * that row is the table's {@code total} row. It is the first row below the 栏次 row (if one is printed) at least half of
 * whose cells are numbers; failing
 * that, the first row that prints amounts and nothing else ("0.95 | | 0.95 | | | | 229.43": the groups without
 * spending left blank, which these tables print for 0), kept and reported, never dropped. Failing that too, the table
 * is read as printed turned on its side ({@link #vertical}): its items as rows (合计, 因公出国(境)费, 公务接待费, …),
 * 预算数 (and 决算数) as columns.
 */
final class SingleRowParser implements RowParser {

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        // below the 栏次 row, if the table prints one (its numbers are no amounts)
        List<RawRow> body = block.rows().subList(HeaderLocator.firstDataRow(block.rows()), block.rows().size());
        for (RawRow r : body) {
            List<Cell> cells = CellReader.readColumns(r.cells(), 0, template.columns());
            long numbers = cells.stream().filter(Cell::isNumeric).count();
            if (numbers * 2 < template.columns().size()) continue;
            int[] printed = byHeader(block.rows().subList(0, block.rows().indexOf(r)), r, template);
            if (printed == null) return new ParsedRows(List.of(total(r, cells)), List.of());
            List<Cell> placed = new ArrayList<>();
            List<String> order = new ArrayList<>();
            for (int k = 0; k < printed.length; k++) {
                var c = template.columns().get(k);
                placed.add(printed[k] < 0 ? CellReader.absent(c.key()) : CellReader.read(r.cells().get(printed[k]), c.key(), c.kind()));
            }
            for (int j = 0; j < r.cells().size(); j++) for (int k = 0; k < printed.length; k++) if (printed[k] == j) order.add(template.columns().get(k).toColumn().label());
            return new ParsedRows(List.of(total(r, placed)), List.of(new Diagnostic(Diagnostic.Severity.INFO, "line " + r.line(),
                    "its columns printed in an order of their own, read by their headers: " + String.join(" | ", order))));
        }
        for (RawRow r : body) {
            List<Cell> cells = CellReader.readColumns(r.cells(), 0, template.columns());
            long numbers = cells.stream().filter(Cell::isNumeric).count();
            // every cell of the row, read or not: a row with words in it is a header
            boolean onlyAmounts = r.cells().stream().map(c -> CellReader.read(c, "", io.gongkai.model.Column.Kind.MONEY))
                    .allMatch(c -> c.isNumeric() || c.status() == CellStatus.EMPTY);
            if (numbers == 0 || !onlyAmounts) continue;
            long blanks = cells.size() - numbers;
            return new ParsedRows(List.of(total(r, cells)), List.of(new Diagnostic(Diagnostic.Severity.INFO, "line " + r.line(),
                    "the table's one row of amounts has no label and " + blanks + " blank cells of " + cells.size()
                            + ": read as its total" + (template.blankMeansZero() ? ", the blanks as 0 (the table prints blanks for 0)" : ""))));
        }
        ParsedRows vertical = vertical(block, template);
        if (vertical != null) return vertical;
        return new ParsedRows(new ArrayList<>(), List.of(new Diagnostic(Diagnostic.Severity.WARNING, "table", "no row of amounts found")));
    }

    /**
     * Where each template column's figure stands in {@code row} when the header above it prints the columns in another
     * order than the template's (合计 | 因公出国(境)费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费: the
     * national 决算 form's order, printed by budgets too, where the template has 合计 | 出国 | 接待 | 公务用车 …): for
     * each template column, the index of its cell in the row, or -1 when no column prints it. Every cell of the row
     * that holds a figure must stand under a header that names exactly one template column, and no template column be
     * named twice; null otherwise, and null when the order is the template's (read by position as before).
     *
     * @param header the rows above {@code row} (its header lines; a group's name printed once over its parts)
     */
    static int[] byHeader(List<RawRow> header, RawRow row, Template template) {
        List<io.gongkai.template.TemplateColumn> columns = template.columns();
        int[] at = new int[columns.size()];
        java.util.Arrays.fill(at, -1);
        java.util.Set<String> groups = new java.util.HashSet<>(); // the names over several columns (公务用车购置及运行费)
        for (var c : columns) {
            List<String> path = items(c);
            groups.addAll(path.subList(0, Math.max(0, path.size() - 1)));
        }
        boolean moved = false;
        for (int j = 0; j < row.cells().size(); j++) {
            boolean figure = CellReader.read(row.cells().get(j), "", io.gongkai.model.Column.Kind.MONEY).isNumeric();
            StringBuilder h = new StringBuilder();
            for (RawRow r : header) if (j < r.cells().size() && r.cells().get(j).text() != null) h.append(r.cells().get(j).text());
            String text = fold(h.toString());
            if (text.isEmpty()) {
                if (figure) return null;
                continue;
            }
            int found = -1;
            for (int k = 0; k < columns.size(); k++) {
                if (!heads(text, columns.get(k), groups)) continue;
                if (found >= 0) return null; // a header that names two columns (both measures of a 决算 table): not this way
                found = k;
            }
            if (found < 0) {
                if (figure) return null;
                continue;
            }
            if (at[found] >= 0) return null;
            at[found] = j;
            moved |= found != j;
        }
        return moved ? at : null;
    }

    /**
     * Whether a column's folded header text names the template column: its item (the leaf of its path, the measure's
     * heading aside), found in what is left once the column's group is taken out (运行费 is in 公务用车购置及运行费 too);
     * a 小计 by 小计, a 合计 by 合计 or 总计.
     */
    private static boolean heads(String text, io.gongkai.template.TemplateColumn c, java.util.Set<String> groups) {
        List<String> path = items(c);
        if (path.isEmpty()) return false;
        String leaf = path.get(path.size() - 1);
        String rest = text;
        for (String g : groups) if (!g.equals(leaf)) rest = rest.replace(g, "");
        if (leaf.equals("合计")) return (rest.contains("合计") || rest.contains("总计")) && !rest.contains("小计");
        if (leaf.equals("小计")) return rest.contains("小计");
        return rest.contains(leaf) && !rest.contains("小计") && !rest.contains("合计");
    }

    /** A column's path folded, without the measure's heading ("三公"经费预算数) and the measure's words. */
    private static List<String> items(io.gongkai.template.TemplateColumn c) {
        List<String> path = new ArrayList<>();
        for (String p : c.path()) {
            String f = fold(p).replaceAll("(预算数|决算数|决算统计数)$", "");
            if (!f.isEmpty() && !f.equals("三公经费") && !f.equals("全年")) path.add(f);
        }
        return path;
    }

    /** Items a vertical table must name, at least, to be read so. */
    static final int VERTICAL_ITEMS = 3;

    /**
     * The table printed turned on its side — departments print the "三公" table so too: 项目 | 预算数 (| 决算数), a row for
     * 合计, each group and each part of 公务用车. Each row whose label names a column's item (numbering, 其中, brackets
     * and quotes aside: {@link #itemNames}) gives that item's amount from the column whose header says its measure (预算
     * or 决算; a table with one measure takes its one column of amounts). Read only where {@link #VERTICAL_ITEMS} items
     * or more are named and no item twice; else null.
     */
    static ParsedRows vertical(RawBlock block, Template template) {
        List<RawRow> rows = block.rows();
        List<io.gongkai.template.TemplateColumn> columns = template.columns();
        java.util.Set<String> measures = new java.util.TreeSet<>();
        for (var c : columns) measures.add(measure(c));
        java.util.Map<String, Integer> rowOf = new java.util.HashMap<>(); // item name -> row index
        int firstItem = -1;
        for (int i = 0; i < rows.size(); i++) {
            String label = label(rows.get(i));
            if (label.isEmpty() || rows.get(i).cells().stream().noneMatch(c -> CellReader.read(c, "", io.gongkai.model.Column.Kind.MONEY).isNumeric())) continue;
            for (var c : columns) {
                if (!itemNames(c).contains(label)) continue;
                if (rowOf.containsKey(label) && rowOf.get(label) != i) return null; // an item twice: not this layout
                rowOf.put(label, i);
                if (firstItem < 0) firstItem = i;
            }
        }
        if (rowOf.size() < VERTICAL_ITEMS) return null;
        // the columns of amounts, and the measure their header says
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        java.util.Map<String, Integer> columnOf = new java.util.HashMap<>(); // measure -> cell index
        List<Integer> amounts = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            final int col = j;
            boolean figures = rowOf.values().stream().anyMatch(i -> col < rows.get(i).cells().size()
                    && CellReader.read(rows.get(i).cells().get(col), "", io.gongkai.model.Column.Kind.MONEY).isNumeric());
            if (!figures) continue;
            amounts.add(j);
            StringBuilder header = new StringBuilder();
            for (int i = 0; i < firstItem; i++) if (j < rows.get(i).cells().size()) header.append(rows.get(i).cells().get(j).text());
            String h = io.gongkai.normalize.TextNormalizer.canonical(header.toString());
            for (String m : measures) if (h.contains(m) && !h.contains("上年")) columnOf.merge(m, j, (a, b) -> -1);
        }
        if (measures.size() == 1 && columnOf.isEmpty() && amounts.size() == 1) columnOf.put(measures.iterator().next(), amounts.get(0));
        if (columnOf.values().stream().anyMatch(j -> j < 0) || !columnOf.keySet().containsAll(measures)) return null;
        List<Cell> cells = new ArrayList<>();
        for (var c : columns) {
            Integer i = itemNames(c).stream().map(rowOf::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            int j = columnOf.get(measure(c));
            cells.add(i == null || j >= rows.get(i).cells().size() ? CellReader.absent(c.key()) : CellReader.read(rows.get(i).cells().get(j), c.key(), c.kind()));
        }
        List<Diagnostic> diags = new ArrayList<>(List.of(new Diagnostic(Diagnostic.Severity.INFO, "line " + rows.get(firstItem).line(),
                "printed turned on its side: " + rowOf.size() + " items as rows, " + String.join("/", measures) + " as columns; read into its one row")));
        // a row of figures naming no item is not read: said, not dropped in silence
        for (int i = firstItem; i < rows.size(); i++) {
            String label = label(rows.get(i));
            if (label.isEmpty() || rowOf.containsValue(i) || rows.get(i).cells().stream().noneMatch(c -> CellReader.read(c, "", io.gongkai.model.Column.Kind.MONEY).isNumeric())) continue;
            diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "line " + rows.get(i).line(), "a row printing figures names no item of template "
                    + template.key() + ": " + rows.get(i).joined() + " not read"));
        }
        return new ParsedRows(List.of(new Row(RowKey.total(), "合计", cells, List.of(), rows.get(firstItem).line())), diags);
    }

    /** 预算 or 决算: the measure a column's header path names (决算数, 决算统计数: 决算; anything else: 预算). */
    private static String measure(io.gongkai.template.TemplateColumn c) {
        return c.path().stream().anyMatch(p -> p.contains("决算")) ? "决算" : "预算";
    }

    /**
     * What a row printing a column's item may be labelled, folded as {@link #label} folds: the item (its path without
     * the measure's heading: 公务接待费; a 小计's group: 公务用车购置及运行费; 合计 also as "三公"经费合计 and 总计), and a
     * part of 公务用车 also with its group's first four characters (购置费: 公务用车购置费).
     */
    static List<String> itemNames(io.gongkai.template.TemplateColumn c) {
        List<String> path = new ArrayList<>();
        for (String p : c.path()) {
            String f = fold(p);
            boolean heading = f.endsWith("预算数") || f.endsWith("决算数") || f.endsWith("决算统计数");
            if (heading && c.path().size() > 1) {
                // a measure's heading ("三公"经费预算数, 预算数) is no item; an item's own (机关运行经费预算数) is
                String item = f.replaceAll("(预算数|决算数|决算统计数)$", "");
                if (item.isEmpty() || item.equals("三公经费") || item.equals("全年")) continue;
                path.add(item);
                continue;
            }
            path.add(heading ? f.replaceAll("(预算数|决算数|决算统计数)$", "") : f);
        }
        if (path.isEmpty()) return List.of();
        String leaf = path.get(path.size() - 1);
        if (leaf.equals("小计") && path.size() > 1) return List.of(path.get(path.size() - 2));
        if (leaf.equals("合计")) return List.of("合计", "三公经费合计", "总计");
        List<String> names = new ArrayList<>(List.of(leaf));
        if (path.size() > 1 && leaf.length() <= 5 && path.get(path.size() - 2).length() > 4) names.add(path.get(path.size() - 2).substring(0, 4) + leaf);
        return names;
    }

    /** A row's label folded: its text cells joined, numbering (1、 (一) 其中：) and everything but letters left out. */
    static String label(RawRow r) {
        StringBuilder out = new StringBuilder();
        for (var c : r.cells()) {
            if (c.text() == null || CellReader.read(c, "", io.gongkai.model.Column.Kind.MONEY).isNumeric()) continue;
            out.append(c.text());
        }
        String t = io.gongkai.normalize.TextNormalizer.canonical(out.toString()).strip()
                .replaceFirst("^[（(]?[一二三四五六七八九十0-9]{1,2}[)）、.．]", "").replace("其中", "");
        // an item printed with its measure (机关运行经费预算数: a newcomer's vertical 三公 预算 table left its 464.64 blank)
        String folded = fold(t), item = folded.replaceFirst("(预算数|决算数|决算统计数)$", "");
        return item.isEmpty() ? folded : item;
    }

    /**
     * A label or an item folded: letters only, and 运行维护费 as 运行费 (the 决算 templates name 公务用车运行维护费 what
     * departments print as 公务用车运行费, the 预算 ones' name: a newcomer's vertical 三公 决算 table lost those two rows).
     */
    private static String fold(String s) {
        return io.gongkai.normalize.TextNormalizer.canonical(s).replaceAll("[^\\p{IsHan}A-Za-z]", "").replace("运行维护", "运行");
    }

    private static Row total(RawRow r, List<Cell> cells) {
        return new Row(RowKey.total(), "合计", cells, List.of(), r.line());
    }
}
