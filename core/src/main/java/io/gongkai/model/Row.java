package io.gongkai.model;

import java.util.List;
import java.util.Optional;

/**
 * One row of a table.
 *
 * @param key     what identifies the row
 * @param label   the row name as printed (normalized)
 * @param cells   the row's value cells, by column
 * @param repairs repairs applied to the row key (e.g. a split or misread code)
 * @param line    where the row came from in the source (text line or page row), 0 if unknown
 */
public record Row(RowKey key, String label, List<Cell> cells, List<Repair> repairs, int line) {
    public Row {
        cells = List.copyOf(cells);
        repairs = List.copyOf(repairs);
    }

    /** A unit of count in brackets at a label's end (公务用车保有量(辆), 国内公务接待批次(个), 因公出国(境)人次数(人)). */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("[(（]\\s*(个|人|辆|次|人次|台|套|件|批|批次|团|团组|家|所)\\s*[)）]\\s*$");

    /**
     * The unit its figures are counted in when its label prints one (the 三公 tables' 相关统计数: 公务用车保有量(辆), 国内公务
     *接待人次(人)): its figures are counts, in no money unit, whatever the table's; empty for a row of amounts.
     */
    public Optional<String> countUnit() {
        java.util.regex.Matcher m = COUNT.matcher(label == null ? "" : label);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public Optional<Cell> cell(String column) {
        for (Cell c : cells) if (c.column().equals(column)) return Optional.of(c);
        return Optional.empty();
    }

    public Row withCells(List<Cell> newCells) {
        return new Row(key, label, newCells, repairs, line);
    }
}
