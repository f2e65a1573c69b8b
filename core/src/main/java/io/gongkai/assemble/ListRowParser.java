package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.model.Cell;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of words (部门决算单位构成: 序号 | 单位名称 | 备注): the rows under the header row (the one that prints the
 * template's header words) are read as text into the template's columns, keyed by their 序号 when one is printed,
 * else {@code row-N}; the label is the first cell of two or more Han characters. A row that prints nothing after its
 * 序号 but continuation marks (4 | 。。。) is left out.
 */
final class ListRowParser implements RowParser {

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<RawRow> raw = block.rows();
        int first = 0;
        List<String> hints = template.hints().stream().map(TextNormalizer::canonical).toList();
        for (int i = 0; i < raw.size(); i++) {
            String c = TextNormalizer.canonical(raw.get(i).joined());
            if (!hints.isEmpty() && hints.stream().filter(c::contains).count() * 2 >= hints.size()) { first = i + 1; break; }
        }
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (int i = first; i < raw.size(); i++) {
            RawRow r = raw.get(i);
            // blank, or a 序号 before continuation marks (4 | 。。。)
            String words = r.texts().stream().skip(1).map(TextNormalizer::canonical).reduce("", String::concat);
            if (words.isEmpty()) continue;
            List<TemplateColumn> cols = template.columns();
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < cols.size(); c++) {
                cells.add(c < r.cells().size() ? CellReader.read(r.cells().get(c), cols.get(c).key(), cols.get(c).kind()) : CellReader.absent(cols.get(c).key()));
            }
            String label = r.texts().stream().map(TextNormalizer::normalize).filter(HeaderLocator::isLabel).findFirst().orElse("");
            n++;
            int number = r.cells().isEmpty() ? -1 : HeaderLocator.lineNumber(r.cells().get(0).text());
            rows.add(new Row(RowKey.label(number > 0 ? Integer.toString(number) : "row-" + n), label, cells, List.of(), r.line()));
        }
        return new ParsedRows(rows, List.of());
    }
}
