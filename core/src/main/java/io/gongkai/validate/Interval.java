package io.gongkai.validate;

import java.math.BigDecimal;

/** A closed interval of amounts; a null bound is unbounded. Immutable. */
record Interval(BigDecimal lo, BigDecimal hi) {
    static final Interval ALL = new Interval(null, null);

    static Interval exact(BigDecimal v) {
        return new Interval(v, v);
    }

    boolean isExact() {
        return lo != null && hi != null && lo.compareTo(hi) == 0;
    }

    boolean isEmpty() {
        return lo != null && hi != null && lo.compareTo(hi) > 0;
    }

    boolean contains(BigDecimal v) {
        return (lo == null || lo.compareTo(v) <= 0) && (hi == null || hi.compareTo(v) >= 0);
    }

    Interval plus(Interval o, int sign) {
        if (sign > 0) return new Interval(add(lo, o.lo), add(hi, o.hi));
        return new Interval(sub(lo, o.hi), sub(hi, o.lo));
    }

    Interval negate() {
        return new Interval(hi == null ? null : hi.negate(), lo == null ? null : lo.negate());
    }

    Interval intersect(Interval o) {
        BigDecimal l = lo == null ? o.lo : o.lo == null ? lo : lo.max(o.lo);
        BigDecimal h = hi == null ? o.hi : o.hi == null ? hi : hi.min(o.hi);
        return new Interval(l, h);
    }

    /** Strictly narrower than {@code o} on at least one side. */
    boolean narrowerThan(Interval o) {
        boolean loTighter = lo != null && (o.lo == null || lo.compareTo(o.lo) > 0);
        boolean hiTighter = hi != null && (o.hi == null || hi.compareTo(o.hi) < 0);
        return loTighter || hiTighter;
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }

    private static BigDecimal sub(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
