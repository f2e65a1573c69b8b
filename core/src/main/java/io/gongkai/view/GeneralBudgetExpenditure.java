package io.gongkai.view;

import io.gongkai.model.Document;
import io.gongkai.model.Table;

import java.util.List;
import java.util.Optional;

/**
 * 一般公共预算财政拨款收入支出决算表 (template {@code general-budget-expenditure}): per function code, the opening
 * balance, the year's income and expenditure (基本支出 split into 人员经费 / 公用经费, and 项目支出), the closing balance.
 */
public record GeneralBudgetExpenditure(List<Line> lines, Line total) {
    public static final String TEMPLATE = "general-budget-expenditure";

    public record Line(String code, int level, String name, Amount openingBalance, Amount income, Amount expenditure,
                       Amount basic, Amount personnel, Amount publicExpenses, Amount project, Amount closingBalance) {
    }

    public static Optional<GeneralBudgetExpenditure> of(Document doc) {
        return doc.table(TEMPLATE).map(GeneralBudgetExpenditure::of);
    }

    public static GeneralBudgetExpenditure of(Table t) {
        List<Line> all = FunctionLine.of(t).stream().map(f -> new Line(f.code(), f.level(), f.name(), f.value("1"), f.value("4"),
                f.value("7"), f.value("8"), f.value("9"), f.value("10"), f.value("11"), f.value("12"))).toList();
        Line total = all.stream().filter(l -> l.code().equals("total")).findFirst().orElse(null);
        return new GeneralBudgetExpenditure(all.stream().filter(l -> !l.code().equals("total")).toList(), total);
    }
}
