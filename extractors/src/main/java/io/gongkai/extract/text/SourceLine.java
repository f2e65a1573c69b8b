package io.gongkai.extract.text;

import java.util.Arrays;
import java.util.List;

/**
 * One line of an OCR tool's text as {@link TextTableReader} reads it: a table row (its cells) or a line of prose.
 *
 * @param number the 1-based line of the input it comes from (an HTML table's row: the line its {@code <tr>} starts on)
 * @param text   the line's text; a row's cells joined by tabs
 * @param cells  the row's cells left to right, blanks included; null when the line is not a table row
 */
record SourceLine(int number, String text, List<String> cells) {
    SourceLine {
        if (cells != null) cells = List.copyOf(cells);
    }

    /** A line as written: a row when it holds a tab (the tab-separated rows OCR tools write), prose otherwise. */
    static SourceLine plain(int number, String text) {
        return new SourceLine(number, text, text.indexOf('\t') >= 0 ? Arrays.asList(text.split("\t", -1)) : null);
    }

    /** A table row read from markup (a pipe table, an HTML table); a tab inside a cell is a space. */
    static SourceLine row(int number, List<String> cells) {
        List<String> clean = cells.stream().map(c -> c.replace('\t', ' ')).toList();
        return new SourceLine(number, String.join("\t", clean), clean);
    }

    boolean isRow() {
        return cells != null;
    }
}
