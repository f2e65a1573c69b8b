package io.gongkai.dataset;

/**
 * A column of a relation of the dataset.
 *
 * @param name the column's name, as in SQL (lower case, words joined by {@code _})
 * @param type its type
 * @since 0.1.0
 */
public record Field(String name, ColumnType type) {
    public Field {
        if (name == null || !name.matches("[a-z][a-z0-9_]*") || type == null) throw new IllegalArgumentException("a field is a lower-case name and a type: " + name);
    }
}
