package io.gongkai.bench.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.Options;
import io.gongkai.fixtures.matrix.Conditions;
import io.gongkai.fixtures.matrix.DocResult;
import io.gongkai.fixtures.matrix.PageSelection;
import io.gongkai.fixtures.matrix.Reading;
import io.gongkai.fixtures.matrix.Slice;
import io.gongkai.fixtures.matrix.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads one scan in a JVM of its own, started as the {@code gongkai} launcher starts one for {@code extract}
 * ({@code -XX:+UseSerialGC -XX:TieredStopAtLevel=1}, no heap limit), so that its peak resident memory ({@code VmHWM}) is that of the reading alone: the scan is read
 * first, then the slice's truth is read and the reading scored, and the {@link DocResult} written as JSON.
 *
 * <p>{@code java -cp … io.gongkai.bench.matrix.ChildReader JOB.json RESULT.json}
 */
public final class ChildReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the child is to do.
     *
     * @param source     the source's name
     * @param kind       its kind ({@link Source.Kind})
     * @param sourcePdf  its PDF
     * @param pages      the pages of the slice ({@link PageSelection#toString()})
     * @param cache      the matrix's cache folder (where the slice is)
     * @param condition  the condition's name
     * @param engine     the OCR engine
     * @param scanPdf    the scan to read
     */
    public record Job(String source, Source.Kind kind, String sourcePdf, String pages, String cache, String condition, Options.Ocr engine, String scanPdf) {
    }

    private ChildReader() {
    }

    /** A reading stopped at the time limit, after so many CPU and wall seconds. */
    static final class Stopped extends IOException {
        final double cpuSeconds, wallSeconds;

        Stopped(double cpuSeconds, double wallSeconds) {
            super(String.format(java.util.Locale.ROOT, "stopped after %.0f s (%.0f CPU s)", wallSeconds, cpuSeconds));
            this.cpuSeconds = cpuSeconds;
            this.wallSeconds = wallSeconds;
        }
    }

    public static void main(String[] args) throws IOException {
        Job job = JSON.readValue(Path.of(args[0]).toFile(), Job.class);
        Reading reading = Reading.of(Path.of(job.scanPdf()), job.engine());
        Source source = new Source(job.source(), job.kind(), Path.of(job.sourcePdf()), List.of());
        PageSelection pages = job.pages().equals("all") ? PageSelection.all() : PageSelection.parse(job.pages());
        Slice slice = Slice.of(source, pages, Path.of(job.cache()));
        JSON.writeValue(Path.of(args[1]).toFile(), DocResult.of(slice, Conditions.named(job.condition()), job.engine(), reading, true));
    }

    /**
     * Runs {@code job} in a child JVM with this JVM's class path; its standard error goes to {@code log}.
     *
     * @param minutes how long the reading may take (wall clock)
     * @throws Stopped     when it takes longer than {@code minutes} (the child is stopped)
     * @throws IOException when the child fails
     */
    static DocResult run(Job job, Path work, Path log, int minutes) throws IOException {
        Files.createDirectories(work);
        Path in = work.resolve("job.json"), out = work.resolve("result.json");
        Files.deleteIfExists(out);
        JSON.writeValue(in.toFile(), job);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error"));
        String tessdata = System.getProperty("gongkai.tessdata");
        if (tessdata != null) cmd.add("-Dgongkai.tessdata=" + tessdata);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildReader.class.getName(), in.toString(), out.toString()));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile()).start();
        try {
            if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                double cpu = p.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(-1.0);
                p.destroyForcibly();
                throw new Stopped(cpu, (System.nanoTime() - t0) / 1e9);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0 || !Files.exists(out)) throw new IOException("the child reading " + job.scanPdf() + " failed (exit " + p.exitValue() + "), see " + log);
        return JSON.readValue(out.toFile(), DocResult.class);
    }
}
