package io.gongkai.model;

/**
 * Address of a cell in a document.
 *
 * @param table  the table's reference within its document (see {@link Table#ref()})
 * @param row    the row key value
 * @param column the column key
 */
public record CellRef(String table, String row, String column) {
    @Override
    public String toString() {
        return table + "[" + row + "]." + column;
    }
}
