package io.gongkai.assemble;

import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a performance indicator row: 一级 | 二级 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 [| 分值 | 得分] | 偏差原因.
 * The 指标性质 cell (=, >=, <=, …) anchors the columns, since OCR often merges or splits the name cells. A form that
 * prints no 指标性质 (a budget's 财政项目支出绩效目标填报表: 一级指标 | 二级指标 | 三级指标 | 年度(/项目)指标值) is read by
 * its header's {@link Columns} instead.
 */
final class IndicatorReader {
    private static final Set<String> NATURE = Set.of("=", ">=", "<=", ">", "<", "≥", "≤", "定性", "定量");
    private static final Set<String> LEVEL2 = Set.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益", "社会效益",
            "生态效益", "可持续影响", "满意度");
    private static final Set<String> LEVEL1 = Set.of("产出指标", "效益指标", "满意度指标", "成本指标");

    private IndicatorReader() {
    }

    /** An indicator row starts with a 一级指标, or (OCR garbled it) has a 指标性质 cell after a 二级指标. */
    static boolean isIndicator(RawRow r) {
        List<RawCell> cells = r.cells();
        for (RawCell c : cells) {
            String t = TextNormalizer.canonical(c.text());
            if (t.isEmpty()) continue;
            if (LEVEL1.stream().anyMatch(t::startsWith) || t.startsWith("满意度指")) return true;
            break;
        }
        int anchor = anchor(cells);
        for (int k = 0; k < anchor; k++) {
            String t = TextNormalizer.canonical(cells.get(k).text());
            if (LEVEL2.stream().anyMatch(t::contains)) return true;
        }
        return false;
    }

    private static int anchor(List<RawCell> cells) {
        for (int k = 1; k < cells.size(); k++) {
            if (NATURE.contains(TextNormalizer.normalize(cells.get(k).text()).replace(" ", ""))) return k;
        }
        return -1;
    }

    /** @param scored whether the table has 分值 and 得分 columns (project tables) */
    static Row read(RawRow r, int index, boolean scored) {
        List<RawCell> cells = r.cells();
        int at = anchor(cells);
        String level1 = TextNormalizer.normalize(first(cells));
        String name = at > 0 ? TextNormalizer.normalize(cells.get(at - 1).text()) : "";
        List<Cell> out = new ArrayList<>();
        out.add(text(cells, at, "nature"));
        out.add(text(cells, at < 0 ? -1 : at + 1, "target"));
        out.add(text(cells, at < 0 ? -1 : at + 2, "unit"));
        out.add(text(cells, at < 0 ? -1 : at + 3, "actual"));
        if (scored) {
            out.add(at < 0 || at + 4 >= cells.size() ? CellReader.absent("weight") : CellReader.read(cells.get(at + 4), "weight", Column.Kind.COUNT));
            out.add(at < 0 || at + 5 >= cells.size() ? CellReader.absent("score") : CellReader.read(cells.get(at + 5), "score", Column.Kind.COUNT));
        }
        String label = name.isEmpty() ? level1 : name;
        return new Row(new RowKey("indicator-" + index, RowKey.Kind.LABEL, 0), label, out, List.of(), r.line());
    }

    /**
     * Where a form without 指标性质 prints its indicators: the cell indices of 一级指标, 二级指标, 三级指标 and the 指标值
     * (年度(/项目)指标值) in its header row, and that row's index in the block; the rows below it are its indicators.
     */
    record Columns(int row, int level1, int level2, int level3, int target) {
    }

    /** The indicator header of these rows (its first row that prints 三级指标 and a …指标值), or null. */
    static Columns columns(List<RawRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            RawRow r = rows.get(i);
            int l1 = -1, l2 = -1, l3 = -1, target = -1;
            for (int k = 0; k < r.cells().size(); k++) {
                String t = TextNormalizer.canonical(r.cells().get(k).text());
                if (t.equals("一级指标")) l1 = k;
                else if (t.equals("二级指标")) l2 = k;
                else if (t.equals("三级指标")) l3 = k;
                else if (t.endsWith("指标值") && target < 0) target = k;
            }
            if (l3 >= 0 && target > l3) return new Columns(i, l1, l2, l3, target);
        }
        return null;
    }

    /**
     * An indicator row below {@code header}, or null when it prints neither a 三级指标 nor a value. A 一级 or 二级指标
     * printed once for the rows it spans (a merged cell) holds for each of them: {@code spanning} keeps the last ones
     * printed and is updated.
     */
    static Row read(RawRow r, int index, Columns header, String[] spanning) {
        List<RawCell> cells = r.cells();
        String name = TextNormalizer.normalize(at(cells, header.level3())), value = TextNormalizer.normalize(at(cells, header.target()));
        if (name.isEmpty() && value.isEmpty()) return null;
        int[] levels = {header.level1(), header.level2()};
        List<Cell> out = new ArrayList<>();
        for (int l = 0; l < 2; l++) {
            String own = TextNormalizer.normalize(at(cells, levels[l]));
            if (!own.isEmpty()) spanning[l] = own;
            String column = l == 0 ? "level1" : "level2";
            out.add(own.isEmpty() ? CellReader.read(RawCell.of(spanning[l] == null ? "" : spanning[l]), column, Column.Kind.TEXT)
                    : CellReader.read(cells.get(levels[l]), column, Column.Kind.TEXT));
        }
        out.add(text(cells, header.target(), "target"));
        return new Row(new RowKey("indicator-" + index, RowKey.Kind.LABEL, 0), name, out, List.of(), r.line());
    }

    private static String at(List<RawCell> cells, int i) {
        return i < 0 || i >= cells.size() || cells.get(i).text() == null ? "" : cells.get(i).text();
    }

    private static Cell text(List<RawCell> cells, int i, String column) {
        if (i < 0 || i >= cells.size()) return CellReader.absent(column);
        return CellReader.read(cells.get(i), column, Column.Kind.TEXT);
    }

    private static String first(List<RawCell> cells) {
        for (RawCell c : cells) if (!c.text().isBlank()) return c.text();
        return "";
    }
}
