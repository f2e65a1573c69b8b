package io.gongkai.template;

import java.util.List;

/**
 * An arithmetic identity a template (or a document kind) asserts.
 *
 * <p>Expressions are {@code TARGET = TERM (+|-) TERM …}, each term a cell reference {@code [row].column}, optionally
 * prefixed with a template id for another table ({@code income:[total].1}). Row selectors: a key ({@code [27]},
 * {@code [total]}, {@code [30217]}), a 行次 range ({@code [1..26]}, rows that exist), a code level ({@code [@1]},
 * all 类 rows), a group ({@code [group:indicator]}), the current row ({@code [*]}, with {@code eachRow}); a key
 * ending in {@code ?} is optional (absent counts as 0). Column {@code *} stands for each of {@code columns}.
 *
 * @param id      stable id
 * @param name    what it says, in the table's words
 * @param expr    the expression (absent for a {@code tree} identity)
 * @param columns the columns {@code *} stands for (and a tree identity applies to); empty = all
 * @param eachRow apply once for every row that has the target cell
 * @param tree    {@code function} or {@code economic}: parent code = Σ child codes, total = Σ top-level rows;
 *                {@code outline}: on each side of a two-sided table, an enumerated line = Σ the lines below it
 * @param variant for a cross-table identity: the template variant its tables must be read with, where their template has
 *                that variant (null: the standard; a variant that {@link Template#extendsStandard() extends} it counts)
 */
public record IdentitySpec(String id, String name, String expr, List<String> columns, boolean eachRow, String tree, String variant) {
    public IdentitySpec {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }
}
