package io.gongkai.assemble;

import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;

import java.util.List;

/** What a layout parser read out of a block: the rows, and what went wrong. */
record ParsedRows(List<Row> rows, List<Diagnostic> diagnostics) {
    ParsedRows {
        rows = List.copyOf(rows);
        diagnostics = List.copyOf(diagnostics);
    }
}
