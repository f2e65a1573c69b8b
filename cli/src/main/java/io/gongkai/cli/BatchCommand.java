package io.gongkai.cli;

import io.gongkai.Gongkai;
import io.gongkai.Options;
import io.gongkai.model.Document;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Reads every PDF (and .txt/.md OCR text) under the folders into one DuckDB dataset: documents, tables, cells, checks.",
                "Resumable: documents are keyed by the SHA-256 of their bytes; a rerun skips what is done, and a run killed at any point loses and",
                "duplicates nothing. A file that cannot be read is recorded in the table failures and the batch goes on."})
final class BatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "1..*", description = "folders (searched recursively) or files")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "FILE", required = true, description = "the DuckDB database to create or add to")
    Path dbFile;

    @Option(names = "--jobs", paramLabel = "N", description = "documents read at once (default: the number of cores, ${DEFAULT-VALUE})")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--parquet", paramLabel = "DIR", description = "also export every table of the dataset as Parquet into DIR")
    Path parquet;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "native", description = "native, stream, tabula, tabula-stream (as for extract)")
    String engine;

    private record Outcome(Path path, String sha, Document doc, String error) {
    }

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(Files::isRegularFile).filter(p -> p.toString().matches("(?i).*\\.(pdf|txt|md)$")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(in)) {
                files.add(in);
            } else {
                System.err.println("gongkai: no such file or folder: " + in);
                return 2;
            }
        }
        Options options = Options.builder().engine(switch (engine) {
            case "stream" -> Options.Engine.STREAM;
            case "tabula" -> Options.Engine.TABULA;
            case "tabula-stream" -> Options.Engine.TABULA_STREAM;
            default -> Options.Engine.NATIVE;
        }).build();
        int added = 0, skipped = 0, failed = 0;
        try (Dataset db = new Dataset(dbFile)) {
            Set<String> done = java.util.concurrent.ConcurrentHashMap.newKeySet();
            done.addAll(db.done());
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
            CompletionService<Outcome> work = new ExecutorCompletionService<>(pool);
            int submitted = 0;
            for (Path f : files) {
                work.submit(() -> read(f, done, options));
                submitted++;
            }
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("documents").setInitialMax(submitted).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).showSpeed().build()) {
                for (int i = 0; i < submitted; i++) {
                    Outcome o;
                    try {
                        o = work.take().get();
                    } catch (ExecutionException e) {
                        failed++;
                        bar.step();
                        continue;
                    }
                    if (o.error() != null) {
                        failed++;
                        db.failed(o.path(), o.sha(), o.error());
                        bar.pause();
                        System.err.println("gongkai: skipped " + o.path() + ": " + o.error());
                        bar.resume();
                    } else if (o.doc() == null || !done.add(o.sha())) {
                        skipped++;
                    } else {
                        db.add(o.doc(), o.path());
                        added++;
                    }
                    bar.step();
                }
            } finally {
                pool.shutdownNow();
            }
            if (parquet != null) {
                Files.createDirectories(parquet);
                db.exportParquet(parquet);
            }
        } catch (SQLException e) {
            System.err.println("gongkai: the dataset " + dbFile + " cannot be written: " + e.getMessage());
            return 3;
        }
        System.out.printf("%d documents added, %d already in %s, %d could not be read%n", added, skipped, dbFile, failed);
        return failed > 0 ? 1 : 0;
    }

    private static Outcome read(Path f, Set<String> done, Options options) {
        String sha = null;
        try {
            byte[] bytes = Files.readAllBytes(f);
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            if (done.contains(sha)) return new Outcome(f, sha, null, null);
            return new Outcome(f, sha, Gongkai.extract(new java.io.ByteArrayInputStream(bytes), f.getFileName().toString(), options), null);
        } catch (IOException e) {
            return new Outcome(f, sha, null, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(f, sha, null, e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
