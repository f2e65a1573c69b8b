package io.gongkai.model;

import java.math.BigDecimal;
import java.util.Optional;

/** Unit in which a table prints its amounts. */
public enum MoneyUnit {
    YUAN("元", BigDecimal.ONE),
    WAN_YUAN("万元", BigDecimal.valueOf(10_000));

    private final String label;
    private final BigDecimal yuan;

    MoneyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    /** The unit as printed, 元 or 万元. */
    public String label() { return label; }

    /** How many 元 one unit is. */
    public BigDecimal inYuan() { return yuan; }

    /** Published amounts in 万元 are rounded to 0.01 万元, so sums of them carry rounding differences. */
    public boolean rounded() { return this == WAN_YUAN; }

    /** Reads a unit out of a header fragment such as {@code 金额单位:万元}. */
    public static Optional<MoneyUnit> parse(String text) {
        if (text == null) return Optional.empty();
        int at = Math.max(text.lastIndexOf("单位"), text.lastIndexOf("單位"));
        String tail = at >= 0 ? text.substring(at) : text;
        if (tail.contains("万元") || tail.contains("万")) return Optional.of(WAN_YUAN);
        if (tail.contains("元")) return Optional.of(YUAN);
        return Optional.empty();
    }
}
