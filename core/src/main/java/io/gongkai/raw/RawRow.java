package io.gongkai.raw;

import java.util.List;

/**
 * One row of cells in reading order, as an extractor found it.
 *
 * @param line  text line or page row number it came from (1-based), for provenance
 * @param cells the cells, left to right, blanks included where the extractor knows a cell is empty
 */
public record RawRow(int line, List<RawCell> cells) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    /** A row of text-layer cells ({@link RawCell#of}), one a text, at {@code line}. */
    public static RawRow of(int line, String... texts) {
        return new RawRow(line, java.util.Arrays.stream(texts).map(RawCell::of).toList());
    }

    public List<String> texts() {
        return cells.stream().map(RawCell::text).toList();
    }

    /** All the row's text joined, for header and title matching. */
    public String joined() {
        return String.join(" ", texts());
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c.text() == null || c.text().isBlank());
    }
}
