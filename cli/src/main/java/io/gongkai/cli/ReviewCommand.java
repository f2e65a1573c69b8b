package io.gongkai.cli;

import io.gongkai.Gongkai;
import io.gongkai.error.GongkaiException;
import io.gongkai.Options;
import io.gongkai.model.Document;
import io.gongkai.write.ReviewPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Writes one self-contained HTML page to check a document by eye.",
                "Each table's page image beside the recovered table, cells coloured by what the identities say; hover a cell for its raw",
                "text and its box on the page; failing identities listed. Exit codes as extract's."})
final class ReviewCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a PDF, an image (JPEG, PNG, TIFF, BMP) or OCR text file")
    Path file;

    @Option(names = "--out", paramLabel = "HTML", description = "the page to write (default: FILE's name with .html, in the current directory)")
    Path out;

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
        Options.Builder o = Options.builder();
        if (password != null) o.password(password);
        // a value out of range or a name not known: a usage error (UsageError), before anything is read
        ocr.apply(o);
        budget.apply(o);
        engine.apply(o);
        Path target = out != null ? out : Path.of(file.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".html");
        try {
            Options opts = o.build();
            Document doc = Gongkai.extract(file, opts);
            // the pages shown beside the tables are opened by the reader, with the same options (the password)
            try (io.gongkai.extract.pdf.PageImages pages = Gongkai.pageImages(file, opts)) {
                new ReviewPage(pages.count() == 0 ? null : pages::render).write(doc, target);
            }
            System.out.println(target);
            // the exit code of every command: 1 when something is left to look at (Summary.complete's one rule)
            return io.gongkai.view.Summary.of(doc).complete() ? 0 : 1;
        } catch (GongkaiException e) {
            System.err.println("gongkai: " + e.getMessage());
            if (Logging.verbose() && e.getCause() != null) e.getCause().printStackTrace();
            return 3;
        } catch (IOException e) {
            System.err.println("gongkai: cannot write " + target + ": " + e.getMessage());
            return 3;
        }
    }
}
