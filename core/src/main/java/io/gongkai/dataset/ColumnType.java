package io.gongkai.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The type of a column of the dataset, and the Java value that stands for it in a row. Each engine maps it to its own
 * type: DuckDB's SQL type ({@link #sql()}); Spark's in {@code io.gongkai.spark}; in Parquet the two write the same
 * physical and logical types.
 *
 * @since 0.1.0
 */
public enum ColumnType {
    /** Text: a {@link String}. DuckDB {@code VARCHAR}, Spark {@code StringType}, Parquet UTF-8 string. */
    TEXT("VARCHAR"),
    /** A 32-bit whole number: an {@link Integer}. DuckDB {@code INTEGER}, Spark {@code IntegerType}, Parquet INT32. */
    INTEGER("INTEGER"),
    /**
     * An amount as printed (元 or 万元, see the table's unit) or a check's figure: a {@link BigDecimal} of scale
     * {@value #SCALE}, at most {@value #PRECISION} digits. DuckDB {@code DECIMAL(38,4)}, Spark {@code DecimalType(38,4)},
     * Parquet DECIMAL(38,4) in 16 bytes.
     */
    DECIMAL("DECIMAL(" + ColumnType.PRECISION + "," + ColumnType.SCALE + ")"),
    /**
     * A time of day on a date, in the machine's local time, without a zone: a {@link LocalDateTime} to the microsecond.
     * DuckDB {@code TIMESTAMP}, Spark {@code TimestampNTZType}, Parquet INT64 timestamp (microseconds, not adjusted to
     * UTC).
     */
    TIMESTAMP("TIMESTAMP");

    /** Digits of a {@link #DECIMAL}, in all. */
    public static final int PRECISION = 38;
    /** Digits of a {@link #DECIMAL} after the point. */
    public static final int SCALE = 4;

    private final String sql;

    ColumnType(String sql) {
        this.sql = sql;
    }

    /** The SQL type (DuckDB's spelling). */
    public String sql() {
        return sql;
    }

    /**
     * A value as this type stores it: a decimal rounded to {@value #SCALE} places half away from zero (as DuckDB casts
     * text), a time to the microsecond; {@code null} stays {@code null}.
     *
     * @throws IllegalArgumentException when the value is of another Java type, or a decimal has more than
     *                                  {@value #PRECISION} digits once rounded (no engine would store it)
     */
    public Object value(Object v) {
        if (v == null) return null;
        return switch (this) {
            case TEXT -> cast(v, String.class);
            case INTEGER -> cast(v, Integer.class);
            case DECIMAL -> {
                BigDecimal d = cast(v, BigDecimal.class).setScale(SCALE, RoundingMode.HALF_UP);
                if (d.precision() > PRECISION) {
                    throw new IllegalArgumentException("the amount " + d.toPlainString() + " has more than " + PRECISION + " digits: the dataset stores at most " + sql);
                }
                yield d;
            }
            case TIMESTAMP -> cast(v, LocalDateTime.class).truncatedTo(ChronoUnit.MICROS);
        };
    }

    private <T> T cast(Object v, Class<T> type) {
        if (!type.isInstance(v)) throw new IllegalArgumentException("a " + name() + " column holds a " + type.getSimpleName() + ", not a " + v.getClass().getSimpleName());
        return type.cast(v);
    }
}
