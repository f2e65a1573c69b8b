package io.gongkai.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.gongkai.dataset.ColumnType.DECIMAL;
import static io.gongkai.dataset.ColumnType.INTEGER;
import static io.gongkai.dataset.ColumnType.TEXT;
import static io.gongkai.dataset.ColumnType.TIMESTAMP;

/**
 * The relations of the dataset, each with its columns in order. A document is keyed by the SHA-256 of its bytes
 * ({@code sha256}, 64 lower-case hex digits) in every relation; {@code kind} ({@code final}, {@code budget},
 * {@code unknown}) and {@code year} (the fiscal year, NULL when not found) are the document's, repeated in each of its
 * rows, and partition the relations stored as Parquet ({@link #partitionedBy()}). Amounts are as printed, in the table's
 * {@code unit} (元 or 万元; NULL when unknown, and then every amount of the table is {@code suspect}).
 *
 * @since 0.1.0
 */
public enum Relation {
    /**
     * One row per document read: its file name ({@code source}) and where it was read from ({@code path}: a local path
     * for {@code batch}, the file system's URI for Spark), publisher, year, kind, the unit most of its tables are in,
     * its counts of tables, cells, identities holding and failing, and when it was read.
     */
    DOCUMENTS(f("sha256", TEXT), f("source", TEXT), f("path", TEXT), f("department", TEXT), f("year", INTEGER), f("kind", TEXT),
            f("unit", TEXT), f("tables", INTEGER), f("cells", INTEGER), f("checks_holding", INTEGER), f("checks_failing", INTEGER),
            f("extracted_at", TIMESTAMP)),
    /**
     * One row per table: {@code table_ref} ({@code T01}… in reading order), the template it was identified as (NULL when
     * none) and its variant, the number and title as printed, its unit and where the unit came from ({@code unit_source}:
     * header, label, identity, rounding or none), the pages it is printed on ({@code 3,4}).
     */
    TABLES(f("sha256", TEXT), f("table_ref", TEXT), f("template", TEXT), f("variant", TEXT), f("printed_number", TEXT), f("title", TEXT),
            f("unit", TEXT), f("pages", TEXT), f("unit_source", TEXT), f("kind", TEXT), f("year", INTEGER)),
    /**
     * The tidy dataset, one row per cell: the document's department and year, its table and template, the row's key
     * (行次, a classification code, {@code total}, a row id) and label, the column's key (栏次 or an id) and label, the
     * number ({@code value}, NULL for a text cell) or text, the raw text as printed, the table's unit (given beside a count, a percentage or text too, which the tidy CSV leaves without one), the cell's
     * {@code status} (ok, repaired, recovered, suspect, empty), what the identities say of it ({@code verified}:
     * verified, contradicted, unchecked) and its page ({@link io.gongkai.model.Table#pageOf}: the table's first page for a
     * cell without a box, as in the tidy CSV; NULL where the table has none, as text input).
     */
    CELLS(f("sha256", TEXT), f("department", TEXT), f("year", INTEGER), f("kind", TEXT), f("table_ref", TEXT), f("template", TEXT),
            f("row_key", TEXT), f("row_label", TEXT), f("col_key", TEXT), f("col_label", TEXT), f("value", DECIMAL), f("text", TEXT),
            f("raw", TEXT), f("unit", TEXT), f("status", TEXT), f("verified", TEXT), f("page", INTEGER)),
    /**
     * One row per identity checked: the table it is of (NULL for one across tables), its id, outcome ({@code pass},
     * {@code rounding}, {@code fail}, {@code unverifiable}), the two sides and their difference, and its description.
     */
    CHECKS(f("sha256", TEXT), f("table_ref", TEXT), f("identity", TEXT), f("status", TEXT), f("expected", DECIMAL), f("actual", DECIMAL),
            f("difference", DECIMAL), f("description", TEXT), f("kind", TEXT), f("year", INTEGER)),
    /**
     * One row per file that could not be read: where it is, its SHA-256 (NULL when its bytes could not be read), why (the
     * message {@code extract} prints, a budget passed, {@code timeout after 300s}), and when.
     */
    FAILURES(f("path", TEXT), f("sha256", TEXT), f("error", TEXT), f("failed_at", TIMESTAMP));

    /**
     * The name of a partition whose value is NULL, as Hive, Spark and Trino write it and read it back as NULL
     * ({@code year=__HIVE_DEFAULT_PARTITION__}; DuckDB reads it as that text).
     */
    public static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

    private final List<Field> fields;

    Relation(Field... fields) {
        this.fields = List.of(fields);
    }

    private static Field f(String name, ColumnType type) {
        return new Field(name, type);
    }

    /** The relation's name, as a table, a view or a folder of Parquet files: {@code documents}, {@code cells} … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Its columns, in order. */
    public List<Field> fields() {
        return fields;
    }

    /** The names of its columns, in order. */
    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /**
     * The position of a column.
     *
     * @throws IllegalArgumentException when the relation has no such column
     */
    public int index(String name) {
        for (int i = 0; i < fields.size(); i++) if (fields.get(i).name().equals(name)) return i;
        throw new IllegalArgumentException(id() + " has no column " + name);
    }

    /**
     * The columns that partition it as Parquet ({@code DIR/cells/kind=final/year=2024/…}; an unknown year is
     * {@code year=__HIVE_DEFAULT_PARTITION__}, as Hive, Spark and Trino write a NULL): {@code kind} and {@code year}
     * for the relations of documents read, none for failures.
     */
    public List<String> partitionedBy() {
        return this == FAILURES ? List.of() : List.of("kind", "year");
    }

    /**
     * Where, under the relation's folder of Parquet files, a relation with no rows keeps its one file of no rows (with
     * its columns but the partition columns, as every file of a partitioned relation): the partition whose values are
     * all NULL ({@code kind=__HIVE_DEFAULT_PARTITION__/year=__HIVE_DEFAULT_PARTITION__}), or "" (the folder itself) for a
     * relation that is not partitioned. A reader that lists the folder's files (DuckDB's
     * <code>read_parquet('DIR/cells/**&#47;*.parquet', hive_partitioning = true)</code>) then finds the relation, empty,
     * with every column, kind and year among them, where a folder without files fails ("No files found"); Spark, Hive
     * and Trino read it as a partition of no rows.
     */
    public String emptyPartition() {
        return String.join("/", partitionedBy().stream().map(c -> c + "=" + NULL_PARTITION).toList());
    }

    /** The columns stored in its Parquet files: all but those that partition it ({@link #partitionedBy()}). */
    public List<String> storedNames() {
        return names().stream().filter(n -> !partitionedBy().contains(n)).toList();
    }

    /**
     * A row of this relation from its values in column order, each checked and stored as its column's type stores
     * it ({@link ColumnType#value}). The list is unmodifiable and may hold NULLs.
     *
     * @throws IllegalArgumentException when there are more or fewer values than columns, or one is not of its column's type
     */
    public List<Object> row(Object... values) {
        if (values.length != fields.size()) throw new IllegalArgumentException(id() + " has " + fields.size() + " columns, not " + values.length);
        List<Object> row = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            try {
                row.add(fields.get(i).type().value(values[i]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(id() + "." + fields.get(i).name() + ": " + e.getMessage(), e);
            }
        }
        return java.util.Collections.unmodifiableList(row);
    }
}
