package io.gongkai.view;

import io.gongkai.model.Document;
import io.gongkai.model.Table;

import java.util.List;
import java.util.Optional;

/**
 * 支出决算表 (template {@code expenditure}) as named columns: for each function code, 本年支出合计, 基本支出, 项目支出,
 * 上缴上级支出, 经营支出, 对附属单位补助支出.
 */
public record ExpenditureByFunction(List<Line> lines, Line total) {
    public static final String TEMPLATE = "expenditure";

    public record Line(String code, int level, String name, Amount total, Amount basic, Amount project,
                       Amount paidToSuperior, Amount operating, Amount subsidiesToAffiliates) {
    }

    public static Optional<ExpenditureByFunction> of(Document doc) {
        return doc.table(TEMPLATE).map(ExpenditureByFunction::of);
    }

    public static ExpenditureByFunction of(Table t) {
        List<Line> all = FunctionLine.of(t).stream().map(f -> new Line(f.code(), f.level(), f.name(), f.value("1"), f.value("2"),
                f.value("3"), f.value("4"), f.value("5"), f.value("6"))).toList();
        Line total = all.stream().filter(l -> l.code().equals("total")).findFirst().orElse(null);
        return new ExpenditureByFunction(all.stream().filter(l -> !l.code().equals("total")).toList(), total);
    }
}
