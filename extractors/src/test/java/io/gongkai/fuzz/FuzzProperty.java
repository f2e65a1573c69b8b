package io.gongkai.fuzz;

import io.gongkai.Gongkai;
import io.gongkai.error.GongkaiException;
import io.gongkai.Options;
import io.gongkai.model.Document;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The property every fuzz test holds {@link Gongkai#extract} to: on any bytes it returns a document or throws a
 * {@link GongkaiException}, within {@link #BOUND}. Anything else it throws (a RuntimeException of pdfbox or of our own
 * code, an Error such as OutOfMemoryError or StackOverflowError) is rethrown as it is, so that Jazzer tells findings
 * apart by where they were thrown; an input still read after the bound is an {@link AssertionError} that carries the
 * stack of the thread reading it (where it was stuck).
 *
 * <p>OCR is off ({@link Options.Builder#noOcr()}): a scanned page is reported unread, so an image a mutation makes is
 * cheap. The input is read on a worker thread so that the bound holds however the reading hangs; a worker that
 * outlives its bound is abandoned (interrupted, a daemon) and a new one started.
 */
final class FuzzProperty {
    /** How long one input may take: {@code -Dgongkai.fuzz.bound=SECONDS}, 20 by default (instrumented code is slower). */
    static final Duration BOUND = Duration.ofSeconds(Long.getLong("gongkai.fuzz.bound", 20));
    static final Options OPTIONS = Options.builder().noOcr().ocrThreads(1).build();

    private static final AtomicReference<Thread> WORKER = new AtomicReference<>();
    private static ExecutorService executor = newExecutor();
    /** The first input loads (and Jazzer instruments) most classes: it is given five bounds. */
    private static boolean first = true;
    /** The slowest input read after the first, and its time (ms): written out when the JVM ends (see {@link #report}). */
    private static byte[] slowest;
    private static long slowestMillis = -1, inputs;
    private static String slowestSource;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(FuzzProperty::report, "gongkai-fuzz-report"));
    }

    private FuzzProperty() {
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gongkai-fuzz");
            t.setDaemon(true);
            WORKER.set(t);
            return t;
        });
    }

    /**
     * When fuzzing ({@code JAZZER_FUZZ} set), writes the slowest input to {@code target/fuzz/slowest-SOURCE} and one line,
     * {@code gongkai-fuzz: N inputs read, the slowest M ms (B bytes): FILE}, to stderr and to {@code slowest-SOURCE.summary}
     * beside it ({@code scripts/fuzz} reports it).
     */
    private static synchronized void report() {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if (slowest == null || fuzz == null || !(fuzz.equals("1") || fuzz.equalsIgnoreCase("true"))) return;
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "fuzz"));
            java.nio.file.Path file = dir.resolve("slowest-" + slowestSource);
            java.nio.file.Files.write(file, slowest);
            String line = "gongkai-fuzz: " + inputs + " inputs read, the slowest " + slowestMillis + " ms (" + slowest.length
                    + " bytes): " + file.toAbsolutePath();
            java.nio.file.Files.writeString(dir.resolve("slowest-" + slowestSource + ".summary"), line + "\n");
            System.err.println(line);
        } catch (java.io.IOException e) {
            System.err.println("gongkai-fuzz: cannot write the slowest input: " + e);
        }
    }

    /** Reads {@code input} as the file {@code source}; returns the document, or null when a GongkaiException said why not. */
    static synchronized Document check(byte[] input, String source) throws Throwable {
        Future<Document> f = executor.submit(() -> Gongkai.extract(new ByteArrayInputStream(input), source, OPTIONS));
        try {
            long bound = BOUND.toMillis() * (first ? 5 : 1), start = System.nanoTime();
            try {
                return f.get(bound, TimeUnit.MILLISECONDS);
            } finally {
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (!first && ms > slowestMillis) {
                    slowestMillis = ms;
                    slowest = input;
                    slowestSource = source;
                }
                first = false;
                inputs++;
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GongkaiException) return null;
            throw e.getCause();
        } catch (TimeoutException e) {
            Thread stuck = WORKER.get();
            AssertionError slow = new AssertionError("Gongkai.extract took longer than " + BOUND.toSeconds() + " s on a "
                    + input.length + "-byte input (the bound: -Dgongkai.fuzz.bound=SECONDS)");
            if (stuck != null) slow.setStackTrace(stuck.getStackTrace());
            f.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            throw slow;
        }
    }
}
