package io.gongkai.spark;

import io.gongkai.dataset.Relation;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

/**
 * Gongkai in Spark code of one's own: documents read from any Hadoop file system into the dataset of
 * {@code gongkai batch}.
 *
 * <pre>{@code
 * Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load("s3a://bucket/budgets/");
 * Extraction x = GongkaiSpark.extract(spark, files);
 * x.cells().where("template = 'budget-three-public' AND verified = 'verified'").show();
 * ParquetDataset.at(spark, "s3a://bucket/fiscal").append(x);
 * x.unpersist();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class GongkaiSpark {
    private GongkaiSpark() {
    }

    /**
     * Reads every file of a DataFrame of Spark's binaryFile source with the default options
     * ({@link SparkOptions#defaults()}).
     *
     * @see #extract(SparkSession, Dataset, SparkOptions)
     */
    public static Extraction extract(SparkSession spark, Dataset<Row> binaryFiles) {
        return extract(spark, binaryFiles, SparkOptions.defaults());
    }

    /**
     * Reads every file of a DataFrame of Spark's binaryFile source ({@code spark.read().format("binaryFile")}: its
     * columns {@code path}, a string, and {@code content}, the file's bytes; others are not read), one document a row,
     * in parallel over the DataFrame's partitions. A file that cannot be read (damaged, encrypted, over its budget, past
     * {@link SparkOptions#docTimeout()}) is a row of {@link Extraction#failures()} with the reason, and the others go on.
     * The extraction runs now, and is kept for the relations to share (see {@link Extraction}).
     *
     * @param spark       the session
     * @param binaryFiles the files, each path once
     * @param options     how each document is read
     * @return the documents read, as the dataset's relations
     */
    public static Extraction extract(SparkSession spark, Dataset<Row> binaryFiles, SparkOptions options) {
        return extract(spark, binaryFiles, options, Set.of());
    }

    /**
     * Reads the files of a DataFrame of Spark's binaryFile source whose content is not among those done: a dataset's
     * documents added to ({@link ParquetDataset#done()}). Their SHA-256 reaches the executors as a broadcast, and a file
     * is read (its bytes hashed) and passed over where it lies. Otherwise as
     * {@link #extract(SparkSession, Dataset, SparkOptions)}.
     *
     * @param done the SHA-256 (64 lower-case hex digits) of the files not to read again
     */
    public static Extraction extract(SparkSession spark, Dataset<Row> binaryFiles, SparkOptions options, Set<String> done) {
        Broadcast<Set<String>> skip = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new HashSet<>(done));
        Dataset<Row> perDocument = binaryFiles.select(SparkSchema.PATH, "content")
                .mapPartitions(new DocumentExtractor(options, skip), Encoders.row(SparkSchema.PER_DOCUMENT))
                .persist(StorageLevel.MEMORY_AND_DISK());
        // this reads every file (the persisted rows are made whole); the copies are then known
        List<Row> keys = perDocument.select(SparkSchema.SHA256, SparkSchema.PATH).collectAsList();
        Map<String, String> first = new HashMap<>();
        for (Row k : keys) first.merge(k.getString(0), k.getString(1), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        List<String> copies = new ArrayList<>();
        for (Row k : keys) if (!first.get(k.getString(0)).equals(k.getString(1))) copies.add(k.getString(1));
        Dataset<Row> kept = copies.isEmpty() ? perDocument : perDocument.where(not(col(SparkSchema.PATH).isin(copies.toArray())));
        return new Extraction(perDocument, kept, skip, Set.copyOf(first.keySet()), keys.size() - copies.size(), copies.size());
    }

    /** A relation's columns in Spark's types (the same as {@code gongkai batch}'s, in DuckDB and in its Parquet export). */
    public static StructType schema(Relation relation) {
        return SparkSchema.of(relation);
    }
}
