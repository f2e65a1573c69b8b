package io.gongkai.spark;

import io.gongkai.dataset.ColumnType;
import io.gongkai.dataset.Field;
import io.gongkai.dataset.Relation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import scala.jdk.javaapi.CollectionConverters;

import java.util.ArrayList;
import java.util.List;

/** The dataset's schema ({@link Relation}) in Spark's types, and its rows as Spark rows. */
final class SparkSchema {
    /** The columns of a row of {@link #PER_DOCUMENT} before its relations'. */
    static final String SHA256 = "sha256", PATH = "path";
    /**
     * One row per document read: its SHA-256 and path, then for each relation (by its id) an array of its rows (one
     * documents row, or one failures row).
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
        fields.add(DataTypes.createStructField(SHA256, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(PATH, DataTypes.StringType, false));
        for (Relation r : Relation.values()) fields.add(DataTypes.createStructField(r.id(), DataTypes.createArrayType(of(r), false), false));
        return DataTypes.createStructType(fields);
    }

    /** A row of a relation (its values as {@link Relation#row} gives them: String, Integer, BigDecimal, LocalDateTime). */
    static Row row(List<Object> values) {
        return RowFactory.create(values.toArray());
    }

    /** Rows of a relation, as the value of an array column (a Scala sequence). */
    static scala.collection.Seq<Row> array(List<List<Object>> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        for (List<Object> r : rows) out.add(row(r));
        return CollectionConverters.asScala(out);
    }
}
