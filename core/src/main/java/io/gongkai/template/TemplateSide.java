package io.gongkai.template;

import java.util.List;

/**
 * One side of a two-sided table: its 行次 range (for {@link Layout#TWO_SIDED}), the columns its rows fill, and for
 * {@link Layout#TWO_SIDED_LABELED} the id of its side ({@code income}, {@code expenditure}), its total's labels, and
 * the names its rows print where the template lists no rows of its own ({@code labels}: 一般公共预算财政拨款, 年初财政拨款
 * 结转和结余, 总计 — an OCR-read label that is a damaged reading of one is put back to it; the 类 names of the
 * classifications are known without being listed).
 */
public record TemplateSide(int firstLine, int lastLine, List<String> columns, String id, List<String> totals, List<String> labels) {
    public TemplateSide {
        columns = List.copyOf(columns);
        totals = totals == null ? List.of() : List.copyOf(totals);
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public boolean contains(int line) {
        return line >= firstLine && line <= lastLine;
    }
}
