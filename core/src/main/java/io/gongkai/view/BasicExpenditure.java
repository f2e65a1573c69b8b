package io.gongkai.view;

import io.gongkai.model.Document;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;

import java.util.List;
import java.util.Optional;

/**
 * 一般公共预算财政拨款基本支出决算表 (template {@code general-budget-basic-expenditure}): amounts by economic code, and
 * the 人员经费 / 公用经费 totals.
 */
public record BasicExpenditure(List<Line> lines, Amount personnelTotal, Amount publicTotal) {
    public static final String TEMPLATE = "general-budget-basic-expenditure";

    /** @param code economic code (类 3 digits, 款 5), @param level 1 类, 2 款 */
    public record Line(String code, int level, String name, Amount amount) {
    }

    public static Optional<BasicExpenditure> of(Document doc) {
        return doc.table(TEMPLATE).map(BasicExpenditure::of);
    }

    public static BasicExpenditure of(Table t) {
        List<Line> lines = t.rows().stream().filter(r -> r.key().kind() == RowKey.Kind.ECONOMIC_CODE)
                .map(r -> new Line(r.key().value(), r.key().level(), r.label(), Amount.of(t, r.cell("amount")))).toList();
        return new BasicExpenditure(lines, Amount.of(t, t.cell("personnel-total", "amount")), Amount.of(t, t.cell("public-total", "amount")));
    }

    /** The amount of one economic code, e.g. {@code 30217} 公务接待费. */
    public Optional<Line> line(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }
}
