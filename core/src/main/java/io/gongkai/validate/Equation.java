package io.gongkai.validate;

import io.gongkai.model.CellRef;

import java.util.List;

/**
 * One concrete identity: {@code target = Σ sign·term}.
 *
 * @param id      identity id with where it was applied, e.g. {@code expenditure/row-total@2010450}
 * @param owner   the table it belongs to, or null for a cross-table identity
 * @param target  left side
 * @param terms   right side cells
 * @param signs   +1 / −1 for each term
 * @param missing references that named a row the table does not have (the identity cannot be decided)
 */
record Equation(String id, String owner, CellRef target, List<CellRef> terms, List<Integer> signs, List<String> missing) {
    Equation {
        terms = List.copyOf(terms);
        signs = List.copyOf(signs);
        missing = List.copyOf(missing);
    }

    String describe() {
        StringBuilder b = new StringBuilder(target.toString()).append(" =");
        for (int i = 0; i < terms.size(); i++) {
            b.append(i == 0 ? (signs.get(i) < 0 ? " -" : "") : signs.get(i) < 0 ? " -" : " +").append(' ').append(terms.get(i));
        }
        for (String m : missing) b.append(" + ").append(m).append("(missing)");
        return b.toString();
    }
}
