package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * The department's performance self-evaluation table (部门整体支出绩效自评表): the funds block (年度资金总额 of the
 * whole, of 基本支出 and of 项目支出, then 项目支出's parts) with 年初预算数 | 预算调整数 | 预算确定数 | 执行数 | 执行率,
 * then the indicators.
 */
final class DepartmentPerformanceRowParser implements RowParser {
    private static final String[] TOTAL_ORDER = {"funds-total", "funds-basic", "funds-project"};
    private static final String[][] PARTS = {
            {"funds-project-current", "当年财政"}, {"funds-project-carryover", "上年结转"}, {"funds-project-other", "非财政拨款"}};

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        int totals = 0, indicators = 0;
        for (RawRow r : block.rows()) {
            List<RawCell> cells = r.cells();
            if (IndicatorReader.isIndicator(r)) {
                rows.add(IndicatorReader.read(r, ++indicators, false));
                continue;
            }
            String key = null;
            int at = -1;
            int total = HeaderLocator.phraseEnd(cells, "年度资金总额");
            if (total >= 0 && totals < TOTAL_ORDER.length) { key = TOTAL_ORDER[totals++]; at = total; }
            for (String[] p : PARTS) {
                int end = HeaderLocator.phraseEnd(cells, p[1]);
                if (key == null && end >= 0) { key = p[0]; at = end; }
            }
            if (key == null) continue;
            String label = template.row(key).map(x -> x.label()).orElse(key);
            List<Cell> out = CellReader.readColumns(cells, at + 1, template.columns());
            rows.add(new Row(RowKey.label(key), label, out, List.of(), r.line()));
        }
        if (totals < TOTAL_ORDER.length) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "table", "funds block incomplete: " + totals + " of 3 年度资金总额 rows"));
        return new ParsedRows(rows, diags);
    }
}
