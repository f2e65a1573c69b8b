package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;

import java.util.ArrayList;
import java.util.List;

/** A narrative form: each row is a section heading and its text (the longest cell). */
final class ReportRowParser implements RowParser {

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (RawRow r : block.rows()) {
            List<String> texts = r.texts().stream().map(TextNormalizer::normalize).filter(t -> !t.isEmpty()).toList();
            if (texts.size() < 2) continue;
            String body = texts.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
            String heading = texts.stream().filter(t -> !t.equals(body)).reduce((a, b) -> a + " " + b).orElse("");
            Cell cell = CellReader.read(RawCell.of(body), "text", Column.Kind.TEXT);
            rows.add(new Row(new RowKey("section-" + (++n), RowKey.Kind.LABEL, 0), heading, List.of(cell), List.of(), r.line()));
        }
        return new ParsedRows(rows, List.of());
    }
}
