package io.gongkai.spark;

import io.gongkai.cli.Main;
import io.gongkai.dataset.Relation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: the Spark job in {@code local[2]} makes batch's dataset, row for row, from the same files; reruns add
 * nothing; what cannot be read, or runs past its time, is a failures row; one query reads either output the same.
 */
class ExtractJobTest {
    private static SparkSession spark;
    private static Path work, in, batch, out;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("gongkai-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        work = Inputs.fresh(Path.of("target", "extract-job"));
        in = Inputs.fixtures(work.resolve("in"));
        batch = work.resolve("batch");
        // exit 1: two files could not be read
        assertEquals(1, Main.run("batch", in.toString(), "--db", work.resolve("batch.duckdb").toString(), "--parquet", batch.toString()));
        out = work.resolve("out");
        // three files a group: the dataset is written in three groups
        ExtractJob.Summary s = ExtractJob.run(spark, "--input", in.toString(), "--output", out.toString(), "--group", "3");
        assertEquals(new ExtractJob.Summary(6, 1, 2), s, "6 documents, a copy of one, the damaged and the encrypted PDF");
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /** A relation as a folder of Parquet holds it, with the path as batch gives it (a local path, without file:). */
    private static Dataset<Row> read(Path dir, Relation r) {
        Dataset<Row> rows = ParquetDataset.at(spark, dir.toString()).read(r);
        return Arrays.asList(rows.columns()).contains("path") ? rows.withColumn("path", regexp_replace(col("path"), "^file:", "")) : rows;
    }

    /** Every row of one is in the other as often. */
    private static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual, String what) {
        assertEquals(expected.count(), actual.count(), what + ": rows");
        assertEquals(0, expected.exceptAll(actual).count(), what + ": rows of batch's not in Spark's");
        assertEquals(0, actual.exceptAll(expected).count(), what + ": rows of Spark's not in batch's");
    }

    /** Batch's dataset and the job's, compared relation by relation (but the times they were written). */
    static void assertSameDataset(Path batch, Path spark) {
        for (Relation r : Relation.values()) {
            List<String> compared = r.names().stream().filter(n -> !n.equals("extracted_at") && !n.equals("failed_at")).toList();
            Dataset<Row> b = read(batch, r).selectExpr(compared.toArray(String[]::new)), s = read(spark, r).selectExpr(compared.toArray(String[]::new));
            assertSameRows(b, s, r.id());
        }
    }

    @Test
    void theJobWritesBatchsDatasetRowForRow() {
        assertSameDataset(batch, out);
        assertEquals(6, read(out, Relation.DOCUMENTS).count());
        assertTrue(read(out, Relation.CELLS).count() > 8_000);
        assertEquals(read(out, Relation.DOCUMENTS).agg(org.apache.spark.sql.functions.sum("cells")).first().getLong(0), read(out, Relation.CELLS).count());
        assertTrue(Files.isDirectory(out.resolve("cells/kind=final/year=2024")), "partitioned by kind and year");
    }

    @Test
    void aDamagedAndAnEncryptedPdfAreFailuresWithTheirReasons() {
        List<Row> failures = read(out, Relation.FAILURES).orderBy("path").collectAsList();
        assertEquals(2, failures.size());
        assertTrue(failures.get(0).getString(0).endsWith("damaged.pdf"));
        assertTrue(failures.get(0).getString(2).contains("damaged"), failures.get(0).getString(2));
        assertTrue(failures.get(1).getString(0).endsWith("encrypted.pdf"));
        assertTrue(failures.get(1).getString(2).contains("password"), failures.get(1).getString(2));
        assertEquals(64, failures.get(1).getString(1).length(), "keyed by the SHA-256 of its bytes");
    }

    @Test
    void aRerunAddsNothing() {
        long cells = read(out, Relation.CELLS).count();
        assertEquals(new ExtractJob.Summary(0, 9, 0), ExtractJob.run(spark, "--input", in.toString(), "--output", out.toString()));
        assertEquals(6, read(out, Relation.DOCUMENTS).count());
        assertEquals(cells, read(out, Relation.CELLS).count());
        assertEquals(2, read(out, Relation.FAILURES).count());
    }

    @Test
    void aDocumentPastItsTimeoutIsAFailureAndTheJobGoesOn() throws Exception {
        Path slow = Inputs.fresh(work.resolve("slow-in"));
        Files.copy(in.resolve("pdfbox.pdf"), slow.resolve("pdfbox.pdf"));
        Path dir = work.resolve("slow-out");
        assertEquals(new ExtractJob.Summary(0, 0, 1), ExtractJob.run(spark, "--input", slow.toString(), "--output", dir.toString(), "--doc-timeout", "1ms"));
        Row f = read(dir, Relation.FAILURES).first();
        assertEquals("timeout after 0.001s", f.getString(2));
        assertTrue(f.getString(0).endsWith("pdfbox.pdf"));
    }

    /**
     * A run killed after it wrote a group's tables, cells and checks and before its documents: the next run removes
     * those rows' files, reads the documents again, and the dataset is as if the first had not been.
     */
    @Test
    void aRunKilledBeforeItsDocumentsWereWrittenLeavesNothingOnceRerun() throws Exception {
        Path dir = work.resolve("killed-out");
        Extraction x = GongkaiSpark.extract(spark, spark.read().format("binaryFile").load(in.resolve("text").toString()));
        ParquetDataset killed = ParquetDataset.at(spark, dir.toString());
        for (Relation r : List.of(Relation.TABLES, Relation.CHECKS, Relation.CELLS)) {
            x.relation(r).write().partitionBy("kind", "year").parquet(killed.location(r));
        }
        x.unpersist();
        assertEquals(0, killed.read(Relation.DOCUMENTS).count());
        assertTrue(killed.read(Relation.CELLS).count() > 0);
        assertEquals(new ExtractJob.Summary(2, 1, 0), ExtractJob.run(spark, "--input", in.resolve("text").toString(), "--output", dir.toString()));
        assertEquals(read(out, Relation.CELLS).where(col("table_ref").isNotNull()).join(read(dir, Relation.DOCUMENTS).select("sha256"), "sha256").count(),
                read(dir, Relation.CELLS).count(), "the cells of the two documents, once each");
    }

    /** The Parquet files of both carry the schema's columns and types: read without one, Spark finds it in both. */
    @Test
    void bothWriteTheSchemasColumnsAndTypes() {
        for (Relation r : Relation.values()) {
            StructType expected = sorted(GongkaiSpark.schema(r));
            assertEquals(expected, sorted(spark.read().parquet(out.resolve(r.id()).toString()).schema()), "Spark's " + r.id());
            assertEquals(expected, sorted(spark.read().parquet(batch.resolve(r.id()).toString()).schema()), "batch's " + r.id());
        }
    }

    private static StructType sorted(StructType t) {
        return new StructType(Arrays.stream(t.fields()).map(f -> new StructField(f.name(), f.dataType(), true, org.apache.spark.sql.types.Metadata.empty()))
                .sorted(Comparator.comparing(StructField::name)).toArray(StructField[]::new));
    }

    /** One query, in Spark SQL and in DuckDB, over the Spark job's Parquet and over batch's: four times the same answer. */
    @Test
    void oneQueryReadsEitherOutputTheSame() throws Exception {
        // (where NULLs sort is said: Spark puts them first, DuckDB last)
        String query = "SELECT department, year, kind, count(*) AS n, sum(value) AS total FROM cells "
                + "WHERE verified = 'verified' AND col_key = '1' GROUP BY department, year, kind ORDER BY department, year NULLS FIRST, kind";
        List<String> answers = new ArrayList<>();
        for (Path dir : List.of(out, batch)) {
            spark.read().parquet(dir.resolve("cells").toString()).createOrReplaceTempView("cells");
            answers.add(spark.sql(query).collectAsList().stream().map(Row::toString).toList().toString());
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                // a NULL year is written as Hive writes it (year=__HIVE_DEFAULT_PARTITION__), which DuckDB reads as text
                s.execute("CREATE VIEW cells AS SELECT * REPLACE (TRY_CAST(year AS INTEGER) AS year) FROM read_parquet('"
                        + dir.resolve("cells") + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false)");
                answers.add(rows(s.executeQuery(query)).toString());
            }
        }
        assertFalse(answers.get(0).equals("[]"));
        assertEquals(List.of(answers.get(0), answers.get(0), answers.get(0), answers.get(0)), answers);
    }

    /** A DuckDB result as Spark prints its rows: [a,b,c]. */
    private static List<String> rows(ResultSet r) throws Exception {
        List<String> out = new ArrayList<>();
        ResultSetMetaData m = r.getMetaData();
        while (r.next()) {
            List<String> v = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) v.add(String.valueOf(r.getObject(i)));
            out.add("[" + String.join(",", v) + "]");
        }
        return out;
    }

    /** The real budgets of ../shared (profile -Pcorpus): the job's dataset is batch's. */
    @Test
    @Tag("corpus")
    void theRealBudgetsMakeBatchsDataset() throws Exception {
        Path budgets = Inputs.fresh(work.resolve("budgets-in"));
        try (var files = Files.list(Inputs.shared().resolve("corpus/budgets"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) Files.copy(p, budgets.resolve(p.getFileName()));
        }
        Path b = work.resolve("budgets-batch"), s = work.resolve("budgets-out");
        assertEquals(0, Main.run("batch", budgets.toString(), "--db", work.resolve("budgets.duckdb").toString(), "--parquet", b.toString()));
        ExtractJob.Summary summary = ExtractJob.run(spark, "--input", budgets.toString(), "--output", s.toString());
        assertEquals(8, summary.added());
        assertSameDataset(b, s);
    }
}
