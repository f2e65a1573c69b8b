package io.gongkai.template;

import io.gongkai.model.Column;

import java.util.List;

/**
 * A row a template knows: a 行次 with its standard label, an economic code with its name, or a named row.
 *
 * @param key     行次, code or row id
 * @param label   the standard label
 * @param aliases other labels it is printed with
 * @param kind    value kind when the row differs from its column (e.g. counts in a money column)
 * @param group   optional grouping (e.g. 人员经费 / 公用经费)
 */
public record TemplateRow(String key, String label, List<String> aliases, Column.Kind kind, String group) {
    public TemplateRow {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
