package io.gongkai.spark;

import io.gongkai.dataset.Relation;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job as {@code spark-submit} runs it, in a JVM of its own, killed (SIGKILL, nothing to clean up) once it has
 * committed its first group of documents and while it writes the next; then run again on the same input and output.
 * The dataset then holds every document once, each with all its cells once: what the killed run left half written is
 * not in it, and what it committed is not read again.
 */
class KilledJobTest {
    /** Documents: enough groups of one that the kill falls in the middle of the run. */
    private static final int DOCUMENTS = 12;

    @Test
    void aJobKilledMidRunAndRunAgainHoldsEveryDocumentOnce() throws Exception {
        Path work = Inputs.fresh(Path.of("target", "killed-job"));
        Path in = Files.createDirectories(work.resolve("in")), out = work.resolve("out");
        String seed = Files.readString(Inputs.samples().resolve("qujing-industry-2024-final.txt"), StandardCharsets.UTF_8);
        for (int i = 0; i < DOCUMENTS; i++) Files.writeString(in.resolve("seed-" + i + ".txt"), seed + "\n说明: " + i + "\n");

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the JVM flags Spark needs on Java 17 (the surefire argLine's), and Spark's settings as spark-submit passes them
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty")) cmd.add(a);
        }
        cmd.addAll(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false", "-Dspark.sql.shuffle.partitions=2",
                "-cp", System.getProperty("java.class.path"), "io.gongkai.spark.ExtractJob",
                "--input", in.toString(), "--output", out.toString(), "--group", "1"));
        Process job = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("job.log").toFile()).start();
        Path documents = out.resolve(Relation.DOCUMENTS.id());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (job.isAlive() && parquetFiles(documents) == 0 && System.nanoTime() < deadline) Thread.sleep(100);
        assertTrue(job.isAlive(), "the job was still running when its first group was committed (else the kill tests nothing): "
                + Files.readString(work.resolve("job.log")));
        job.destroyForcibly(); // SIGKILL
        assertTrue(job.waitFor(60, TimeUnit.SECONDS), "the killed job ended");

        SparkSession spark = SparkSession.builder().master("local[2]").appName("gongkai-killed").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            ParquetDataset killed = ParquetDataset.at(spark, out.toString());
            long committed = killed.read(Relation.DOCUMENTS).count();
            assertTrue(committed >= 1 && committed < DOCUMENTS, "killed mid-run: " + committed + " of " + DOCUMENTS + " documents committed");

            ExtractJob.Summary again = ExtractJob.run(spark, "--input", in.toString(), "--output", out.toString());
            assertEquals(new ExtractJob.Summary(DOCUMENTS - committed, committed, 0), again, "the rerun adds what the killed run had not committed");
            ParquetDataset ds = ParquetDataset.at(spark, out.toString());
            Dataset<Row> docs = ds.read(Relation.DOCUMENTS);
            assertEquals(DOCUMENTS, docs.count());
            assertEquals(DOCUMENTS, docs.select(countDistinct(col("sha256"))).first().getLong(0), "each document once");
            // every document's cells once: each as many as any other's (the same tables), no cell twice
            Dataset<Row> cells = ds.read(Relation.CELLS);
            List<Row> perDocument = cells.groupBy("sha256").count().collectAsList();
            assertEquals(DOCUMENTS, perDocument.size(), "cells of every document");
            assertEquals(1, perDocument.stream().map(r -> r.getLong(1)).distinct().count(), "as many cells each: " + perDocument);
            assertEquals(cells.count(), cells.dropDuplicates().count(), "no cell twice");
            assertEquals(0, ds.read(Relation.FAILURES).count());
        } finally {
            spark.stop();
        }
    }

    private static long parquetFiles(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (var all = Files.walk(dir)) {
            // committed files only: not what a task is writing under _temporary
            return all.filter(p -> p.getFileName().toString().endsWith(".parquet") && !p.getFileName().toString().startsWith(".")
                    && !p.toString().contains("_temporary")).count();
        } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
            // the committer deleted a task's _temporary directory while the walk was in it: nothing counted yet, look again
            return 0;
        }
    }
}
