package io.gongkai.assemble;

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
 * The 指标性质 cell (=, >=, <=, …) anchors the columns, since OCR often merges or splits the name cells.
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

    private static Cell text(List<RawCell> cells, int i, String column) {
        if (i < 0 || i >= cells.size()) return CellReader.absent(column);
        return CellReader.read(cells.get(i), column, Column.Kind.TEXT);
    }

    private static String first(List<RawCell> cells) {
        for (RawCell c : cells) if (!c.text().isBlank()) return c.text();
        return "";
    }
}
