package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;
import io.gongkai.template.TemplateSide;

import java.util.ArrayList;
import java.util.List;

/**
 * Two tables side by side without 行次: each printed row is "label | values | label | values". Rows are keyed
 * {@code side:label} (enumeration dropped), with the enumeration's outline level; a side's total (收入总计, 支出总计)
 * is keyed {@code side-total}.
 */
final class TwoSidedLabeledRowParser implements RowParser {

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        for (RawRow r : block.rows()) {
            List<RawCell> cells = r.cells();
            int at = 0;
            for (TemplateSide side : template.sides()) {
                int width = side.columns().size();
                if (at >= cells.size()) break;
                String label = TextNormalizer.normalize(cells.get(at).text());
                List<TemplateColumn> cols = side.columns().stream().map(k -> template.column(k).orElseThrow()).toList();
                List<Cell> values = CellReader.readColumns(cells, at + 1, cols);
                at += 1 + width;
                boolean total = side.totals().stream().anyMatch(t -> TextNormalizer.canonical(t).equals(TextNormalizer.canonical(label)));
                int level = Outline.level(label);
                boolean numbers = values.stream().anyMatch(Cell::isNumeric);
                if (label.isEmpty() || !total && level == 0 && !numbers) continue; // header or an unused line
                if (!numbers && values.stream().anyMatch(c -> c.status() == io.gongkai.model.CellStatus.SUSPECT)) continue; // header words
                RowKey key = total ? new RowKey(side.id() + "-total", RowKey.Kind.TOTAL, 0)
                        : new RowKey(side.id() + ":" + Outline.key(label), RowKey.Kind.LABEL, level);
                rows.add(new Row(key, label, values, List.of(), r.line()));
            }
        }
        return new ParsedRows(rows, List.of());
    }
}
