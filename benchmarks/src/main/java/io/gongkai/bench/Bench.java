package io.gongkai.bench;

import io.gongkai.Gongkai;
import io.gongkai.Options;
import io.gongkai.fixtures.Accuracy;
import io.gongkai.fixtures.FixtureGenerator;
import io.gongkai.model.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark: accuracy, speed and memory of the native engine against tabula-java (lattice and stream) and raw
 * pdfbox text extraction, all measured in this one run on this machine. Prints Markdown tables.
 *
 * <pre>mvn -q -pl benchmarks -am install -DskipTests && mvn -q -pl benchmarks exec:java</pre>
 */
public final class Bench {
    private static final Options.Engine[] ENGINES = {Options.Engine.NATIVE, Options.Engine.STREAM, Options.Engine.TABULA, Options.Engine.TABULA_STREAM};

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("child-extract")) {
            childExtract(Path.of(args[1]));
            return;
        }
        // exec:exec passes -Dbench.args as one argument: "--only-matrix --conditions office-200" is split here
        args = Arrays.stream(args).flatMap(a -> Arrays.stream(a.strip().split("\\s+"))).filter(a -> !a.isEmpty()).toArray(String[]::new);
        if (Arrays.asList(args).contains("--only-matrix")) {
            System.exit(io.gongkai.bench.matrix.ScanMatrix.run(args));
        }
        Path root = repoRoot();
        Path work = root.resolve("benchmarks/target/bench");
        Files.createDirectories(work);
        List<FixtureGenerator.Fixture> fixtures = new FixtureGenerator().generate(root.resolve("samples/qujing-industry-2024-final.txt"), work.resolve("fixtures"));
        if (Arrays.asList(args).contains("--only-scans")) {
            scans(fixtures.get(0), fixtures.get(2), work);
            return;
        }
        if (Arrays.asList(args).contains("--only-speed")) {
            speed(pages(fixtures, work.resolve("doc-25.pdf"), 25));
            return;
        }
        if (Arrays.asList(args).contains("--only-batch")) {
            batch(fixtures, work.resolve("batch"));
            return;
        }
        if (Arrays.asList(args).contains("--only-spark")) {
            SparkBench.run(batchInputs(fixtures, work.resolve("batch")), work.resolve("spark"));
            SparkBench.scans(root.resolve("samples/putuo-finance-2025-budget-scanned.pdf"), work.resolve("spark"), 6);
            return;
        }
        accuracy(fixtures);
        budgets(root.resolve("../shared/corpus/budgets"));
        Path doc25 = pages(fixtures, work.resolve("doc-25.pdf"), 25);
        speed(doc25);
        process(doc25);
        Path doc1000 = pages(fixtures, work.resolve("doc-1000.pdf"), 1000);
        thousandPages(doc1000);
        batch(fixtures, work.resolve("batch"));
        SparkBench.run(batchInputs(fixtures, work.resolve("batch")), work.resolve("spark"));
        if (!Arrays.asList(args).contains("--no-scans")) SparkBench.scans(root.resolve("samples/putuo-finance-2025-budget-scanned.pdf"), work.resolve("spark"), 6);
        if (Arrays.asList(args).contains("--no-scans")) System.out.println("(scans skipped)\n");
        else scans(fixtures.get(0), fixtures.get(2), work);
        Path peers = root.resolve("../shared/corpus/peers");
        if (Files.isDirectory(peers)) {
            System.out.println("### Peer conformance: tabula-java's and camelot's lattice fixtures, their pages and areas, their expected output\n");
            Peers.main(new String[]{peers.toString()});
        }
    }

    private static void accuracy(List<FixtureGenerator.Fixture> fixtures) {
        System.out.println("### Cell accuracy on the generated fixtures (seed tables 01-12, ground truth beside each PDF)\n");
        System.out.println("| fixture | engine | cells exact | wrong cells flagged | wrong and unflagged |");
        System.out.println("|---|---|---|---|---|");
        for (FixtureGenerator.Fixture f : fixtures) {
            for (Options.Engine e : ENGINES) {
                Document d = Gongkai.extract(f.pdf(), Options.builder().engine(e).build());
                Accuracy a = Accuracy.of(d, f.tables());
                int wrong = a.cells() - a.exact();
                System.out.printf(Locale.ROOT, "| %s | %s | %d / %d (%.1f%%) | %d | %d |%n", f.style(), name(e), a.exact(), a.cells(), 100 * a.rate(),
                        a.flagged(), wrong - a.flagged());
            }
        }
        System.out.println();
    }

    private static void budgets(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            System.out.println("(../shared/corpus/budgets not found: budget PDFs skipped)\n");
            return;
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(dir)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        System.out.println("### The real budget PDFs (" + pdfs.size() + " documents; no ground truth: identities are the measure)\n");
        System.out.println("| engine | tables identified | identities holding | failing | undecidable |");
        System.out.println("|---|---|---|---|---|");
        for (Options.Engine e : ENGINES) {
            int tables = 0, identified = 0, hold = 0, fail = 0, unknown = 0;
            for (Path p : pdfs) {
                Document d = Gongkai.extract(p, Options.builder().engine(e).build());
                tables += d.tables().size();
                identified += (int) d.tables().stream().filter(t -> t.templateId() != null).count();
                for (var c : d.allChecks()) {
                    if (c.status().holds()) hold++;
                    else if (c.status() == io.gongkai.model.CheckStatus.FAIL) fail++;
                    else unknown++;
                }
            }
            System.out.printf(Locale.ROOT, "| %s | %d of %d found (9 per document expected: %d) | %d | %d | %d |%n", name(e), identified, tables, 9 * pdfs.size(), hold, fail, unknown);
        }
        System.out.println();
    }

    private static void speed(Path doc) throws Exception {
        int pages;
        try (PDDocument d = Loader.loadPDF(doc.toFile())) {
            pages = d.getNumberOfPages();
        }
        System.out.println("### Speed, warm (same JVM, every contender warmed 30 times first, then median of 15 runs after 10 more), " + pages + "-page document\n");
        System.out.println("| what | seconds | pages/s | peak heap MB | vs native |");
        System.out.println("|---|---|---|---|---|");
        double nativeSeconds = 0;
        List<Object[]> rows = new ArrayList<>();
        Work stripper = () -> {
            try (PDDocument d = Loader.loadPDF(new RandomAccessReadBufferedFile(doc.toFile()), "", IOUtils.createTempFileOnlyStreamCache())) {
                new PDFTextStripper().getText(d);
            }
            return null;
        };
        // every contender warmed before any is measured: they share pdfbox's parser, and the first one measured
        // would otherwise pay for compiling it while the others find it compiled
        for (int round = 0; round < 3; round++) {
            for (Options.Engine e : ENGINES) {
                Options o = Options.builder().engine(e).build();
                for (int i = 0; i < 10; i++) Gongkai.extract(doc, o);
            }
            for (int i = 0; i < 10; i++) stripper.run();
        }
        for (Options.Engine e : ENGINES) {
            Options o = Options.builder().engine(e).build();
            double[] r = measure(() -> Gongkai.extract(doc, o));
            if (e == Options.Engine.NATIVE) nativeSeconds = r[0];
            rows.add(new Object[]{name(e), r[0], r[1]});
        }
        double[] strip = measure(stripper);
        rows.add(new Object[]{"pdfbox PDFTextStripper (text only)", strip[0], strip[1]});
        for (Object[] r : rows) {
            double sec = (double) r[1];
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %sx |%n", r[0], fmt(sec), fmt(pages / sec), fmt((double) r[2]), fmt(sec / nativeSeconds));
        }
        System.out.printf(Locale.ROOT, "%nnative takes %.2fx the time of raw pdfbox text extraction on the same pages (target: at most 2x)%n%n", nativeSeconds / strip[0]);
    }

    private static void process(Path doc) throws Exception {
        System.out.println("### Whole process (a fresh JVM per run: start, read, write JSON and CSV), same document\n");
        System.out.println("| engine | seconds |");
        System.out.println("|---|---|");
        for (String engine : new String[]{"native", "tabula"}) {
            Path out = Files.createTempDirectory("gongkai-bench");
            long t0 = System.nanoTime();
            int code = java(List.of("io.gongkai.cli.Main", "extract", doc.toString(), "--out", out.toString(), "--engine", engine), null);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "| %s | %s%s |%n", engine, fmt(s), code > 1 ? " (exit " + code + ")" : "");
        }
        System.out.println();
    }

    private static void thousandPages(Path doc) throws Exception {
        System.out.println("### Memory on a 1,000-page document (native engine, child JVM limited to -Xmx256m)\n");
        long t0 = System.nanoTime();
        Path report = Files.createTempFile("gongkai-mem", ".txt");
        int code = java(List.of("io.gongkai.bench.Bench", "child-extract", doc.toString()), report, "-Xmx256m");
        double s = (System.nanoTime() - t0) / 1e9;
        String r = Files.readString(report).strip();
        System.out.printf(Locale.ROOT, "exit %d in %s s: %s%n%n", code, fmt(s), r);
    }

    /**
     * The 200 documents the batch is measured on (made once): distinct copies of the first two fixtures (the seed's
     * tables printed by pdfbox and by LibreOffice, 12 pages each).
     */
    static Path batchInputs(List<FixtureGenerator.Fixture> fixtures, Path dir) throws IOException {
        Path in = dir.resolve("in");
        if (!Files.isDirectory(in)) {
            Files.createDirectories(in);
            for (int i = 0; i < 200; i++) {
                FixtureGenerator.Fixture f = fixtures.get(i % 2);
                try (PDDocument d = Loader.loadPDF(f.pdf().toFile())) {
                    d.getDocumentInformation().setSubject("copy " + i);
                    d.save(in.resolve(String.format("doc-%03d.pdf", i)).toFile());
                }
            }
        }
        return in;
    }

    /** The batch command over 200 documents (distinct copies of the fixtures), 1 job against 2, memory sampled. */
    private static void batch(List<FixtureGenerator.Fixture> fixtures, Path dir) throws Exception {
        Path in = batchInputs(fixtures, dir);
        System.out.println("### Batch: 200 PDFs (12 pages each) into DuckDB, fresh database, 2 cores, steady state (same JVM, after three warm-up batches), median of five rounds\n");
        System.out.println("| jobs | seconds: median (the five rounds) | documents/s | heap used MB at 10% / 50% / 90% of the median run | speed-up |");
        System.out.println("|---|---|---|---|---|");
        // steady state: the code compiled before anything is timed (one warm-up batch left the first timed one
        // still compiling: both timings 20-25% high)
        for (int jobs : new int[]{2, 1, 2}) batchRun(in, dir.resolve("warm.duckdb"), jobs);
        List<Path> files;
        try (var st = Files.list(in)) {
            files = st.sorted().toList();
        }
        // each round: the batch on 1 and 2 jobs, then the ceiling, the same documents read (bytes, hash, extraction)
        // with no dataset at all, on 1 and 2 threads; rounds in turn, so that a slow spell of the machine falls on all
        List<List<double[]>> runs = new ArrayList<>();
        for (int k = 0; k < 4; k++) runs.add(new ArrayList<>());
        for (int round = 0; round < 5; round++) {
            for (int jobs : new int[]{1, 2}) runs.get(jobs - 1).add(batchRun(in, dir.resolve("d" + jobs + ".duckdb"), jobs));
            for (int jobs : new int[]{1, 2}) runs.get(jobs + 1).add(new double[]{extractionAlone(files, jobs), Double.NaN, Double.NaN, Double.NaN});
        }
        double[] base = new double[2];
        for (int k = 0; k < 4; k++) {
            int jobs = k % 2 + 1;
            List<double[]> r = new ArrayList<>(runs.get(k));
            String all = r.stream().map(x -> fmt(x[0])).collect(java.util.stream.Collectors.joining(", "));
            r.sort(java.util.Comparator.comparingDouble(x -> x[0]));
            double[] median = r.get(r.size() / 2);
            if (jobs == 1) base[k / 2] = median[0];
            String mem = k < 2 ? String.format(Locale.ROOT, "%.0f / %.0f / %.0f", median[1], median[2], median[3]) : "-";
            System.out.printf(Locale.ROOT, "| %d%s | %s (%s) | %s | %s | %sx |%n", jobs, k < 2 ? "" : ", extraction alone (no dataset)", fmt(median[0]), all,
                    fmt(200 / median[0]), mem, fmt(base[k / 2] / median[0]));
        }
        System.out.println();
    }

    /** Seconds to read the documents (bytes, hash, extraction) on so many threads, with no dataset. */
    private static double extractionAlone(List<Path> files, int threads) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<java.util.concurrent.Future<Integer>> all = new ArrayList<>();
            for (Path f : files) all.add(pool.submit(() -> {
                byte[] bytes = Files.readAllBytes(f);
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
                return Gongkai.extract(new java.io.ByteArrayInputStream(bytes), f.getFileName().toString(), io.gongkai.Options.builder().ocrThreads(1).build()).tables().size();
            }));
            for (var x : all) x.get();
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    /** One batch into a fresh database: seconds, and heap used (MB) at 10%, 50% and 90% of the run (sampled every 0.1 s). */
    private static double[] batchRun(Path in, Path db, int jobs) throws Exception {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        double s;
        HeapSampler heap = HeapSampler.start();
        try (heap) {
            long t0 = System.nanoTime();
            io.gongkai.cli.Main.run("batch", in.toString(), "--db", db.toString(), "--jobs", Integer.toString(jobs));
            s = (System.nanoTime() - t0) / 1e9;
        }
        return new double[]{s, heap.at(0.1), heap.at(0.5), heap.at(0.9)};
    }

    /**
     * Scanned fixtures (the pdfbox fixture as a light and a hard scan) read by OCR: money cells exact as read and after
     * repair, wrong cells flagged, seconds a page on one thread and pages a minute on two. The baseline is raw whole-page
     * Tesseract (the CLI, psm 11, chi_sim+eng) on the same pages rendered at 300 dpi: its text read by Gongkai's text
     * path (the same number normalization and identities), and its time.
     */
    private static void scans(FixtureGenerator.Fixture source, FixtureGenerator.Fixture unruled, Path work) throws Exception {
        System.out.println("### Scans: the pdfbox fixture scanned (light: 300 dpi, ≤0.5°, mild noise, JPEG q85; hard: 200 dpi, ≤1.5°, noise, blur, uneven background, JPEG q60, page 3 sideways)\n");
        System.out.println("| scan | cells exact as read | cells exact after repair | wrong cells flagged | wrong and unflagged | s/page, 1 thread | pages/min, 2 threads | raw tesseract: cells exact | raw tesseract: figures read right, anywhere on their page | raw tesseract: s/page |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (io.gongkai.fixtures.ScanStyle style : List.of(io.gongkai.fixtures.ScanStyle.LIGHT, io.gongkai.fixtures.ScanStyle.HARD)) {
            Path scan = work.resolve("scan-" + style.name() + ".pdf");
            style.scan(source.pdf(), scan);
            int pages;
            try (PDDocument doc = Loader.loadPDF(scan.toFile())) {
                pages = doc.getNumberOfPages();
            }
            Gongkai.extract(scan, io.gongkai.Options.builder().ocrThreads(2).build()); // engines loaded on two threads
            long t0 = System.nanoTime();
            Document d = Gongkai.extract(scan, io.gongkai.Options.builder().ocrThreads(1).build());
            double ours = (System.nanoTime() - t0) / 1e9 / pages;
            t0 = System.nanoTime();
            Gongkai.extract(scan, io.gongkai.Options.builder().ocrThreads(2).build());
            double perMinute = pages / ((System.nanoTime() - t0) / 1e9) * 60;
            Accuracy a = Accuracy.of(d, source.tables());
            Path rawText = work.resolve("raw-" + style.name() + ".txt");
            double raw = rawTesseract(scan, work.resolve("raw-" + style.name()), rawText);
            String rawExact = "tesseract CLI not installed", rawFigures = "-";
            if (raw >= 0) {
                Accuracy b;
                try {
                    b = Accuracy.of(Gongkai.extract(rawText), source.tables());
                } catch (io.gongkai.error.InputException e) {
                    b = new Accuracy(a.cells(), 0, 0, 0, List.of()); // no table in its text at all
                }
                rawExact = String.format(Locale.ROOT, "%d / %d (%.1f%%)", b.exact(), b.cells(), 100.0 * b.rate());
                rawFigures = figuresFound(work.resolve("raw-" + style.name()), source.tables());
            }
            System.out.printf(Locale.ROOT, "| %s | %d / %d (%.1f%%) | %d / %d (%.1f%%) | %d of %d | %d | %.2f | %.0f | %s | %s | %s |%n", style.name(),
                    a.asRead(), a.cells(), 100.0 * a.asRead() / a.cells(), a.exact(), a.cells(), 100.0 * a.rate(), a.flagged(), a.cells() - a.exact(),
                    a.cells() - a.exact() - a.flagged(), ours, perMinute, rawExact, rawFigures, raw < 0 ? "-" : String.format(Locale.ROOT, "%.2f", raw));
        }
        // a table without rulings, scanned: no grid to read cells by, words placed by the stream engine's alignment
        Path scan = work.resolve("scan-unruled-light.pdf");
        io.gongkai.fixtures.ScanStyle.LIGHT.scan(unruled.pdf(), scan);
        long t0 = System.nanoTime();
        Document d = Gongkai.extract(scan, io.gongkai.Options.builder().engine(io.gongkai.Options.Engine.STREAM).ocrThreads(1).build());
        double ours = (System.nanoTime() - t0) / 1e9 / 12;
        Accuracy a = Accuracy.of(d, unruled.tables());
        System.out.printf(Locale.ROOT, "| light, no rulings (`--engine stream`) | %d / %d (%.1f%%) | %d / %d (%.1f%%) | %d of %d | %d | %.2f | - | - | - | - |%n",
                a.asRead(), a.cells(), 100.0 * a.asRead() / a.cells(), a.exact(), a.cells(), 100.0 * a.rate(), a.flagged(), a.cells() - a.exact(),
                a.cells() - a.exact() - a.flagged(), ours);
        System.out.println();
    }

    /**
     * Raw Tesseract's text has no table structure (psm 11 prints word groups one per line), so cells cannot be matched;
     * this counts the truth's figures (zeros and blanks aside) that its text holds anywhere on their page, after the same
     * number normalization: an upper bound on what any table reading of that text could get right.
     */
    private static String figuresFound(Path dir, List<io.gongkai.fixtures.TruthTable> truth) throws IOException {
        int want = 0, found = 0;
        for (int i = 0; i < truth.size(); i++) {
            Path page = dir.resolve("p" + (i + 1) + ".png.txt");
            if (!Files.exists(page)) continue;
            java.util.Map<java.math.BigDecimal, Integer> read = new java.util.HashMap<>();
            for (String line : Files.readAllLines(page)) {
                var whole = io.gongkai.normalize.NumberParser.parse(line.strip(), 2);
                if (whole.isValue()) { read.merge(whole.value().stripTrailingZeros(), 1, Integer::sum); continue; }
                for (String tok : line.strip().split("\\s+")) {
                    var r = io.gongkai.normalize.NumberParser.parse(tok, 2);
                    if (r.isValue()) read.merge(r.value().stripTrailingZeros(), 1, Integer::sum);
                }
            }
            for (io.gongkai.fixtures.TruthTable.TruthRow row : truth.get(i).rows()) {
                for (String v : row.values().values()) {
                    if (v.isEmpty() || v.equals("—") || new java.math.BigDecimal(v).signum() == 0) continue;
                    want++;
                    java.math.BigDecimal key = new java.math.BigDecimal(v).stripTrailingZeros();
                    Integer n = read.get(key);
                    if (n != null && n > 0) { found++; read.put(key, n - 1); }
                }
            }
        }
        return String.format(Locale.ROOT, "%d / %d (%.1f%%)", found, want, 100.0 * found / Math.max(1, want));
    }

    /**
     * Seconds a page for the tesseract command on the pages rendered at 300 dpi (psm 11, chi_sim+eng, one thread), its
     * text of all pages written to {@code text}; -1 without the command.
     */
    private static double rawTesseract(Path pdf, Path dir, Path text) throws Exception {
        Files.createDirectories(dir);
        List<Path> pngs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.rendering.PDFRenderer r = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                Path png = dir.resolve("p" + (i + 1) + ".png");
                javax.imageio.ImageIO.write(r.renderImageWithDPI(i, 300, org.apache.pdfbox.rendering.ImageType.GRAY), "png", png.toFile());
                pngs.add(png);
            }
        }
        StringBuilder all = new StringBuilder();
        long t0 = System.nanoTime();
        for (Path png : pngs) {
            Path out = dir.resolve(png.getFileName() + ".txt");
            ProcessBuilder pb = new ProcessBuilder("tesseract", png.toString(), "-", "-l", "chi_sim+eng", "--psm", "11").redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(out.toFile());
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            try {
                if (pb.start().waitFor() != 0) return -1;
            } catch (IOException e) {
                return -1;
            }
            all.append(Files.readString(out)).append('\n');
        }
        double s = (System.nanoTime() - t0) / 1e9 / pngs.size();
        Files.writeString(text, all);
        return s;
    }

    /** In a child JVM: extract and report pages, tables and the process's peak resident memory. */
    private static void childExtract(Path doc) throws IOException {
        long t0 = System.nanoTime();
        // the reader's memory over 1,000 pages is measured, not the budget (whose default cells limit such a volume may pass)
        Document d = Gongkai.extract(doc, Options.builder().budget(io.gongkai.budget.Budget.unlimited()).build());
        double s = (System.nanoTime() - t0) / 1e9;
        String hwm = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?").replaceAll("\\s+", " ");
        System.out.printf(Locale.ROOT, "%d tables from %s pages in %.1f s (%.0f pages/s); peak heap %.0f MB; peak RSS %s%n", d.tables().size(),
                d.tables().stream().mapToInt(t -> t.pages().size()).sum(), s, 1000 / s, peakHeapMb(), hwm.replace("VmHWM: ", ""));
    }

    private static int java(List<String> args, Path stdout, String... jvm) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(Arrays.asList(jvm));
        cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    interface Work {
        Object run() throws Exception;
    }

    /** Median seconds of 15 runs after 10 warm-ups, and the peak heap they reached (MB). */
    private static double[] measure(Work w) throws Exception {
        for (int i = 0; i < 10; i++) w.run();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] t = new double[15];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            w.run();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        return new double[]{t[t.length / 2], peakHeapMb()};
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / 1048576.0;
    }

    /** A document of {@code n} pages, the fixtures' pages repeated. */
    private static Path pages(List<FixtureGenerator.Fixture> fixtures, Path out, int n) throws IOException {
        if (Files.exists(out)) return out;
        try (PDDocument target = new PDDocument()) {
            List<PDDocument> sources = new ArrayList<>();
            try {
                for (FixtureGenerator.Fixture f : fixtures) sources.add(Loader.loadPDF(f.pdf().toFile()));
                int added = 0;
                while (added < n) {
                    for (PDDocument src : sources) {
                        for (int i = 0; i < src.getNumberOfPages() && added < n; i++, added++) target.importPage(src.getPage(i));
                    }
                }
                target.save(out.toFile());
            } finally {
                for (PDDocument d : sources) d.close();
            }
        }
        return out;
    }

    private static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples/qujing-industry-2024-final.txt"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("run from inside the gongkai checkout");
        return p;
    }

    private static String name(Options.Engine e) {
        return switch (e) {
            case NATIVE -> "native";
            case STREAM -> "native stream";
            case TABULA -> "tabula lattice";
            case TABULA_STREAM -> "tabula stream";
        };
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
    }
}
