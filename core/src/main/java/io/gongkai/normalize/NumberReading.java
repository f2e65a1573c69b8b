package io.gongkai.normalize;

import io.gongkai.model.Repair;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a printed number string says.
 *
 * @param kind          number, percent, dash placeholder, blank, or text that is not a number
 * @param value         the value (null unless NUMBER or PERCENT)
 * @param decimals      digits after the decimal point as printed
 * @param missingDigits decimal digits lost at the right edge (a truncated {@code 79,980.0} has 1 of 2 missing)
 * @param certain       false when a repair guessed (glyph confusions, irregular digit grouping)
 * @param repairs       every change made to the raw text
 */
public record NumberReading(Kind kind, BigDecimal value, int decimals, int missingDigits, boolean certain,
                            List<Repair> repairs) {
    public enum Kind { NUMBER, PERCENT, DASH, BLANK, TEXT }

    public NumberReading {
        repairs = List.copyOf(repairs);
    }

    public boolean isValue() {
        return kind == Kind.NUMBER || kind == Kind.PERCENT;
    }

    public boolean truncated() {
        return missingDigits > 0;
    }

    /** The largest value the printed prefix allows when digits were lost (same as value otherwise). */
    public BigDecimal upperBound() {
        if (!truncated() || value == null) return value;
        BigDecimal span = BigDecimal.ONE.movePointLeft(decimals).subtract(BigDecimal.ONE.movePointLeft(decimals + missingDigits));
        return value.signum() < 0 ? value : value.add(span);
    }
}
