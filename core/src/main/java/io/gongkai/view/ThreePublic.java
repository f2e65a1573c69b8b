package io.gongkai.view;

import io.gongkai.model.Document;
import io.gongkai.model.Table;

import java.util.Optional;

/**
 * The "三公" figures (templates {@code three-public} and {@code three-public-and-operating}): 因公出国(境)费, 公务用车购置
 * 及运行维护费 (购置费, 运行维护费), 公务接待费, their total, and the counts, each for the budget (预算数), the full-year
 * budget (全年预算数) and the actual (决算数).
 */
public record ThreePublic(Figures budget, Figures fullYearBudget, Figures actual, Amount vehiclesOwned,
                         Amount receptionBatches, Amount receptionVisitors, Amount operatingExpenses) {

    public record Figures(Amount total, Amount abroad, Amount vehicles, Amount vehiclePurchase, Amount vehicleOperation,
                          Amount reception) {
    }

    /** The general-budget table (公开11表 style) when there is one, else the combined one (公开10表 style). */
    public static Optional<ThreePublic> of(Document doc) {
        return doc.table("three-public").or(() -> doc.table("three-public-and-operating")).map(ThreePublic::of);
    }

    public static ThreePublic of(Table t) {
        return new ThreePublic(figures(t, "1"), figures(t, "2"), figures(t, "3"), Amount.of(t, t.cell("15", "3")),
                Amount.of(t, t.cell("16", "3")), Amount.of(t, t.cell("18", "3")), Amount.of(t, t.cell("22", "3")));
    }

    private static Figures figures(Table t, String col) {
        return new Figures(Amount.of(t, t.cell("2", col)), Amount.of(t, t.cell("3", col)), Amount.of(t, t.cell("4", col)),
                Amount.of(t, t.cell("5", col)), Amount.of(t, t.cell("6", col)), Amount.of(t, t.cell("7", col)));
    }
}
