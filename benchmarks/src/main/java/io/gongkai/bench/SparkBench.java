package io.gongkai.bench;

import io.gongkai.spark.ExtractJob;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static io.gongkai.bench.Bench.fmt;

/**
 * The Spark job against batch on the batch section's 200 documents: {@code batch --jobs 1} and {@code 2} into DuckDB,
 * the job ({@link ExtractJob}) in {@code local[1]} and {@code local[2]} into Parquet, all in this JVM: every run made
 * twice before any is timed, then three rounds, the four in turn, median. A Spark run is timed from the job's start to
 * its end, in a session started before (as on a cluster, where the session is up before the job runs); its executor is
 * this JVM, whose heap is sampled.
 */
final class SparkBench {
    private static final String[] RUNS = {"batch --jobs 1", "batch --jobs 2", "Spark local[1]", "Spark local[2]"};

    private SparkBench() {
    }

    static void run(Path in, Path dir) throws Exception {
        long documents;
        try (var files = Files.list(in)) {
            documents = files.count();
        }
        Files.createDirectories(dir);
        System.out.println("### Spark: the same " + documents + " PDFs through batch (DuckDB) and the Spark job (Parquet), in one JVM, 2 cores, "
                + "steady state (each run twice first), median of three rounds\n");
        for (int warm = 0; warm < 2; warm++) for (int r = 0; r < RUNS.length; r++) run(r, in, dir);
        List<List<double[]>> runs = new ArrayList<>();
        for (String ignored : RUNS) runs.add(new ArrayList<>());
        for (int round = 0; round < 3; round++) for (int r = 0; r < RUNS.length; r++) runs.get(r).add(run(r, in, dir));
        double[] median = new double[RUNS.length];
        System.out.println("| run | seconds: median (the three rounds) | documents/s | CPU seconds (the process's) | documents a CPU second | peak heap used MB | 1 → 2 cores |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int r = 0; r < RUNS.length; r++) {
            List<double[]> sorted = new ArrayList<>(runs.get(r));
            sorted.sort(Comparator.comparingDouble(x -> x[0]));
            double[] m = sorted.get(1);
            median[r] = m[0];
            String all = runs.get(r).stream().map(x -> fmt(x[0])).collect(Collectors.joining(", "));
            System.out.printf(Locale.ROOT, "| %s | %s (%s) | %s | %s | %s | %.0f | %s |%n", RUNS[r], fmt(m[0]), all, fmt(documents / m[0]), fmt(m[2]),
                    fmt(documents / m[2]), m[1], r % 2 == 1 ? fmt(median[r - 1] / m[0]) + "x" : "1.00x");
        }
        System.out.printf(Locale.ROOT, "%nSpark 1 → 2 cores: %sx (goal ≥ 1.8x); Spark local[2] against batch --jobs 2: %sx the documents a second (goal ≥ 0.8x)%n%n",
                fmt(median[2] / median[3]), fmt(median[1] / median[3]));
    }

    /**
     * Scanned pages through the job: distinct copies of the scanned sample (four pages of a real budget, printed and
     * scanned by other tools), read by OCR (both engines) in {@code local[1]} and {@code local[2]}, one run each after a
     * run on one copy (the engines loaded).
     */
    static void scans(Path sample, Path dir, int copies) throws Exception {
        Path in = dir.resolve("scans-in");
        deleteTree(in);
        Files.createDirectories(in);
        int pages = 0;
        for (int i = 0; i < copies; i++) {
            try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(sample.toFile())) {
                pages += d.getNumberOfPages();
                d.getDocumentInformation().setSubject("copy " + i);
                d.save(in.resolve(String.format("scan-%02d.pdf", i)).toFile());
            }
        }
        System.out.println("### Spark: " + copies + " scanned PDFs (" + pages + " pages: the scanned sample) read by OCR through the job\n");
        System.out.println("| run | seconds | scanned pages/min | CPU seconds (the process's) | pages a CPU minute | peak heap used MB | 1 → 2 cores |");
        System.out.println("|---|---|---|---|---|---|---|");
        Path one = dir.resolve("scans-warm");
        deleteTree(one);
        Files.createDirectories(one);
        Files.copy(in.resolve("scan-00.pdf"), one.resolve("scan-00.pdf"));
        run(2, one, dir);
        double first = 0;
        for (int cores = 1; cores <= 2; cores++) {
            double[] r = run(cores + 1, in, dir);
            if (cores == 1) first = r[0];
            System.out.printf(Locale.ROOT, "| Spark local[%d] | %s | %s | %s | %s | %.0f | %sx |%n", cores, fmt(r[0]), fmt(pages / r[0] * 60), fmt(r[2]), fmt(pages / r[2] * 60),
                    r[1], fmt(first / r[0]));
        }
        System.out.println();
    }

    /** The CPU time this process has used, in seconds (every thread: the readers, Spark's, the collector's). */
    private static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** One run: seconds, the peak heap used (MB) and the CPU seconds it took. */
    private static double[] run(int which, Path in, Path dir) throws Exception {
        int cores = which % 2 + 1;
        Path out = dir.resolve("run-" + which);
        deleteTree(out);
        deleteTree(Path.of(out + ".duckdb"));
        deleteTree(Path.of(out + ".duckdb.wal"));
        if (which < 2) {
            HeapSampler heap = HeapSampler.start();
            long t0 = System.nanoTime();
            double c0 = cpu();
            try (heap) {
                io.gongkai.cli.Main.run("batch", in.toString(), "--db", out + ".duckdb", "--jobs", Integer.toString(cores));
            }
            return new double[]{(System.nanoTime() - t0) / 1e9, heap.max(), cpu() - c0};
        }
        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("gongkai-bench").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", Integer.toString(cores)).getOrCreate();
        try {
            HeapSampler heap = HeapSampler.start();
            long t0 = System.nanoTime();
            double c0 = cpu();
            try (heap) {
                ExtractJob.run(spark, "--input", in.toString(), "--output", out.toString());
            }
            return new double[]{(System.nanoTime() - t0) / 1e9, heap.max(), cpu() - c0};
        } finally {
            spark.stop();
        }
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        if (!Files.exists(p)) return;
        try (var all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
