package io.gongkai.spark;

import io.gongkai.dataset.ColumnType;
import io.gongkai.dataset.Field;
import io.gongkai.dataset.Relation;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

/** The dataset's schema ({@link Relation}) in Spark's types, and its rows as Spark rows. */
final class SparkSchema {
    /** Columns of a row of {@link #PER_DOCUMENT}. */
    static final String SHA256 = "sha256", PATH = "path";
    /**
     * The columns of a cell that are its document's: kept once a document, and put on each cell when the relation is
     * read out (as DuckDB's view cells joins them from documents): the cells are most of what is kept, and the
     * SHA-256 and department repeated on each made a third of it.
     */
    static final List<String> DOCUMENT_COLUMNS = List.of(SHA256, "department", "year", "kind");
    /** Where the columns a cell keeps are in a row of {@link Relation#CELLS}. */
    static final int[] KEPT_CELL_COLUMNS = java.util.stream.IntStream.range(0, Relation.CELLS.fields().size())
            .filter(i -> !DOCUMENT_COLUMNS.contains(Relation.CELLS.fields().get(i).name())).toArray();
    /**
     * One row per document read: its SHA-256, path, department, year and kind, then for each relation (by its id) an
     * array of its rows (one documents row, or one failures row; the cells without their document's columns).
     */
    static final StructType PER_DOCUMENT = perDocument();

    private SparkSchema() {
    }

    /**
     * Spark's type for a column: TEXT a string, INTEGER an int, DECIMAL a decimal(38,4), TIMESTAMP a timestamp without
     * zone (timestamp_ntz: what DuckDB's TIMESTAMP is, and how both write it in Parquet).
     */
    static DataType type(ColumnType type) {
        return switch (type) {
            case TEXT -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case DECIMAL -> DataTypes.createDecimalType(ColumnType.PRECISION, ColumnType.SCALE);
            case TIMESTAMP -> DataTypes.TimestampNTZType;
        };
    }

    /** A relation's columns, in order, every one nullable. */
    static StructType of(Relation relation) {
        List<StructField> fields = new ArrayList<>();
        for (Field f : relation.fields()) fields.add(DataTypes.createStructField(f.name(), type(f.type()), true));
        return DataTypes.createStructType(fields);
    }

    private static StructType perDocument() {
        List<StructField> fields = new ArrayList<>();
        StructType cells = of(Relation.CELLS);
        for (String c : DOCUMENT_COLUMNS) fields.add(cells.apply(c));
        fields.add(DataTypes.createStructField(PATH, DataTypes.StringType, false));
        for (Relation r : Relation.values()) {
            StructType kept = r != Relation.CELLS ? of(r) : DataTypes.createStructType(java.util.Arrays.stream(KEPT_CELL_COLUMNS).mapToObj(i -> cells.fields()[i]).toList());
            fields.add(DataTypes.createStructField(r.id(), DataTypes.createArrayType(kept, false), false));
        }
        return DataTypes.createStructType(fields);
    }

    /** A relation's rows out of rows of {@link #PER_DOCUMENT}: its columns in order, a cell's document columns put back. */
    static Dataset<Row> relation(Dataset<Row> perDocument, Relation relation) {
        List<Column> columns = new ArrayList<>();
        for (String c : DOCUMENT_COLUMNS) if (relation == Relation.CELLS) columns.add(col(c));
        columns.add(explode(col(relation.id())).as("r"));
        return perDocument.select(columns.toArray(Column[]::new))
                .select(relation.names().stream().map(n -> relation == Relation.CELLS && DOCUMENT_COLUMNS.contains(n) ? col(n) : col("r." + n)).toArray(Column[]::new));
    }

    /** A row of a relation (its values as {@link Relation#row} gives them: String, Integer, BigDecimal, LocalDateTime). */
    static Row row(List<Object> values) {
        return RowFactory.create(values.toArray());
    }

    /** Rows of a relation as they are kept (see {@link #PER_DOCUMENT}), as the value of an array column (a Scala sequence). */
    static scala.collection.Seq<Row> array(Relation relation, List<List<Object>> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (relation != Relation.CELLS) {
                out.add(row(r));
                continue;
            }
            Object[] kept = new Object[KEPT_CELL_COLUMNS.length];
            for (int i = 0; i < kept.length; i++) kept[i] = r.get(KEPT_CELL_COLUMNS[i]);
            out.add(RowFactory.create(kept));
        }
        return CollectionConverters.asScala(out);
    }
}
