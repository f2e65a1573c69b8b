package io.gongkai.template;

import java.util.List;

/** One side of a {@link Layout#TWO_SIDED} table: its 行次 range and the columns its rows fill. */
public record TemplateSide(int firstLine, int lastLine, List<String> columns) {
    public TemplateSide {
        columns = List.copyOf(columns);
    }

    public boolean contains(int line) {
        return line >= firstLine && line <= lastLine;
    }
}
