package io.gongkai.view;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An amount in a typed view: the value (null when the source shows none), and whether it can be trusted.
 *
 * @param value  the value in the table's unit, or null
 * @param status the cell's status; {@link #trusted()} tells whether to use it without checking the source
 * @param raw    the text the value was read from
 */
public record Amount(BigDecimal value, CellStatus status, String raw) {
    static final Amount ABSENT = new Amount(null, CellStatus.EMPTY, "");

    static Amount of(Optional<Cell> cell) {
        return cell.map(c -> new Amount(c.number(), c.status(), c.raw())).orElse(ABSENT);
    }

    /** Read as printed, repaired without guessing, or recovered by an identity. */
    public boolean trusted() {
        return value != null && (status == CellStatus.OK || status == CellStatus.REPAIRED || status == CellStatus.RECOVERED);
    }

    /** The value, or zero when the source shows none (a blank or a dash). */
    public BigDecimal orZero() {
        return value == null ? BigDecimal.ZERO : value;
    }
}
