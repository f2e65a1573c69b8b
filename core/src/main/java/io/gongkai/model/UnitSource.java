package io.gongkai.model;

/**
 * Where a table's {@link MoneyUnit} comes from, decided once for the document (by {@code io.gongkai.unit.TableUnits}).
 *
 * @param kind   the kind of evidence
 * @param detail the evidence in words: the text printed ({@code 单位：元}, {@code 项目资金(元)}), the identity and the
 *               table of known unit it holds with, or why the unit is unknown
 */
public record UnitSource(Kind kind, String detail) {
    public enum Kind {
        /** A unit line printed with the table: above its grid (a continued table: on its first page) or in its header rows. */
        HEADER,
        /** A unit printed in the table's own labels, all alike: 项目资金(元), 金额（万元）. */
        LABEL,
        /** A unit stated in the table's own note under it: 注：表中金额单位为万元. */
        NOTE,
        /** A cross-table identity with a table of known unit holds in this unit and fails in the other. */
        IDENTITY,
        /** Sums of the table differ from their printed parts by the rounding of 万元 (0.01–0.02), in places that share no cell. */
        ROUNDING,
        /** No evidence: the unit is {@link MoneyUnit#UNKNOWN}. */
        NONE;

        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public UnitSource {
        java.util.Objects.requireNonNull(kind);
        detail = detail == null ? "" : detail;
    }

    /** Whether the table itself prints its unit (a header line, its labels or its note). */
    public boolean printed() {
        return kind == Kind.HEADER || kind == Kind.LABEL || kind == Kind.NOTE;
    }
}
