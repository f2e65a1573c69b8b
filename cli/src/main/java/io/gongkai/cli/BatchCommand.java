package io.gongkai.cli;

import io.gongkai.write.DuckDbDataset;

import io.gongkai.budget.Budget;
import io.gongkai.Gongkai;
import io.gongkai.InputFormat;
import io.gongkai.Options;
import io.gongkai.dataset.Failure;
import io.gongkai.model.Document;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Reads every PDF, image (JPEG, PNG, TIFF, BMP) and .txt/.md OCR text under the folders into one DuckDB dataset: documents, tables, cells, checks.",
                "Resumable: documents are keyed by the SHA-256 of their bytes; a rerun skips what is done, and a run killed at any point loses and",
                "duplicates nothing. A file that cannot be read, or needs more than its budget (--max-…), is recorded in the table failures",
                "with the reason and the batch goes on; so is a file of these kinds that is no file to read (a link to a missing file, a FIFO).",
                "A document added with a table that could not be read (identified, no row read) is named on stderr and counted; the exit code is then 1."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "folders (searched recursively) or files")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "FILE", required = true, description = "the DuckDB database to create or add to")
    Path dbFile;

    @Option(names = "--jobs", paramLabel = "N", description = "documents read at once (default: the number of cores, ${DEFAULT-VALUE})")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--parquet", paramLabel = "DIR", description = {"also export the dataset as Parquet into DIR, as the Spark job writes it: DIR/documents, tables, cells, checks",
            "(partitioned by kind and year: DIR/cells/kind=final/year=2024/…) and DIR/failures; DIR may not be, or lie inside, a folder read"})
    Path parquet;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "password of the encrypted PDFs (one that opens without one opens anyway); "
            + "an encrypted PDF it does not open is a failure row")
    String password;

    @picocli.CommandLine.Mixin
    EngineOption engine = new EngineOption();

    @Option(names = "--ocr-engine", paramLabel = "ENGINE", defaultValue = "both", description = "tesseract, paddle, both (as for extract)")
    String ocrEngine;

    @picocli.CommandLine.Mixin
    VerboseOption verbose = new VerboseOption();

    @picocli.CommandLine.Mixin
    BudgetOptions budget = new BudgetOptions();

    /** What became of one file: added, already in the dataset, or not readable (error); a dataset failure ends the batch. */
    private record Outcome(Path path, String sha, boolean added, String error, SQLException dataset, List<String> damage, List<String> unread) {
        Outcome(Path path, String sha, boolean added, String error, SQLException dataset) {
            this(path, sha, added, error, dataset, List.of(), List.of());
        }
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // a value out of range or a name not known: a usage error (UsageError), before any folder is walked
        if (jobs < 1) throw UsageError.of(spec, "--jobs", jobs, "must be at least 1");
        Options.Ocr ocr;
        try {
            ocr = Options.Ocr.parse(ocrEngine);
        } catch (IllegalArgumentException e) {
            throw UsageError.of(spec, "--ocr-engine", ocrEngine, e.getMessage());
        }
        Options.Builder builder = Options.builder();
        budget.apply(builder);
        engine.apply(builder);
        for (Path in : inputs) {
            if (!Files.exists(in, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw UsageError.of(spec, "no such file or folder: " + in);
        }
        // the Parquet export is not written where the batch reads (OutputFolder)
        String overlap = parquet == null ? null : OutputFolder.conflict(parquet, inputs);
        if (overlap != null) throw UsageError.of(spec, "--parquet", parquet, overlap);
        List<Path> files = new ArrayList<>();
        // a file found that cannot be read at all (a link to a missing file, a folder that cannot be listed): a failure row
        java.util.Map<Path, String> unreadable = new java.util.LinkedHashMap<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                find(in, files, unreadable);
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                // given by name, so never skipped: a broken link, a FIFO, a device is a failure of its own
                unreadable.put(in, whyUnreadable(in));
            }
        }
        files.addAll(unreadable.keySet());
        if (password != null) builder.password(password);
        Options options = builder.ocr(ocr).ocrThreads(1).build(); // the cores go to documents read in parallel, one thread each
        int added = 0, skipped = 0, failed = 0, partial = 0, unreadTables = 0;
        try (DuckDbDataset db = new DuckDbDataset(dbFile, jobs)) {
            Set<String> done = ConcurrentHashMap.newKeySet();
            done.addAll(db.done());
            // every thread reads a document, then writes it through a connection of its own: writing is parallel too
            List<DuckDbDataset.Writer> writers = new CopyOnWriteArrayList<>();
            ThreadLocal<DuckDbDataset.Writer> writer = ThreadLocal.withInitial(() -> {
                try {
                    DuckDbDataset.Writer w = db.writer();
                    writers.add(w);
                    return w;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
            // set once every file is handed out: each thread then commits its documents as it finishes them
            AtomicBoolean drain = new AtomicBoolean();
            CompletionService<Outcome> work = new ExecutorCompletionService<>(pool);
            SQLException broken = null;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("documents").setInitialMax(files.size()).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(progressTo()).setUpdateIntervalMillis(System.console() != null ? 1000 : NOT_A_TERMINAL_EVERY_MILLIS).showSpeed().build()) {
                // a few documents in flight at most, so memory stays flat however many files there are
                Iterator<Path> next = files.iterator();
                for (int i = 0; i < Math.max(8, 4 * jobs) && next.hasNext(); i++) {
                    Path f = next.next();
                    work.submit(() -> unreadable.containsKey(f) ? new Outcome(f, null, false, unreadable.get(f), null) : process(f, done, options, writer, drain));
                }
                drain.set(!next.hasNext());
                for (int i = 0; i < files.size() && broken == null; i++) {
                    Outcome o;
                    try {
                        o = work.take().get();
                    } catch (ExecutionException e) {
                        failed++;
                        bar.step();
                        continue;
                    }
                    if (next.hasNext()) {
                        Path f = next.next();
                        work.submit(() -> unreadable.containsKey(f) ? new Outcome(f, null, false, unreadable.get(f), null) : process(f, done, options, writer, drain));
                        drain.set(!next.hasNext());
                    }
                    if (o.dataset() != null) {
                        broken = o.dataset();
                    } else if (o.error() != null) {
                        failed++;
                        db.failed(o.path(), o.sha(), o.error());
                        bar.pause();
                        System.err.println("gongkai: skipped " + o.path() + ": " + o.error());
                        bar.resume();
                    } else if (o.added()) {
                        added++;
                        if (!o.damage().isEmpty()) {
                            // read, less the damaged pages: said as extract says it
                            partial++;
                            bar.pause();
                            for (String d : o.damage()) System.err.println("gongkai: " + o.path() + ": " + d);
                            bar.resume();
                        }
                        if (!o.unread().isEmpty()) {
                            // added, with what was read; a table of it could not be read, as extract says it (Summary)
                            unreadTables++;
                            bar.pause();
                            for (String u : o.unread()) System.err.println("gongkai: " + o.path() + ": a table could not be read: " + u);
                            bar.resume();
                        }
                    } else {
                        skipped++;
                    }
                    bar.step();
                }
            } finally {
                pool.shutdown();
                if (broken != null) pool.shutdownNow();
                pool.awaitTermination(1, TimeUnit.DAYS);
                for (DuckDbDataset.Writer w : writers) {
                    try {
                        w.close();
                    } catch (SQLException e) {
                        if (broken == null) broken = e;
                    }
                }
            }
            if (broken != null) throw broken;
            if (parquet != null) {
                Files.createDirectories(parquet);
                db.exportParquet(parquet);
            }
        } catch (SQLException | IOException e) {
            System.err.println("gongkai: the dataset " + dbFile + (e instanceof IOException ? " cannot be exported to " + parquet : " cannot be written") + ": " + e.getMessage());
            return 3;
        }
        System.out.printf("%d documents added, %d already in %s, %d could not be read%s%s%n", added, skipped, dbFile, failed,
                partial > 0 ? ", " + partial + " added without their damaged pages" : "",
                unreadTables > 0 ? ", " + unreadTables + " added with a table that could not be read" : "");
        return failed > 0 || partial > 0 || unreadTables > 0 ? 1 : 0;
    }

    /**
     * Every file under {@code dir} of the batch's kinds into {@code files}, and every such name that is not a file
     * that can be read (a link to a missing file, a FIFO), or a folder that cannot be listed, into {@code unreadable}
     * with the reason: nothing under the folder is passed over without a word. Links to files are read; links to
     * folders are not followed (as before: no loops).
     */
    static void find(Path dir, List<Path> all, java.util.Map<Path, String> unreadable) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (!InputFormat.namedAsRead(p.getFileName().toString())) return java.nio.file.FileVisitResult.CONTINUE;
                if (Files.isRegularFile(p)) files.add(p);
                else if (!Files.isDirectory(p)) unreadable.put(p, whyUnreadable(p));
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                unreadable.put(p, "cannot read: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        all.addAll(files);
    }

    /** Why a path that is there (at least as a link) is not a file that can be read. */
    static String whyUnreadable(Path p) {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
            String target;
            try {
                target = Files.readSymbolicLink(p).toString();
            } catch (IOException e) {
                target = "?";
            }
            return "a link to a missing file (" + target + ")";
        }
        return "not a regular file (a folder, a FIFO, a device or a socket), not read";
    }

    /**
     * Reads one file and hands its rows to this thread's writer, to be committed at once when {@code drain}: no file
     * waits. A document over its budget is a failure (the limit it passed is the reason); a text file too large for the
     * budget is refused before it is read whole.
     */
    private static Outcome process(Path f, Set<String> done, Options options, ThreadLocal<DuckDbDataset.Writer> writer, AtomicBoolean drain) {
        String sha = null;
        DuckDbDataset.Prepared rows;
        List<String> damage;
        List<String> unread;
        try {
            Budget.Deadline deadline = options.budget().start().source(f.getFileName().toString());
            byte[] head;
            try (var in = Files.newInputStream(f)) {
                head = in.readNBytes(InputFormat.HEAD);
            }
            if (InputFormat.of(head).kind() == InputFormat.Kind.TEXT) deadline.text(Files.size(f), -1);
            byte[] bytes = Files.readAllBytes(f);
            sha = Gongkai.sha256(bytes);
            // claimed once: a document already in the dataset, or a second copy of one in this run, is skipped
            if (!done.add(sha)) return new Outcome(f, sha, false, null, null);
            Document doc = Gongkai.extract(new ByteArrayInputStream(bytes), f.getFileName().toString(), options, deadline);
            deadline.check("preparing its rows for the dataset");
            rows = DuckDbDataset.prepare(doc, f);
            damage = doc.diagnostics().stream().filter(d -> d.severity() == io.gongkai.model.Diagnostic.Severity.ERROR && d.where().startsWith("page"))
                    .map(io.gongkai.model.Diagnostic::message).toList();
            unread = io.gongkai.view.Summary.of(doc).unreadable();
        } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
            // a bug met on this input (a stack overflow) is not the batch's end either: recorded like any other failure
            return new Outcome(f, sha, false, Failure.reason(e), null);
        }
        try {
            writer.get().add(rows, drain.get());
            return new Outcome(f, sha, true, null, null, damage, unread);
        } catch (SQLException e) {
            return new Outcome(f, sha, false, null, e);
        }
    }

    /** How often the progress is written as a line of its own where standard error is no terminal. */
    private static final int NOT_A_TERMINAL_EVERY_MILLIS = 5000;

    /**
     * Where the progress bar is drawn: on standard error, redrawn in place, when it is a terminal; else as a line of its
     * own every {@link #NOT_A_TERMINAL_EVERY_MILLIS} ({@code gongkai: documents  40% … 48/120 (0:00:10 / 0:00:15)}): in
     * a log file the redraws were glued to the messages between them ({@code …(0:00:12 / 0:00:12) .1/sgongkai: in/x.txt:
     * a table could not be read…}).
     */
    private static me.tongfei.progressbar.ProgressBarConsumer progressTo() {
        if (System.console() != null) return new ConsoleProgressBarConsumer(System.err);
        java.io.PrintStream err = System.err;
        return new me.tongfei.progressbar.DelegatingProgressBarConsumer(line -> err.println("gongkai: " + line.strip()));
    }
}
