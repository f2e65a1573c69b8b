package io.gongkai.bench.matrix;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gongkai.Gongkai;
import io.gongkai.Options;
import io.gongkai.fixtures.Accuracy;
import io.gongkai.fixtures.matrix.Condition;
import io.gongkai.fixtures.matrix.Conditions;
import io.gongkai.fixtures.matrix.DocResult;
import io.gongkai.fixtures.matrix.PageSelection;
import io.gongkai.fixtures.matrix.RawTesseract;
import io.gongkai.fixtures.matrix.Reading;
import io.gongkai.fixtures.matrix.Scan;
import io.gongkai.fixtures.matrix.ScanMaker;
import io.gongkai.fixtures.matrix.Slice;
import io.gongkai.fixtures.matrix.Source;
import io.gongkai.fixtures.matrix.Sources;
import io.gongkai.fixtures.matrix.Summary;
import io.gongkai.fixtures.matrix.TruthFailure;
import io.gongkai.model.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The scan matrix: real documents (and the seed fixtures) scanned under each {@link Conditions condition} by independent
 * tools, read by Gongkai's scan path, scored against the text-layer reading of the same pages. Prints Markdown: the
 * sources and the identities their truth fails, a line per condition (cells, exact, wrong flagged, wrong unflagged,
 * missing, CPU a page, raw tesseract's CPU a page, peak RSS), a line per document, and the worst wrong-unflagged cells.
 * Each reading runs in a child JVM of its own (peak RSS); scans are cached under {@code benchmarks/target/matrix}.
 *
 * <pre>
 * mvn -q -pl benchmarks exec:exec -Dbench.args="--only-matrix --conditions office-200,low-150"
 * java -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" io.gongkai.bench.matrix.ScanMatrix \
 *      --condition office-200 --doc 财政局部门 --pages 5-7
 * </pre>
 */
@Command(name = "scan-matrix", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scans documents under named conditions (pdftoppm, ImageMagick, img2pdf), reads the scans and scores them against the text layer.")
public final class ScanMatrix implements Callable<Integer> {
    @Option(names = {"--conditions", "--condition"}, paramLabel = "NAMES", description = "conditions, comma-separated (default: all: clean-300, office-200, low-150, skew-3-200, noisy-300, shaded-200, photocopy-200, seal-200, seal-gray-200, ring-200, ring-gray-200, ring-bw-200, stain-200, bleed-200, rotated-200, colour-300, photo-300, bw-200)")
    String conditions;

    @Option(names = "--doc", paramLabel = "TEXT", description = "only the sources whose name contains TEXT (comma-separated: any of them)")
    String doc;

    @Option(names = "--pages", paramLabel = "RANGES", description = "these pages of each source, e.g. 5-7 (default: --pages-per-doc chosen from its tables)")
    String pages;

    @Option(names = "--pages-per-doc", paramLabel = "N", defaultValue = "3", description = "pages of each source, whole tables chosen deterministically (default: ${DEFAULT-VALUE})")
    int pagesPerDoc;

    @Option(names = "--full", description = "every page of every source")
    boolean full;

    @Option(names = "--ocr-engine", paramLabel = "ENGINE", defaultValue = "both", description = "tesseract, paddle or both (Options.ocr; default: ${DEFAULT-VALUE}, as Gongkai's)")
    String engine;

    @Option(names = "--no-raw", description = "do not time raw tesseract on the page images")
    boolean noRaw;

    @Option(names = "--raw-limit", paramLabel = "SECONDS", defaultValue = "120", description = "wall seconds raw tesseract may take on a page before it is stopped and counted as capped (default: ${DEFAULT-VALUE})")
    int rawLimit;

    @Option(names = "--reading-limit", paramLabel = "MINUTES", defaultValue = "20", description = "minutes a document's reading may take in its child JVM; one stopped there counts every cell missing (default: ${DEFAULT-VALUE})")
    int readingLimit;

    @Option(names = "--reuse-readings", description = "take a scan's reading from an earlier run when there is one (only while the reader has not changed)")
    boolean reuse;

    @Option(names = "--in-process", description = "read in this JVM (faster to start; no peak RSS)")
    boolean inProcess;

    @Option(names = "--no-seeds", description = "leave out the generated seed fixtures")
    boolean noSeeds;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "5", description = "wrong-unflagged cells shown per condition (default: ${DEFAULT-VALUE})")
    int examples;

    @Option(names = "--cache", paramLabel = "DIR", description = "where slices and scans are kept (default: benchmarks/target/matrix)")
    Path cache;

    @Option(names = "--shared", paramLabel = "DIR", description = "the shared folder (default: -Dgongkai.shared, else ../shared)")
    Path shared;

    @Option(names = "--json", paramLabel = "FILE", description = "also write every document's result as JSON (default: CACHE/results.json)")
    Path json;

    @Option(names = "--only-matrix", hidden = true)
    boolean onlyMatrix;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the matrix with command-line arguments; the exit code. */
    public static int run(String... args) {
        return new CommandLine(new ScanMatrix()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Path root = repoRoot();
        Path sharedDir = shared != null ? shared : Sources.shared(root.resolve("../shared"));
        Path cacheDir = (cache != null ? cache : root.resolve("benchmarks/target/matrix")).toAbsolutePath();
        Options.Ocr ocr = Options.Ocr.valueOf(engine.toUpperCase(Locale.ROOT));
        List<Condition> chosen = Conditions.parse(conditions);
        List<Source> sources = new ArrayList<>(Sources.corpus(sharedDir));
        if (!noSeeds && (doc == null || Sources.SEEDS.stream().anyMatch(n -> Arrays.stream(doc.split(",")).anyMatch(d -> n.contains(d.strip())))))
            sources.addAll(Sources.seeds(root.resolve("samples/qujing-industry-2024-final.txt"), cacheDir.resolve("seeds")));
        sources.removeIf(s -> doc != null && Arrays.stream(doc.split(",")).noneMatch(s::matches));
        if (sources.isEmpty()) {
            System.err.println("no source matches " + doc + " (shared folder: " + sharedDir + ")");
            return 2;
        }
        MatrixReport report = new MatrixReport(System.out);
        List<Slice> slices = new ArrayList<>();
        List<String[]> sliceRows = new ArrayList<>();
        List<TruthFailure> failures = new ArrayList<>();
        List<TruthFailure> wholeFailures = new ArrayList<>();
        for (Source s : sources) {
            io.gongkai.model.Document whole = Gongkai.extract(s.pdf());
            wholeFailures.addAll(TruthFailure.of(s.name(), whole, p -> p));
            PageSelection selection = full ? PageSelection.all() : pages != null ? PageSelection.parse(pages) : PageSelection.choose(whole, pagesPerDoc);
            Slice slice = Slice.of(s, selection, cacheDir);
            slices.add(slice);
            List<TruthFailure> f = TruthFailure.of(slice);
            failures.addAll(f);
            sliceRows.add(describe(slice, f.size()));
        }
        report.slices(sliceRows);
        report.truthFailures("the pages scanned", failures);
        report.truthFailures("the whole documents (for reference)", wholeFailures);
        ScanMaker maker = new ScanMaker(cacheDir.resolve("assets"));
        List<DocResult> results = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int done = 0, total = chosen.size() * slices.size();
        for (Condition c : chosen) {
            for (Slice slice : slices) {
                done++;
                try {
                    DocResult r = read(slice, c, ocr, maker.scan(slice, c), cacheDir);
                    results.add(r);
                    System.err.printf(Locale.ROOT, "[%d/%d] %s %s p%s: %d cells, %.1f%% exact, %d wrong unflagged, %d missing; %.1f CPU s/page%s%n", done, total, c.name(),
                            slice.source().name(), r.pages(), r.score().cells(), 100 * r.score().exactRate(), r.score().unflagged(), r.score().missing(),
                            r.cpuSeconds() / r.pageCount(), r.stopped() ? " (stopped at the time limit)" : "");
                } catch (IOException | RuntimeException e) {
                    errors.add(c.name() + " " + slice.label() + ": " + e.getMessage());
                    System.err.println("[" + done + "/" + total + "] " + c.name() + " " + slice.label() + " FAILED: " + e.getMessage());
                }
            }
        }
        List<Summary> summaries = chosen.stream().map(c -> Summary.of(c.name(), results.stream().filter(r -> r.condition().equals(c.name())).toList())).toList();
        report.conditions(summaries, ocr.name().toLowerCase(Locale.ROOT));
        report.documents(results);
        report.worstUnflagged(chosen.stream().map(Condition::name).toList(), results, examples);
        if (results.size() == 1) report.mismatches(results.get(0));
        if (!errors.isEmpty()) {
            System.out.println("#### Readings that failed (" + errors.size() + ")\n");
            errors.forEach(e -> System.out.println("- " + e));
            System.out.println();
        }
        Path jsonFile = json != null ? json : cacheDir.resolve("results.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonFile.toFile(), results);
        System.out.printf(Locale.ROOT, "%d readings (%d conditions × %d documents) in %.1f min; results: %s%n%n", results.size(), chosen.size(), slices.size(),
                (System.nanoTime() - t0) / 60e9, jsonFile);
        return errors.isEmpty() ? 0 : 1;
    }

    private DocResult read(Slice slice, Condition c, Options.Ocr ocr, Scan scan, Path cacheDir) throws IOException {
        String name = ocr.name().toLowerCase(Locale.ROOT);
        Path work = scan.pdf().getParent().resolve("child-" + name), saved = scan.pdf().getParent().resolve("reading-" + name + ".json");
        ObjectMapper json = new ObjectMapper();
        if (reuse && Files.exists(saved) && (noRaw || json.readValue(saved.toFile(), DocResult.class).rawCpuSeconds() >= 0)) {
            return json.readValue(saved.toFile(), DocResult.class);
        }
        DocResult r;
        if (reuse && Files.exists(work.resolve("result.json"))) {
            r = json.readValue(work.resolve("result.json").toFile(), DocResult.class);
        } else if (inProcess) {
            r = DocResult.of(slice, c, ocr, Reading.of(scan.pdf(), ocr), false);
        } else {
            ChildReader.Job job = new ChildReader.Job(slice.source().name(), slice.source().kind(), slice.source().pdf().toString(), slice.selection().toString(),
                    cacheDir.toString(), c.name(), ocr, scan.pdf().toString());
            try {
                r = ChildReader.run(job, work, scan.pdf().getParent().resolve("child-" + name + ".log"), readingLimit);
            } catch (ChildReader.Stopped e) {
                r = DocResult.stopped(slice, c, ocr, e.cpuSeconds, e.wallSeconds);
            }
        }
        if (!noRaw) r = r.withRaw(new RawTesseract(rawLimit).cost(scan.pages()));
        json.writeValue(saved.toFile(), r);
        return r;
    }

    private static String[] describe(Slice slice, int failures) {
        int cells = 0, amounts = 0;
        for (Table t : slice.truth().tables()) {
            for (var r : t.rows()) {
                for (var c : r.cells()) {
                    if (!io.gongkai.fixtures.matrix.Score.scored(t, c)) continue;
                    cells++;
                    if (c.number() != null) amounts++;
                }
            }
        }
        String ground = "-";
        if (!slice.source().groundTruth().isEmpty()) {
            var templates = slice.truth().tables().stream().map(Table::templateId).toList();
            Accuracy a = Accuracy.of(slice.truth(), slice.source().groundTruth().stream().filter(t -> templates.contains(t.template())).toList());
            ground = a.exact() + " / " + a.cells() + " exact";
        }
        return new String[]{slice.source().name(), slice.source().kind().id(), slice.selection().isAll() ? "all (" + slice.pageCount() + ")" : slice.selection().toString(),
                Integer.toString(slice.truth().tables().size()), cells + " (" + amounts + ")", Integer.toString(failures), ground};
    }

    private static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("samples/qujing-industry-2024-final.txt"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("run from inside the gongkai checkout");
        return p;
    }
}
