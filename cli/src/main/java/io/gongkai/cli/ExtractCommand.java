package io.gongkai.cli;

import io.gongkai.budget.Budget;
import io.gongkai.error.GongkaiException;
import io.gongkai.Gongkai;
import io.gongkai.Options;
import io.gongkai.write.JsonWriter;
import io.gongkai.view.Summary;
import io.gongkai.write.TidyCsvWriter;
import io.gongkai.write.WideCsvWriter;
import io.gongkai.write.XlsxWriter;
import io.gongkai.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads disclosures and writes their tables. Prints a summary per file: tables by template, cells by status, checks by outcome, failing checks.",
                "Input: PDFs with a text layer (ruled tables), scanned PDFs and images (OCR), or the text/markdown other OCR tools produce (UTF-8, UTF-16 or GB18030/GBK; tab-separated rows, pipe tables, HTML tables).",
                "Each document is read within a budget (--max-…): one over it is not read, and says which limit it passed."})
final class ExtractCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "input files")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "gongkai-out",
            description = "output directory (default: ${DEFAULT-VALUE}); each input's results are named after it (a/x.pdf: x.json, x.csv, x-tables/, x.xlsx); "
                    + "when two inputs of one run have the same name (a/x.pdf b/x.pdf, x.pdf x.txt) the second's are x-2.*, and the summary says so")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "json,csv,xlsx",
            description = "json, csv (a tidy CSV, and one wide CSV per table in NAME-tables/), xlsx; comma-separated (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--one-document", description = "read the image files given (JPEG, PNG, TIFF, BMP) as the pages of one document, in the order given "
            + "(a table photographed page by page: its tables continue from one file to the next); results named after the first file")
    boolean oneDocument;

    @Option(names = "--pages", paramLabel = "RANGES", description = "PDF pages to read, e.g. 1-5,8 (default: all)")
    String pages;

    @Option(names = "--templates", paramLabel = "DIR", description = "extra template files (*.json) to add or override")
    Path templates;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "password of an encrypted PDF")
    String password;

    @picocli.CommandLine.Mixin
    EngineOption engine = new EngineOption();

    @picocli.CommandLine.Mixin
    OcrOptions ocr = new OcrOptions();

    @picocli.CommandLine.Mixin
    VerboseOption verbose = new VerboseOption();

    @picocli.CommandLine.Mixin
    BudgetOptions budget = new BudgetOptions();

    @Override
    public Integer call() {
        // a value out of range or a name not known: a usage error (UsageError), before anything is read or written
        String given = String.join(",", formats);
        // read as the other options' names are: case and spaces aside, an empty item ("json,") nothing
        formats = formats.stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT)).filter(f -> !f.isEmpty()).distinct().toList();
        if (formats.isEmpty()) throw UsageError.of(spec, "--format", given, "no output format given (use json, csv, xlsx)");
        for (String f : formats) {
            if (!f.equals("json") && !f.equals("csv") && !f.equals("xlsx")) throw UsageError.of(spec, "--format", given, "unknown format '" + f + "' (use json, csv, xlsx)");
        }
        Options.Builder options = Options.builder();
        ocr.apply(options);
        budget.apply(options);
        if (templates != null) options.templateDirectory(templates);
        if (password != null) options.password(password);
        if (pages != null) {
            try {
                options.pages(pages);
            } catch (IllegalArgumentException e) {
                throw UsageError.of(spec, "--pages", pages, e.getMessage());
            }
        }
        engine.apply(options);
        Options opts = options.build();
        int code = 0;
        // the output names of this run, so that no input's results overwrite another's (compared ignoring case, as
        // the file systems of Windows and macOS do)
        Set<String> taken = new HashSet<>();
        for (Path file : oneDocument ? files.subList(0, 1) : files) {
            try {
                // one deadline for reading the document and writing it
                Budget.Deadline deadline = opts.budget().start().source(file.getFileName().toString());
                Document doc = oneDocument ? Gongkai.extractPages(files, opts) : Gongkai.extract(file, opts, deadline);
                String base = baseName(file), name = base;
                for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = base + "-" + n;
                write(doc, name, deadline);
                Summary summary = Summary.of(doc);
                System.out.print(summary.render(doc));
                if (!name.equals(base)) {
                    System.out.println("  " + file + " written as " + out.resolve(name) + ".* (" + out.resolve(base) + ".* are another input's of this run)");
                }
                // one rule (Summary.complete): a failed identity, a table unidentified, unread or of unknown unit, a damaged page, a suspect cell
                if (!summary.complete()) code = Math.max(code, 1);
            } catch (GongkaiException e) {
                System.err.println("gongkai: " + e.getMessage());
                code = 3;
            } catch (IOException e) {
                System.err.println("gongkai: cannot write results for " + file + ": " + e.getMessage());
                code = 3;
            }
        }
        return code;
    }

    /** The name of an input's results: its file name without its extension. */
    static String baseName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }

    /** Writes the formats asked for, the document's time checked before each. */
    private void write(Document doc, String base, Budget.Deadline deadline) throws IOException {
        Files.createDirectories(out);
        if (formats.contains("json")) {
            deadline.check("writing JSON");
            new JsonWriter().write(doc, out.resolve(base + ".json"));
        }
        if (formats.contains("csv")) {
            deadline.check("writing CSV");
            new TidyCsvWriter().write(doc, out.resolve(base + ".csv"));
            deadline.check("writing the tables' CSV");
            new WideCsvWriter().write(doc, out.resolve(base + "-tables"));
        }
        if (formats.contains("xlsx")) {
            deadline.check("writing XLSX");
            new XlsxWriter().write(doc, out.resolve(base + ".xlsx"));
        }
    }
}
