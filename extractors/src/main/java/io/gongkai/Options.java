package io.gongkai;

import io.gongkai.error.BudgetExceededException;
import io.gongkai.budget.Budget;

import io.gongkai.template.TemplateCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How to extract. Immutable; build with {@link #builder()}.
 *
 * @param templates the template catalogue (built-in by default; add a directory of your own with
 *                  {@link Builder#templateDirectory(Path)})
 * @param password  the password of an encrypted PDF, or null
 * @param engine    which engine finds the tables of a PDF
 * @param pages     which pages of a PDF to read (1-based, inclusive ranges), empty for all
 * @param ocrDpi    the most resolution at which pages without a text layer (scans) are read by OCR ({@link Builder#ocrDpi}); 0: not read
 * @param ocrThreads scanned pages of one document read at once (each thread loads Tesseract engines of its own)
 * @param ocr       which OCR engine reads scanned pages (default {@link Ocr#BOTH})
 * @param budget    how much one document may take: time, pixels read by OCR, characters of text, cells
 *                  ({@link Budget#defaults()}); a document over it is a {@link BudgetExceededException}
 */
public record Options(TemplateCatalog templates, String password, Engine engine, List<int[]> pages, float ocrDpi, int ocrThreads, Ocr ocr,
                      Budget budget) {

    public Options {
        pages = pages == null ? List.of() : List.copyOf(pages);
        budget = budget == null ? Budget.defaults() : budget;
    }

    /** Whether page {@code p} (1-based) is to be read. */
    public boolean readsPage(int p) {
        return pages.isEmpty() || pages.stream().anyMatch(r -> p >= r[0] && p <= r[1]);
    }

    /** Table-finding engines for PDFs. */
    public enum Engine {
        /** Gongkai's own: ruling lines, merged cells, glyphs placed by their real boxes. */
        NATIVE,
        /** Gongkai's own, and pages without rulings read by text alignment (unruled tables). */
        STREAM,
        /** tabula-java's lattice algorithm (needs technology.tabula:tabula on the class path). */
        TABULA,
        /** tabula-java's stream algorithm, for unruled tables. */
        TABULA_STREAM;

        /** The engine's name on the command line: {@code native}, {@code stream}, {@code tabula}, {@code tabula-stream}. */
        public String cliName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /**
         * The engine named as on the command line ({@link #cliName()}, any case).
         *
         * @throws IllegalArgumentException for any other name, listing the names
         */
        public static Engine parse(String name) {
            for (Engine e : values()) if (e.cliName().equalsIgnoreCase(name.strip())) return e;
            throw new IllegalArgumentException("unknown engine '" + name + "' (use native, stream, tabula or tabula-stream)");
        }
    }

    /** OCR engines for scanned pages. */
    public enum Ocr {
        /** Tesseract 5 (system libtesseract, chi_sim model). */
        TESSERACT,
        /** PP-OCRv4 (detection, recognition, angle classifier) on ONNX Runtime, models bundled. */
        PADDLE,
        /**
         * Both (the default): PP-OCRv4 reads the page, Tesseract reads every figure again; a figure both read alike is
         * corroborated, one they read differently goes to the identities or is flagged. Without Tesseract installed,
         * PP-OCRv4 alone, and the document says so.
         */
        BOTH;

        /**
         * The engine named as on the command line: {@code tesseract}, {@code paddle} or {@code both}.
         *
         * @throws IllegalArgumentException for any other name, listing the names
         */
        public static Ocr parse(String name) {
            for (Ocr o : values()) if (o.name().equalsIgnoreCase(name.strip())) return o;
            throw new IllegalArgumentException("unknown OCR engine '" + name + "' (use tesseract, paddle or both)");
        }
    }

    public static Options defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private TemplateCatalog templates = TemplateCatalog.builtIn();
        private String password;
        private Engine engine = Engine.NATIVE;
        private List<int[]> pages = List.of();
        private float ocrDpi = 300;
        private int ocrThreads = Runtime.getRuntime().availableProcessors();
        private Ocr ocr = Ocr.BOTH;
        private Budget budget = Budget.defaults();

        /** Pages to read, as printed on a command line: {@code 1-5,8,10-12}. */
        public Builder pages(String spec) {
            List<int[]> out = new java.util.ArrayList<>();
            for (String part : spec.split(",")) {
                String p = part.strip();
                if (p.isEmpty()) continue;
                try {
                    String[] ab = p.split("-", 2);
                    int a = Integer.parseInt(ab[0].strip()), b = ab.length == 2 ? Integer.parseInt(ab[1].strip()) : a;
                    if (a < 1 || b < a) throw new NumberFormatException();
                    out.add(new int[]{a, b});
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad page range '" + p + "' (use e.g. 1-5,8)");
                }
            }
            this.pages = out;
            return this;
        }

        public Builder engine(Engine engine) {
            this.engine = engine;
            return this;
        }

        /** The password of an encrypted PDF. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Adds (or overrides) templates from every {@code *.json} file in a directory. */
        public Builder templateDirectory(Path dir) {
            try {
                templates = templates.withDirectory(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read templates from " + dir + ": " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * The most resolution at which pages without a usable text layer are read by OCR (default 300 dpi; at most 40
         * megapixels a page): a page drawn as vectors is rendered at it, a stored scan is read at its own resolution up
         * to it, and a gray or colour scan of large type finer than 250 dpi at 200 dpi ({@code PageScanner.stored}).
         */
        public Builder ocrDpi(float dpi) {
            if (dpi < 72 || dpi > 1200) throw new IllegalArgumentException("OCR resolution " + dpi + " dpi is outside 72-1200");
            this.ocrDpi = dpi;
            return this;
        }

        /** Scanned pages of a document read at once (default: the number of cores; 1 where documents go in parallel). */
        public Builder ocrThreads(int threads) {
            if (threads < 1) throw new IllegalArgumentException("OCR threads must be at least 1, not " + threads);
            this.ocrThreads = threads;
            return this;
        }

        /** Which OCR engine reads scanned pages. */
        public Builder ocr(Ocr engine) {
            this.ocr = java.util.Objects.requireNonNull(engine, "engine");
            return this;
        }

        /** Pages without a text layer are reported, not read (no OCR; Tesseract is not needed). */
        public Builder noOcr() {
            this.ocrDpi = 0;
            return this;
        }

        /**
         * How much one document may take (default {@link Budget#defaults()}: 30 s and 30 s a page read by OCR, 2
         * gigapixels, 8 million characters, 250,000 cells); {@link Budget#unlimited()} for none.
         *
         * @since 0.1.0
         */
        public Builder budget(Budget budget) {
            this.budget = java.util.Objects.requireNonNull(budget, "budget");
            return this;
        }

        public Options build() {
            return new Options(templates, password, engine, pages, ocrDpi, ocrThreads, ocr, budget);
        }
    }
}
