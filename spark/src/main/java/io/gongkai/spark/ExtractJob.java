package io.gongkai.spark;

import io.gongkai.InputFormat;
import io.gongkai.Options;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;


/**
 * The Spark job: every document under the inputs into the dataset of {@code gongkai batch}, as Parquet.
 *
 * <pre>spark-submit --class io.gongkai.spark.ExtractJob gongkai-spark.jar --input PATH_OR_GLOB… --output DIR [--ocr-engine both|paddle|tesseract] [--doc-timeout 300s] [--group N]</pre>
 *
 * Resumable and idempotent: documents are keyed by the SHA-256 of their bytes, and a file whose SHA-256 is already in
 * the output (a document, or a failure) is not read again. The files are read in groups ({@code --group}), each added
 * to the output as a whole ({@link ParquetDataset#append}); a job killed keeps every group it finished.
 *
 * @since 0.1.0
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads every PDF, image (JPEG, PNG, TIFF, BMP) and .txt/.md OCR text under the inputs (any Hadoop file system) into the dataset",
                "of gongkai batch, as Parquet under DIR: documents, tables, cells, checks (partitioned by kind and year) and failures.",
                "A rerun skips the documents already in DIR and adds the new ones; a file that cannot be read, or runs past --doc-timeout,",
                "is a row of failures, and the job goes on."})
public final class ExtractJob {
    @Option(names = "--input", paramLabel = "PATH_OR_GLOB", arity = "1..*", required = true, description = "files, folders (read recursively) or globs")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "the dataset's folder (created, or added to); not an input folder, nor inside one")
    String output;

    @Option(names = "--ocr-engine", paramLabel = "ENGINE", defaultValue = "both", description = "tesseract, paddle, both (as for gongkai extract)")
    String ocrEngine;

    @Option(names = "--doc-timeout", paramLabel = "DURATION", defaultValue = "300s", description = "how long one document may take (300s, 5m, 0: no limit; default ${DEFAULT-VALUE})")
    String docTimeout;

    @Option(names = "--group", paramLabel = "N", description = "files read and added to the output at a time (default: 200 a core of the cluster)")
    Integer group;

    /**
     * What a run did.
     *
     * @param added   documents added
     * @param already files skipped: their document (or their failure) was already in the output, or they are copies of another file read
     * @param failed  files that could not be read (rows of failures)
     */
    public record Summary(long added, long already, long failed) {
    }

    /** {@code spark-submit} calls this: a session from its settings; exit 0, 1 when some file could not be read, 2 on a usage error. */
    public static void main(String[] args) {
        ExtractJob job = new ExtractJob();
        CommandLine cli = new CommandLine(job);
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.printHelpIfRequested(parsed)) return;
            job.values(); // before a session is started: a value not understood is a usage error at once
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            // one line naming the argument, and where the help is (as gongkai's own commands)
            System.err.println("gongkai: " + e.getMessage());
            System.err.println("Try 'ExtractJob --help' for more information.");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("gongkai extract").getOrCreate();
        int code;
        try {
            code = job.run(spark).failed() > 0 ? 1 : 0;
        } catch (IllegalArgumentException e) {
            System.err.println("gongkai: " + e.getMessage());
            code = 2;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job on a session of the caller's (a notebook, a test), with the command line's arguments.
     *
     * @throws IllegalArgumentException on a usage error: an argument not understood, an input that does not exist, an
     *                                  output folder where the job reads ({@link #checkOutput})
     */
    public static Summary run(SparkSession spark, String... args) {
        return parse(args).run(spark);
    }

    /**
     * The job of the command line's arguments.
     *
     * @throws IllegalArgumentException for an argument not understood
     */
    static ExtractJob parse(String... args) {
        ExtractJob job = new ExtractJob();
        try {
            new CommandLine(job).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        job.values();
        return job;
    }

    /**
     * The options' values checked: the engine, the timeout, the group.
     *
     * @throws IllegalArgumentException naming the option whose value is not understood
     */
    private SparkOptions values() {
        if (group != null && group < 1) throw new IllegalArgumentException("--group takes a number of files, 1 or more: " + group);
        Duration timeout;
        try {
            timeout = SparkOptions.parseDuration(docTimeout);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--doc-timeout '" + docTimeout + "': " + e.getMessage(), e);
        }
        try {
            return new SparkOptions(Options.Ocr.parse(ocrEngine), timeout);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--ocr-engine: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses an output folder where the job reads: an input folder, or one inside an input (or a folder a glob of the
     * inputs matches); see {@link OutputFolder}.
     *
     * @param conf the Hadoop configuration the paths are read with (the session's)
     * @throws IllegalArgumentException when the output is there (a usage error: exit 2)
     */
    void checkOutput(org.apache.hadoop.conf.Configuration conf) {
        String overlap = OutputFolder.conflict(output, inputs, conf);
        if (overlap != null) throw new IllegalArgumentException("--output '" + output + "': " + overlap);
    }

    private Summary run(SparkSession spark) {
        // before any file is listed, read or written
        checkOutput(spark.sparkContext().hadoopConfiguration());
        // a group is kept (persisted: in memory, on disk past Spark's storage memory) until it is written; 200 files a
        // core is seconds of text documents (minutes of scans) between two commits
        int group = this.group == null ? FILES_PER_CORE * Math.max(1, spark.sparkContext().defaultParallelism()) : this.group;
        SparkOptions options = values();
        List<String> files = list(spark);
        ParquetDataset out = ParquetDataset.at(spark, output);
        long removed = out.removeIncomplete();
        if (removed > 0) System.out.printf("%d files of a run that did not finish removed from %s%n", removed, output);
        // the anti-join: a file whose SHA-256 the output has (or an earlier group of this run added) is passed over
        Set<String> done = out.done();
        long added = 0, already = 0, failed = 0;
        for (int from = 0; from < files.size(); from += group) {
            List<String> paths = files.subList(from, Math.min(files.size(), from + group));
            Extraction x = extract(spark, paths, options, done);
            try {
                long documents = x.documents().count(), failures = x.failures().count();
                if (x.files() > 0) out.append(x);
                done.addAll(x.sha256());
                added += documents;
                failed += failures;
                already += paths.size() - documents - failures;
                if (files.size() > group) {
                    System.out.printf("%d of %d files: %d documents added, %d could not be read%n", from + paths.size(), files.size(), documents, failures);
                }
            } finally {
                x.unpersist();
            }
        }
        // a first run that read no document (no input file, none readable) leaves every relation readable, empty
        out.writeEmptyRelations();
        System.out.printf("%d documents added, %d already in %s, %d could not be read%n", added, already, output, failed);
        return new Summary(added, already, failed);
    }

    /**
     * Reads a group of files, a few to a task ({@link #FILES_PER_TASK}: Spark's default packs a task with 128 MB of
     * files, each counted 4 MB more than its size, and 200 files of 100 kB made 7 tasks, the last of which kept one core
     * of two busy alone).
     */
    private static Extraction extract(SparkSession spark, List<String> paths, SparkOptions options, Set<String> done) {
        String key = "spark.sql.files.minPartitionNum", before = spark.conf().get(key, null);
        int tasks = Math.max(spark.sparkContext().defaultParallelism(), (paths.size() + FILES_PER_TASK - 1) / FILES_PER_TASK);
        spark.conf().set(key, Integer.toString(tasks));
        try {
            Dataset<Row> read = spark.read().format("binaryFile").load(paths.stream().map(ExtractJob::literal).toArray(String[]::new));
            return GongkaiSpark.extract(spark, read, options, done);
        } finally {
            if (before == null) spark.conf().unset(key);
            else spark.conf().set(key, before);
        }
    }

    /** About how many files a task reads (fewer when they are large: a scan of many pages is a task of its own). */
    private static final int FILES_PER_TASK = 4;
    /** How many files a group has for each core of the cluster, unless --group says. */
    private static final int FILES_PER_CORE = 200;

    /** The files under the inputs that are of the kinds read (by name), in order of path. */
    private List<String> list(SparkSession spark) {
        List<Row> listed;
        try {
            // the listing alone: no file's content is read here
            listed = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(inputs.toArray(String[]::new))
                    .select(SparkSchema.PATH).collectAsList();
        } catch (Exception e) {
            // an input that does not exist: Spark's AnalysisException, which its Scala signature does not declare
            if (e instanceof AnalysisException a) throw new IllegalArgumentException(a.getMessage(), a);
            throw e;
        }
        List<String> files = new ArrayList<>();
        for (Row r : listed) {
            String path = r.getString(0);
            if (InputFormat.namedAsRead(path.substring(path.lastIndexOf('/') + 1))) files.add(path);
        }
        files.sort(null);
        return files;
    }

    /** A path as Spark's reader takes it literally: its glob characters escaped. */
    static String literal(String path) {
        return path.replaceAll("([\\\\{}\\[\\]*?])", "\\\\$1");
    }
}
