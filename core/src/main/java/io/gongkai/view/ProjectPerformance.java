package io.gongkai.view;

import io.gongkai.model.Cell;
import io.gongkai.model.Document;
import io.gongkai.model.Row;
import io.gongkai.model.Table;

import java.util.List;

/**
 * A 项目支出绩效自评表 (template {@code project-performance}): the project, its funds, indicators and score.
 *
 * @param table          the table's ref in its document
 * @param project        the project name, null when OCR lost it
 * @param budget         年初预算数 of 年度资金总额
 * @param fullYearBudget 全年预算数
 * @param executed       全年执行数
 * @param score          总分 得分
 * @param grade          评价 (优, 良, …), null when not printed
 */
public record ProjectPerformance(String table, String project, Amount budget, Amount fullYearBudget, Amount executed,
                                 Amount weight, Amount score, String grade, List<Indicator> indicators) {
    public static final String TEMPLATE = "project-performance";

    /** One indicator: its name (三级指标), 指标性质, target, unit, actual value, and 分值 / 得分. */
    public record Indicator(String name, String nature, String target, String unit, String actual, Amount weight, Amount score) {
    }

    /** Every project table of the document, in reading order. */
    public static List<ProjectPerformance> of(Document doc) {
        return doc.tables(TEMPLATE).stream().map(ProjectPerformance::of).toList();
    }

    public static ProjectPerformance of(Table t) {
        List<Indicator> indicators = t.rows().stream().filter(r -> r.key().value().startsWith("indicator-"))
                .map(r -> new Indicator(r.label(), text(r, "nature"), text(r, "target"), text(r, "unit"), text(r, "actual"),
                        Amount.of(t, r.cell("weight")), Amount.of(t, r.cell("score")))).toList();
        return new ProjectPerformance(t.ref(), t.cell("project", "text").map(Cell::text).orElse(null),
                Amount.of(t, t.cell("funds-total", "1")), Amount.of(t, t.cell("funds-total", "2")), Amount.of(t, t.cell("funds-total", "3")),
                Amount.of(t, t.cell("score-total", "weight")), Amount.of(t, t.cell("score-total", "score")),
                t.cell("score-total", "grade").map(Cell::text).orElse(null), indicators);
    }

    private static String text(Row r, String column) {
        return r.cell(column).map(Cell::text).orElse("");
    }
}
