package io.gongkai.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of one arithmetic identity on concrete cells.
 *
 * @param identity   the identity id from the template (with the column or row it was applied to)
 * @param description human-readable form, e.g. {@code 01[27].1 = 01[1].1 + … }
 * @param status     outcome
 * @param expected   the left side's value (null when unknown)
 * @param actual     the right side's sum (null when unknown)
 * @param difference expected − actual (null when unknown)
 * @param target     the cell on the left side
 * @param terms      the cells on the right side
 * @param noFigure   those of its cells that show no figure (a blank taken as 0, a dash) or an OCR 0 in doubt taken as
 *                   0 (a lone {@code o}): an identity that holds over
 *                   such cells holds by assumption and verifies nothing
 */
public record Check(String identity, String description, CheckStatus status, BigDecimal expected,
                    BigDecimal actual, BigDecimal difference, CellRef target, List<CellRef> terms, List<CellRef> noFigure) {
    public Check {
        terms = List.copyOf(terms);
        noFigure = noFigure == null ? List.of() : List.copyOf(noFigure);
    }

    public Check(String identity, String description, CheckStatus status, BigDecimal expected, BigDecimal actual, BigDecimal difference, CellRef target, List<CellRef> terms) {
        this(identity, description, status, expected, actual, difference, target, terms, List.of());
    }

    /** Every cell the check reads. */
    public List<CellRef> cells() {
        java.util.List<CellRef> all = new java.util.ArrayList<>();
        all.add(target);
        all.addAll(terms);
        return all;
    }
}
