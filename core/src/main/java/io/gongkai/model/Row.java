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

    public Optional<Cell> cell(String column) {
        for (Cell c : cells) if (c.column().equals(column)) return Optional.of(c);
        return Optional.empty();
    }

    public Row withCells(List<Cell> newCells) {
        return new Row(key, label, newCells, repairs, line);
    }
}
