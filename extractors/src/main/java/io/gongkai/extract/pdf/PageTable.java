package io.gongkai.extract.pdf;

import io.gongkai.raw.RawRow;

import java.util.List;

/** A table an engine found on a page: where it is, and its rows of cells. */
interface PageTable {
    int page();

    double top();

    double bottom();

    double left();

    double right();

    /** The x of the table's column edges, its left and right borders among them, points; empty when not known. */
    default List<Double> columnEdges() {
        return List.of();
    }

    /** The y of the table's row edges, its top and bottom borders among them, points; empty when not known. */
    default List<Double> rowEdges() {
        return List.of();
    }

    /** Rows in the table's own columns; {@code lineBase} numbers them for provenance. */
    List<RawRow> rows(int lineBase);

    /** Rows placed in the columns of the table this one continues (the same table on the page before). */
    List<RawRow> rowsIn(int lineBase, PageTable continued);

    /**
     * Rows placed in the given columns (x of their edges, points, on this page): the columns of the table this one
     * continues where this page sets them; an engine that cannot place its cells so gives {@link #rows(int)}.
     */
    default List<RawRow> rowsAt(int lineBase, List<Double> columnEdges) {
        return rows(lineBase);
    }

    /** How many cells the table holds (rows times their cells), counted against a document's budget. */
    default long cellCount() {
        long n = 0;
        for (RawRow r : rows(0)) n += r.cells().size();
        return n;
    }
}
