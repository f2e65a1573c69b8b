package io.gongkai.view;

import io.gongkai.model.Document;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;

import java.util.List;
import java.util.Optional;

/**
 * 收入支出决算表 (template {@code income-expenditure-summary}): income lines and expenditure lines by 行次, with the
 * totals named.
 */
public record IncomeExpenditureSummary(List<Line> income, List<Line> expenditure, Amount totalIncome,
                                       Amount specialReserveUsed, Amount openingBalance, Amount incomeGrandTotal,
                                       Amount totalExpenditure, Amount surplusDistribution, Amount closingBalance,
                                       Amount expenditureGrandTotal) {
    public static final String TEMPLATE = "income-expenditure-summary";

    /** One line: 行次, label, amount. */
    public record Line(int line, String label, Amount amount) {
    }

    public static Optional<IncomeExpenditureSummary> of(Document doc) {
        return doc.table(TEMPLATE).map(IncomeExpenditureSummary::of);
    }

    public static IncomeExpenditureSummary of(Table t) {
        List<Line> income = lines(t, 1, 26, "1"), expenditure = lines(t, 31, 56, "2");
        return new IncomeExpenditureSummary(income, expenditure,
                Amount.of(t, t.cell("27", "1")), Amount.of(t, t.cell("28", "1")), Amount.of(t, t.cell("29", "1")), Amount.of(t, t.cell("30", "1")),
                Amount.of(t, t.cell("57", "2")), Amount.of(t, t.cell("58", "2")), Amount.of(t, t.cell("59", "2")), Amount.of(t, t.cell("60", "2")));
    }

    private static List<Line> lines(Table t, int from, int to, String column) {
        return t.rows().stream().filter(r -> r.key().kind() == RowKey.Kind.LINE)
                .filter(r -> { int n = Integer.parseInt(r.key().value()); return n >= from && n <= to; })
                .map(r -> new Line(Integer.parseInt(r.key().value()), r.label(), Amount.of(t, r.cell(column)))).toList();
    }
}
