package io.gongkai.assemble;

import io.gongkai.model.Row;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.raw.RawRow;
import io.gongkai.template.TemplateColumn;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The headers printed over a grid's columns, and which template column one names: one matcher for every step that reads
 * a grid's columns by their headers ({@link ColumnOrder}, {@link UnmappedColumns}). Headers and names are compared on
 * their Han characters without 收入, 支出 and 经费 (一般公共预算拨款收入 / 一般公共预算拨款; 人员经费 / 人员). Pure.
 */
final class HeaderNames {
    private HeaderNames() {
    }

    /** The index of the first grid row a row was read from: the rows above it are the header's. */
    static int firstData(List<RawRow> raw, List<Row> rows) {
        Set<Integer> lines = new HashSet<>();
        for (Row r : rows) lines.add(r.line());
        int first = 0;
        while (first < raw.size() && !lines.contains(raw.get(first).line())) first++;
        return first;
    }

    /** The header words printed over grid column {@code k}, run together top to bottom; empty when none. */
    static String words(List<RawRow> headerRows, int k) {
        StringBuilder b = new StringBuilder();
        for (RawRow r : headerRows) if (k < r.cells().size() && r.cells().get(k).text() != null) b.append(r.cells().get(k).text());
        return b.toString();
    }

    /**
     * Whether the printed header names the template column: either, folded ({@link #core}), holds the other, for any
     * part of the column's path.
     */
    static boolean names(String printed, TemplateColumn column) {
        String h = core(printed);
        for (String p : column.path()) {
            String t = core(p);
            if (!t.isEmpty() && (h.contains(t) || !h.isEmpty() && t.contains(h))) return true;
        }
        return false;
    }

    /**
     * The key of the one template column whose leaf (the last part of its path) the leaf printed over grid column
     * {@code k} names — the lowest header cell over it holding Chinese words (人员经费 under 基本支出; a 栏次 row's
     * numbers below are no words) — the same words first (a group's 小计 or 合计 also its group's name), else the one
     * holding or held by the other; where several do (合计 under 本年收入 and under 本年支出), the one whose path holds the
     * groups printed over it ({@link #groups}); null when none or more than one does.
     */
    static String leafNames(List<RawRow> headerRows, int k, List<TemplateColumn> columns) {
        String leaf = leaf(headerRows, k);
        if (leaf.isEmpty()) return null;
        List<TemplateColumn> same = new java.util.ArrayList<>(), near = new java.util.ArrayList<>();
        for (TemplateColumn c : columns) {
            if (c.path().isEmpty()) continue;
            String t = core(c.path().get(c.path().size() - 1));
            if (t.isEmpty()) continue;
            // a group's 小计 (or 合计) is named by the group's own name where the grid prints the group without its parts
            // (收入决算表's 事业收入 | 其中:教育收费 printed as one 事业收入 column: every column after it had been read one to
            // the left; 一般公共预算财政拨款收入支出决算表's 年初结转和结余 printed as one column)
            if ((t.equals("小计") || t.equals("合计")) && c.path().size() > 1 && core(c.path().get(c.path().size() - 2)).equals(leaf)) t = leaf;
            if (t.equals(leaf)) same.add(c);
            else if (t.contains(leaf) || leaf.contains(t)) near.add(c);
        }
        List<TemplateColumn> named = !same.isEmpty() ? same : near;
        if (named.size() > 1) {
            // the printed words whole first (本年收入 is not 本年支出, though both fold to 本年), then the groups over them
            String printed = printedLeaf(headerRows, k);
            List<TemplateColumn> exact = named.stream().filter(c -> han(c.path().get(c.path().size() - 1)).equals(printed)).toList();
            named = exact.size() == 1 ? exact : underGroups(named, groups(headerRows, k));
        }
        return named.size() == 1 ? named.get(0).key() : null;
    }

    /**
     * The columns whose paths hold the most of the group names printed over a grid column (each group's words whole: 本年收入
     * is not 本年支出); all of them when none holds any. A printed heading holding a group's name whole and more (本年支出一厨:
     * a red seal's strokes over the heading read as characters) names it, less surely than the name alone.
     */
    private static List<TemplateColumn> underGroups(List<TemplateColumn> columns, List<String> groups) {
        List<TemplateColumn> best = new java.util.ArrayList<>();
        int most = 0;
        for (TemplateColumn c : columns) {
            int n = 0;
            for (String g : groups) {
                int named = 0;
                for (String part : c.path().subList(0, c.path().size() - 1)) {
                    String h = han(part);
                    if (h.equals(g)) named = 2;
                    else if (h.length() >= 3 && g.contains(h)) named = Math.max(named, 1);
                }
                n += named;
            }
            if (n > most) { most = n; best.clear(); }
            if (n == most && n > 0) best.add(c);
        }
        return most == 0 ? columns : best;
    }

    /**
     * The group names printed over grid column {@code k}, above its leaf: in each header row over the leaf's, the nearest
     * cell holding Chinese words at or left of {@code k} (a merged group heading's words stand in the first column it
     * spans), its Han characters.
     */
    static List<String> groups(List<RawRow> headerRows, int k) {
        int leafRow = leafRow(headerRows, k);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < leafRow; i++) {
            List<io.gongkai.raw.RawCell> cells = headerRows.get(i).cells();
            for (int j = Math.min(k, cells.size() - 1); j >= 0; j--) {
                String g = cells.get(j).text() == null ? "" : han(cells.get(j).text());
                if (!g.isEmpty()) { out.add(g); break; }
            }
        }
        return out;
    }

    /** The lowest header cell over grid column {@code k} holding Chinese words, its Han characters (not folded). */
    private static String printedLeaf(List<RawRow> headerRows, int k) {
        int i = leafRow(headerRows, k);
        return i < 0 ? "" : han(headerRows.get(i).cells().get(k).text());
    }

    /** The lowest header row whose cell over grid column {@code k} holds Chinese words ({@link #core}); -1 when none does. */
    private static int leafRow(List<RawRow> headerRows, int k) {
        for (int i = headerRows.size() - 1; i >= 0; i--) {
            List<io.gongkai.raw.RawCell> cells = headerRows.get(i).cells();
            if (k < cells.size() && cells.get(k).text() != null && !core(cells.get(k).text()).isEmpty()) return i;
        }
        return -1;
    }

    private static String han(String s) {
        return TextNormalizer.canonical(s).replaceAll("[^\\p{IsHan}]", "");
    }

    /** The lowest header cell over grid column {@code k} that holds Chinese words, folded ({@link #core}); empty when none. */
    static String leaf(List<RawRow> headerRows, int k) {
        int i = leafRow(headerRows, k);
        return i < 0 ? "" : core(headerRows.get(i).cells().get(k).text());
    }

    /** Han characters only, without 收入, 支出 and 经费. */
    static String core(String s) {
        return TextNormalizer.canonical(s).replaceAll("[^\\p{IsHan}]", "").replaceAll("收入|支出|经费", "");
    }
}
