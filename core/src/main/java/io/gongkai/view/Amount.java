package io.gongkai.view;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Verdict;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Table;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount in a typed view: the value (null when the source shows none), its unit, and whether it can be trusted.
 *
 * @param value  the value as printed, in {@code unit}, or null
 * @param status the cell's status; {@link #trusted()} tells whether to use it without checking the source
 * @param raw    the text the value was read from
 * @param unit   for money, its table's unit: 元, 万元, or {@link MoneyUnit#UNKNOWN} (then the amount is suspect and has
 *               no value in 元); null for what is not money (a count, a percentage, a score)
 * @param verdict what the document's identities say of it (the cell's {@link io.gongkai.model.Cell#verdict()})
 */
public record Amount(BigDecimal value, CellStatus status, String raw, MoneyUnit unit, Verdict verdict) {
    static final Amount ABSENT = new Amount(null, CellStatus.EMPTY, "", null, Verdict.UNCHECKED);

    /** An amount no identity has been checked over. */
    public Amount(BigDecimal value, CellStatus status, String raw, MoneyUnit unit) {
        this(value, status, raw, unit, Verdict.UNCHECKED);
    }

    /** The cell of a table as an amount, with the table's unit when its column holds money. */
    static Amount of(Table table, Optional<Cell> cell) {
        return cell.map(c -> new Amount(c.number(), c.status(), c.raw(), moneyColumn(table, c) ? table.unit() : null, c.verdict())).orElse(ABSENT);
    }

    private static boolean moneyColumn(Table table, Cell c) {
        return table.column(c.column()).map(col -> col.kind() == io.gongkai.model.Column.Kind.MONEY).orElse(false);
    }

    /**
     * Read as printed, repaired without guessing, or recovered by an identity; money in a known unit; and no identity
     * contradicts it (a cell is flagged when suspect or contradicted, {@link io.gongkai.model.Cell#flagged()}).
     */
    public boolean trusted() {
        return value != null && (unit == null || unit.known()) && verdict != Verdict.CONTRADICTED
                && (status == CellStatus.OK || status == CellStatus.REPAIRED || status == CellStatus.RECOVERED);
    }

    /** The value, or zero when the source shows none (a blank or a dash), in {@link #unit()}. */
    public BigDecimal orZero() {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The amount in 元 (a 万元 value × 10,000); empty when there is none, it is not money, or its unit is unknown. */
    public Optional<BigDecimal> yuan() {
        if (value == null || unit == null) return Optional.empty();
        return unit.inYuan().map(value::multiply);
    }
}
