package io.gongkai.template;

import java.util.List;

/**
 * One side of a two-sided table: its 行次 range (for {@link Layout#TWO_SIDED}), the columns its rows fill, and for
 * {@link Layout#TWO_SIDED_LABELED} the id of its side ({@code income}, {@code expenditure}) and its total's labels.
 */
public record TemplateSide(int firstLine, int lastLine, List<String> columns, String id, List<String> totals) {
    public TemplateSide {
        columns = List.copyOf(columns);
        totals = totals == null ? List.of() : List.copyOf(totals);
    }

    public boolean contains(int line) {
        return line >= firstLine && line <= lastLine;
    }
}
