package io.gongkai.spark;

import io.gongkai.dataset.Relation;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The job's output when a relation has no rows (no input file; only files that cannot be read; a document without a
 * table): every relation's folder reads in DuckDB as the README queries it, empty, rather than failing on a folder
 * without files ("No files found"), and a rerun leaves it so.
 */
class EmptyRelationsTest {
    private static SparkSession spark;
    private static Path work;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().master("local[1]").appName("gongkai-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "1").getOrCreate();
        work = Inputs.fresh(Path.of("target", "empty-relations"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /** Each relation's rows as DuckDB reads the folder with the README's glob. */
    private static Map<String, Long> readByDuckDb(Path out) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (Relation r : Relation.values()) {
                String files = out.resolve(r.id()) + (r.partitionedBy().isEmpty() ? "/*.parquet" : "/**/*.parquet");
                try (ResultSet q = s.executeQuery("SELECT count(*) FROM read_parquet('" + files + "', hive_partitioning = true, hive_types_autocast = false)")) {
                    q.next();
                    rows.put(r.id(), q.getLong(1));
                }
            }
            // the README's view: every column there, kind and year among them
            s.execute("CREATE VIEW cells AS SELECT * REPLACE (TRY_CAST(year AS INTEGER) AS year) FROM read_parquet('"
                    + out.resolve("cells") + "/**/*.parquet', hive_partitioning = true, hive_types_autocast = false)");
            try (ResultSet q = s.executeQuery("SELECT department, year, kind, count(*) FROM cells WHERE verified = 'verified' GROUP BY ALL")) {
                assertEquals(false, q.next());
            }
        }
        return rows;
    }

    @Test
    void aRunOfNoFileWritesEveryRelationEmpty() throws Exception {
        Path in = Inputs.fresh(work.resolve("none-in")), out = work.resolve("none-out");
        assertEquals(new ExtractJob.Summary(0, 0, 0), ExtractJob.run(spark, "--input", in.toString(), "--output", out.toString()));
        assertEquals(Map.of("documents", 0L, "tables", 0L, "cells", 0L, "checks", 0L, "failures", 0L), readByDuckDb(out));
        assertEquals(0, ParquetDataset.at(spark, out.toString()).read(Relation.CELLS).count(), "Spark reads it too");
    }

    @Test
    void aRunOfAFailureAndADocumentWithoutTablesLeavesEveryRelationReadable() throws Exception {
        Path in = Inputs.fresh(work.resolve("some-in")), out = work.resolve("some-out");
        Inputs.damaged(in.resolve("damaged.pdf"));
        Files.writeString(in.resolve("note.txt"), "这是一段没有表格的说明文字。\n", StandardCharsets.UTF_8);
        assertEquals(new ExtractJob.Summary(1, 0, 1), ExtractJob.run(spark, "--input", in.toString(), "--output", out.toString()));
        Map<String, Long> expected = Map.of("documents", 1L, "tables", 0L, "cells", 0L, "checks", 0L, "failures", 1L);
        assertEquals(expected, readByDuckDb(out));
        // the rerun adds nothing and leaves it as readable
        assertEquals(new ExtractJob.Summary(0, 2, 0), ExtractJob.run(spark, "--input", in.toString(), "--output", out.toString()));
        assertEquals(expected, readByDuckDb(out));
        assertEquals(List.of(1L, 0L), List.of(ParquetDataset.at(spark, out.toString()).read(Relation.DOCUMENTS).count(),
                ParquetDataset.at(spark, out.toString()).read(Relation.CELLS).count()));
    }
}
