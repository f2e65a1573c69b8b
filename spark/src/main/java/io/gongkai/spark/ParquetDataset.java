package io.gongkai.spark;

import io.gongkai.dataset.Relation;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.col;

/**
 * The dataset as Parquet in a folder of any Hadoop file system (local, HDFS, S3): a folder a relation
 * ({@code DIR/documents}, {@code tables}, {@code cells}, {@code checks} partitioned by kind and year:
 * {@code DIR/cells/kind=final/year=2024/part-….parquet}, an unknown year {@code year=__HIVE_DEFAULT_PARTITION__};
 * {@code DIR/failures}), as {@code gongkai batch --parquet} lays it out too.
 *
 * <p>Written by {@link #append}: each relation through Spark's output commit protocol (a write killed leaves none of its
 * files visible), documents last, so a document is in the dataset once its documents row is. What a run killed between
 * the writes leaves (rows of tables, cells or checks of documents not in documents) is removed by
 * {@link #removeIncomplete()} before the next run adds anything; those documents are read again. A relation of no rows
 * has one file of no rows ({@link #writeEmptyRelations()}), so that its folder reads as empty rather than as no files.
 *
 * @since 0.1.0
 */
public final class ParquetDataset {
    /** The order a group of documents is written in: documents last (see above). */
    private static final List<Relation> WRITE_ORDER = List.of(Relation.FAILURES, Relation.TABLES, Relation.CHECKS, Relation.CELLS, Relation.DOCUMENTS);
    private final SparkSession spark;
    private final String dir;

    private ParquetDataset(SparkSession spark, String dir) {
        this.spark = spark;
        this.dir = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
    }

    /** The dataset in a folder (a path or a URI: {@code /data/fiscal}, {@code s3a://bucket/fiscal}), which may not exist yet. */
    public static ParquetDataset at(SparkSession spark, String dir) {
        return new ParquetDataset(spark, dir);
    }

    /** Where a relation's files are: {@code DIR/cells}. */
    public String location(Relation relation) {
        return dir + "/" + relation.id();
    }

    /**
     * A relation's rows, its columns in {@link Relation#fields()}' order and {@link GongkaiSpark#schema}'s types
     * (the partition columns too); none when the folder has none yet.
     */
    public Dataset<Row> read(Relation relation) {
        if (!exists(location(relation))) return spark.createDataFrame(List.of(), SparkSchema.of(relation));
        return spark.read().schema(SparkSchema.of(relation)).parquet(location(relation)).select(columns(relation));
    }

    /**
     * The SHA-256 of every file the dataset has read: its documents, and its failures that have one. Read from the
     * sha256 columns of documents and failures and held on the driver (about 100 bytes a document).
     */
    public Set<String> done() {
        Dataset<Row> both = read(Relation.DOCUMENTS).select(SparkSchema.SHA256).union(read(Relation.FAILURES).select(SparkSchema.SHA256).where(col(SparkSchema.SHA256).isNotNull()));
        Set<String> done = new HashSet<>();
        for (Row r : both.collectAsList()) done.add(r.getString(0));
        return done;
    }

    /**
     * Removes the files of tables, cells and checks that hold rows of documents not in documents: what a run killed
     * after those writes and before its documents write left (each such file is of that run's documents alone). Reads
     * the sha256 column of those relations.
     *
     * @return how many files were removed
     */
    public long removeIncomplete() {
        Dataset<Row> documents = read(Relation.DOCUMENTS).select(col(SparkSchema.SHA256).as("done"));
        long removed = 0;
        for (Relation r : List.of(Relation.TABLES, Relation.CHECKS, Relation.CELLS)) {
            if (!exists(location(r))) continue;
            Dataset<Row> rows = spark.read().schema(SparkSchema.of(r)).parquet(location(r)).select(col(SparkSchema.SHA256), col("_metadata.file_path").as("file"));
            List<Row> files = rows.join(documents, rows.col(SparkSchema.SHA256).equalTo(documents.col("done")), "left_anti").select("file").distinct().collectAsList();
            for (Row f : files) {
                try {
                    Path p = new Path(new URI(f.getString(0)));
                    if (p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, false)) removed++;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove " + f.getString(0) + ", a file of a run that was not finished", e);
                } catch (URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return removed;
    }

    /**
     * Adds the documents of an extraction: each relation in one write, documents last. Each write has at most as many
     * files a partition as the session has cores ({@code defaultParallelism}). A relation still without a file after
     * it (the extraction had no rows of it, nor had the dataset) is given its file of no rows
     * ({@link #writeEmptyRelations()}).
     */
    public void append(Extraction extraction) {
        int files = Math.max(1, spark.sparkContext().defaultParallelism());
        for (Relation r : WRITE_ORDER) {
            DataFrameWriter<Row> w = extraction.relation(r).coalesce(files).write().mode(SaveMode.Append);
            if (!r.partitionedBy().isEmpty()) w = w.partitionBy(r.partitionedBy().toArray(String[]::new));
            w.parquet(location(r));
        }
        writeEmptyRelations();
    }

    /**
     * Gives every relation whose folder holds no Parquet file (none written yet, or only empty writes: Spark writes no
     * file for a partitioned write of no rows) one file of no rows with its columns, in the partition of NULLs
     * ({@link Relation#emptyPartition()}), as {@code gongkai batch --parquet} does: a reader that lists the folder's
     * files (DuckDB's <code>read_parquet('DIR/cells/**&#47;*.parquet')</code>) then reads the relation as empty instead of
     * failing on no files. A relation with a file is left as it is.
     */
    public void writeEmptyRelations() {
        for (Relation r : Relation.values()) {
            if (hasParquet(location(r))) continue;
            StructType stored = DataTypes.createStructType(java.util.Arrays.stream(SparkSchema.of(r).fields())
                    .filter(f -> !r.partitionedBy().contains(f.name())).toList());
            String where = r.emptyPartition().isEmpty() ? location(r) : location(r) + "/" + r.emptyPartition();
            // a write of no rows, not partitioned, is one file with the columns
            spark.createDataFrame(List.of(), stored).coalesce(1).write().mode(SaveMode.Append).parquet(where);
        }
    }

    /** Whether a folder holds a Parquet file (at any depth; the listing stops at the first). */
    private boolean hasParquet(String location) {
        try {
            Path p = new Path(location);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(p)) return false;
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(p, true);
            while (files.hasNext()) if (files.next().getPath().getName().endsWith(".parquet")) return true;
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location, e);
        }
    }

    private static Column[] columns(Relation relation) {
        return relation.names().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    private boolean exists(String location) {
        try {
            Path p = new Path(location);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + location, e);
        }
    }
}
