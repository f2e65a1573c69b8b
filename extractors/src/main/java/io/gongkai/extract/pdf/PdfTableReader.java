package io.gongkai.extract.pdf;

import io.gongkai.error.EncryptedDocumentException;
import io.gongkai.error.InputException;
import io.gongkai.extract.ContinuedTable;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.extract.scan.PageScanner;
import io.gongkai.grid.Glyph;
import io.gongkai.grid.GlyphText;
import io.gongkai.grid.Segment;
import io.gongkai.normalize.TextNormalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the ruled tables of a PDF's text layer (pdfbox 3): per page, the characters and ruling lines, the grids they
 * form, the title and header lines above each grid; a table continued on the next page without a title is joined to
 * the one before. Pages are read one at a time and the document is kept in temporary files, so memory does not grow
 * with the page count. Stateless and thread-safe; each call opens its own document.
 */
public final class PdfTableReader {
    private static final Pattern LABEL = io.gongkai.template.Vocabulary.TABLE_LABEL;
    private static final Pattern NOTE = Pattern.compile("^(注|备注|说明)");
    /** A line that states a unit and nothing else: 单位：元, 金额单位:万元, （单位：元）. */
    private static final Pattern UNIT_LINE = Pattern.compile("^[(（]?\\s*(金额)?单位\\s*[:：]\\s*(万元|元)\\s*[)）]?$");
    /** A page's number printed under its table: 3, - 3 -, 第3页, 第 3 页 共 8 页. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—\\s]*(第\\s*)?\\d+\\s*(页)?(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?[-—\\s]*$|^\\d+\\s*/\\s*\\d+$");
    private final java.util.function.Supplier<TableFinder> engine;

    /** Gongkai's own engine. */
    public PdfTableReader() {
        this(NativeFinder::new);
    }

    private PdfTableReader(java.util.function.Supplier<TableFinder> engine) {
        this.engine = engine;
    }

    /** Gongkai's own engine, reading pages without rulings by text alignment too. */
    public static PdfTableReader stream() {
        return new PdfTableReader(() -> new NativeFinder(true));
    }

    /** tabula-java's lattice (ruled) or stream (text alignment) algorithm finds the tables instead. */
    public static PdfTableReader tabula(boolean lattice) {
        return new PdfTableReader(() -> new TabulaFinder(lattice));
    }

    /**
     * What was read, which pages held no table, which were read by OCR and which are scans left unread, and what was
     * wrong with text layers that were not read as they are (or were, for want of OCR).
     *
     * @param alignedBlocks indexes into {@code blocks} of the tables Gongkai's own engine read by text alignment on
     *                      text-layer pages that hold no ruled grid, where nobody asked for it (not the stream engine):
     *                      tentative, to be kept only when identities confirm them (see {@code Gongkai})
     * @param pagesDamaged  pages that could not be read, each with what pdfbox found wrong (a content stream or font
     *                      damaged, a page missing from a damaged page tree); the other pages are read as usual
     * @param frontMatter   the text lines of the pages before the first table (a cover, a contents page), at most
     *                      {@link #FRONT_PAGES} of them: where a document may name its department and year only
     * @param scans         the pages read by OCR, each as read: for the document to be laid out again from them
     *                      ({@link #rereading}) without reading any page twice
     * @param tablesNotRead pages where no table was read though the page prints a table's title (not at its foot: no
     *                      title of the next page's table) and figures ({@link #FIGURES_OF_A_TABLE} or more), each with
     *                      that title: a table lost, its figures not in the output
     */
    public record Result(List<RawBlock> blocks, int pages, List<Integer> pagesWithoutTables, List<Integer> pagesOcr, List<Integer> pagesScannedUnread,
                         List<String> textLayerNotes, List<Integer> alignedBlocks, java.util.SortedMap<Integer, String> pagesDamaged,
                         List<String> frontMatter, java.util.SortedMap<Integer, PageScanner.Scan> scans,
                         java.util.SortedMap<Integer, String> tablesNotRead) {

        /** The pages whose scans hold figures for the second engine to read ({@link #rereading}); none when read already. */
        public java.util.Set<Integer> pagesToCorroborate() {
            java.util.Set<Integer> out = new java.util.TreeSet<>();
            scans.forEach((p, s) -> {
                if (s.corroboration() != null) out.add(p);
            });
            return out;
        }
    }

    /**
     * The most bytes of figure crops a document's scans hold for the second engine ({@link #corroboratingLater}): past
     * them a page's figures are read by it at once (a scan of hundreds of pages keeps its memory bounded; a page holds
     * 0.5–2 MB of them).
     */
    static final long HELD_CROPS = 64L << 20;

    /** How many pages before the first table are kept as the document's front matter (cover, contents, a foreword). */
    static final int FRONT_PAGES = 3;

    private java.util.function.IntPredicate pages = p -> true;
    private PageScanner scanner;
    private int ocrThreads = 1;
    private io.gongkai.budget.Budget.Deadline deadline = io.gongkai.budget.Budget.Deadline.NONE;
    /** Pages read by OCR before, taken as read ({@link #rereading}), or null to read every page. */
    private java.util.SortedMap<Integer, PageScanner.Scan> readBefore;
    /** Of those, the pages whose held figures the second engine reads now. */
    private java.util.Set<Integer> corroborate = java.util.Set.of();

    private PdfTableReader copy() {
        PdfTableReader r = new PdfTableReader(engine);
        r.pages = pages;
        r.scanner = scanner;
        r.ocrThreads = ocrThreads;
        r.deadline = deadline;
        r.readBefore = readBefore;
        r.corroborate = corroborate;
        return r;
    }

    /** Only these pages are read (a copy of this reader). */
    public PdfTableReader pages(java.util.function.IntPredicate which) {
        PdfTableReader r = copy();
        r.pages = which;
        return r;
    }

    /**
     * A copy of this reader whose second OCR engine reads a scanned page's figures only when asked: each page's are
     * held in its scan ({@link Result#pagesToCorroborate}) for {@link #rereading} to read, up to {@link #HELD_CROPS}
     * (past that, at once). Without OCR or a second engine, the same as this one.
     */
    public PdfTableReader corroboratingLater() {
        PdfTableReader r = copy();
        if (scanner != null) r.scanner = scanner.corroboratingLater();
        return r;
    }

    /**
     * A copy of this reader that reads the same PDF again taking each page {@code first} read by OCR as it was read (no
     * page rendered or recognized again), the second engine reading the held figures of the pages in {@code corroborate};
     * the tables are laid out anew from them.
     */
    public PdfTableReader rereading(Result first, java.util.Set<Integer> corroborate) {
        PdfTableReader r = copy();
        r.readBefore = first.scans();
        r.corroborate = java.util.Set.copyOf(corroborate);
        return r;
    }

    /**
     * Reads within a document's budget (a copy of this reader): its time checked at every page and every stage of a
     * page's OCR, each page read by OCR adding its time and counting its pixels. A page over budget ends the reading
     * with a {@link io.gongkai.error.BudgetExceededException}.
     *
     * @since 0.1.0
     */
    public PdfTableReader budget(io.gongkai.budget.Budget.Deadline deadline) {
        PdfTableReader r = copy();
        r.deadline = java.util.Objects.requireNonNull(deadline, "deadline");
        return r;
    }

    /**
     * Pages without a text layer are rendered at {@code dpi} and read by {@code ocr} (every figure read again by
     * {@code second}, when not null), {@code threads} pages at once (a copy of this reader); dpi 0: not read.
     */
    public PdfTableReader ocr(float dpi, int threads, io.gongkai.extract.ocr.OcrEngine ocr, io.gongkai.extract.ocr.OcrEngine second) {
        PdfTableReader r = copy();
        r.scanner = dpi > 0 ? new PageScanner(dpi, ocr, second) : null;
        r.ocrThreads = Math.max(1, threads);
        return r;
    }

    /**
     * Reads the PDF {@code file}; see {@link #read(byte[], String, String)}.
     *
     * @throws InputException when the PDF cannot be opened or none of its pages read
     */
    public Result read(Path file, String password) {
        return read(pw -> Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), pw, IOUtils.createTempFileOnlyStreamCache()),
                file.getFileName().toString(), password);
    }

    /**
     * Reads a PDF page by page: a page that cannot be read (damaged) is left out and listed in
     * {@link Result#pagesDamaged}, the others are read.
     *
     * @param pdf      the PDF's bytes
     * @param source   its name, in messages
     * @param password its password, or null
     * @throws EncryptedDocumentException when it is encrypted and no password, or a wrong one, is given, or it is
     *                                    encrypted for certificates (public-key security)
     * @throws InputException             when it is damaged beyond opening, or none of the pages asked for can be read
     */
    public Result read(byte[] pdf, String source, String password) {
        return read(opener(pdf), source, password);
    }

    /** Opens the PDF with a password (the empty one for none). */
    private interface Opener {
        PDDocument open(String password) throws IOException;
    }

    private Result read(Opener opener, String source, String password) {
        PDDocument doc = open(opener, source, password);
        try (doc) {
            return read(doc, source);
        } catch (IOException e) {
            // OCR interrupted or a page image that failed to close: nothing of the PDF itself
            throw new InputException(source + ": cannot read the PDF: " + reason(e), e);
        }
    }

    /**
     * Opens a PDF as the reader does (the caller closes it).
     *
     * @param pdf      the PDF's bytes, from its {@code %PDF-} header
     * @param source   its name, in messages
     * @param password its password, or null
     * @throws EncryptedDocumentException as {@link #read(byte[], String, String)}
     * @throws InputException             when it is damaged beyond opening
     */
    public static PDDocument open(byte[] pdf, String source, String password) {
        return open(opener(pdf), source, password);
    }

    /** A PDF's bytes opened with a password, its streams cached in a temporary file. */
    private static Opener opener(byte[] pdf) {
        return pw -> Loader.loadPDF(new RandomAccessReadBuffer(pdf), pw, IOUtils.createTempFileOnlyStreamCache());
    }

    /**
     * The PDF opened with its password; one that opens without a password (none, or only an owner password: its
     * permissions) opens whatever password is given, as it does in a viewer ({@code extract a.pdf b.pdf --password P}
     * gives P to both).
     */
    private static PDDocument open(Opener opener, String source, String password) {
        try {
            try {
                return opener.open(password == null ? "" : password);
            } catch (InvalidPasswordException e) {
                if (password == null || password.isEmpty()) throw e;
                try {
                    return opener.open("");
                } catch (InvalidPasswordException none) {
                    throw e;
                }
            }
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(source + (password == null || password.isEmpty()
                    ? ": the PDF is encrypted; give its password (--password)"
                    : ": the password given does not open the PDF (a wrong password?)"), e);
        } catch (NoClassDefFoundError e) {
            // pdfbox opens a PDF encrypted for certificate holders (Adobe.PubSec) with Bouncy Castle, which is not bundled
            if (String.valueOf(e.getMessage()).contains("bouncycastle")) {
                throw new EncryptedDocumentException(source + ": the PDF is encrypted for certificate holders (public-key security),"
                        + " not with a password; Gongkai cannot open it: decrypt it first with the certificate", e);
            }
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new InputException(source + ": the PDF is damaged: " + reason(e), e);
        }
    }

    /** What a reader's exception says was wrong, in one line. */
    static String reason(Throwable e) {
        String m = e.getMessage();
        if (e instanceof StackOverflowError) m = "objects nested too deep (or in a loop)";
        else if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /**
     * pdfbox's resource cache but for images: a page's scan, decoded, would stay with its image object (softly held),
     * page after page, and the JVM keeps soft references until its heap is full (a 100-page scan: 4 GB RSS); fonts,
     * color spaces and forms are still shared between pages.
     */
    static final class ImagesUncached extends org.apache.pdfbox.pdmodel.DefaultResourceCache {
        @Override
        public void put(org.apache.pdfbox.cos.COSObject indirect, org.apache.pdfbox.pdmodel.graphics.PDXObject xobject) {
            if (!(xobject instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject)) super.put(indirect, xobject);
        }
    }

    private Result read(PDDocument doc, String source) throws IOException {
        doc.setResourceCache(new ImagesUncached()); // one page's image released before the next is read
        TableFinder finder = engine.get();
        List<RawBlock> blocks = new ArrayList<>();
        Before last = new Before();
        List<Integer> empty = new ArrayList<>(), ocr = new ArrayList<>(), unread = new ArrayList<>(), sizeNotes = new ArrayList<>(), aligned = new ArrayList<>();
        java.util.Map<String, List<Integer>> replaced = new java.util.LinkedHashMap<>();
        java.util.SortedMap<Integer, String> damaged = new java.util.TreeMap<>();
        java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
        List<String> front = new ArrayList<>();
        PagesRead pagesRead = new PagesRead();
        String countRepaired = PageTree.repairCount(doc);
        if (countRepaired != null) replaced.put(countRepaired, List.of());
        int listed = PageTree.listed(doc);
        int reachable = PageTree.reachable(doc);
        int pages = listed, asked = 0;
        try {
            for (int p = 1; p <= listed; p++) {
                if (!this.pages.test(p)) continue;
                asked++;
                deadline.check("page " + p);
                RulingCollector content;
                try {
                    PDPage page = doc.getPage(p - 1);
                    String boxRepaired = PageTree.repairBox(page);
                    if (boxRepaired != null) replaced.computeIfAbsent(boxRepaired, k -> new ArrayList<>()).add(p);
                    content = new RulingCollector(page);
                    content.collect();
                } catch (IOException | RuntimeException | StackOverflowError e) {
                    if (e instanceof io.gongkai.error.GongkaiException g) throw g; // over budget: not damage
                    if (p > reachable) {
                        // the page tree's /Count promises more pages than its leaves hold (a loop, a count that is
                        // not true): there are no more pages to read
                        damaged.put(p, "the page tree lists " + listed + " pages, but only " + reachable + " can be found in it (" + reason(e) + ")");
                        pages = p - 1;
                        break;
                    }
                    damaged.put(p, reason(e));
                    last.table = null;
                    continue;
                }
                List<Glyph> glyphs = content.glyphs();
                List<Segment> segments = content.segments();
                String unusable = content.unusableText();
                boolean ocrable = scanner != null && finder instanceof NativeFinder;
                if (unusable != null && ocrable) {
                    replaced.computeIfAbsent(unusable + ", read again by OCR", k -> new ArrayList<>()).add(p);
                    glyphs = List.of();
                } else if (unusable != null) {
                    replaced.computeIfAbsent(unusable + (scanner == null ? ", read as it is (OCR is off)" : ", read as it is"), k -> new ArrayList<>()).add(p);
                }
                boolean outlines = content.drawsOutlines();
                // (a picture beside a title's few glyphs: a table pasted as an image, read by OCR with the page)
                boolean picture = !PageScanner.needsOcr(glyphs) && unusable == null && content.pictureBesideFewGlyphs();
                if ((PageScanner.needsOcr(glyphs) || picture && ocrable) && (content.drawsImages() || outlines || unusable != null)) {
                    if (!ocrable) {
                        unread.add(p);
                        continue;
                    }
                    if (picture) replaced.computeIfAbsent("a picture beside a few lines of text, read by OCR with them", k -> new ArrayList<>()).add(p);
                    if (outlines && !content.drawsImages() && unusable == null) {
                        replaced.computeIfAbsent("text drawn as outlines (no text layer), read by OCR", k -> new ArrayList<>()).add(p);
                    }
                    if (readBefore != null && readBefore.containsKey(p)) {
                        // read before: taken as read (its figures read by the second engine now, where asked)
                        PageScanner.Scan before = readBefore.get(p);
                        ocr.add(p);
                        pending.add(new Pending(p, null, null, !corroborate.contains(p) ? java.util.concurrent.CompletableFuture.completedFuture(before)
                                : ocrThreads > 1 ? scanner.submitCorroborated(before, deadline)
                                : java.util.concurrent.CompletableFuture.completedFuture(before.corroborated())));
                    } else {
                        // rendered here (a document is read by one thread), read by OCR on the pool when pages go in parallel
                        PageScanner.Rendered image = stored(doc, p, content.scanImage(), sizeNotes);
                        if (image == null && content.tooLargeToRender() != null) {
                            // rendering would decode the image whole: the heap, not the page, would give out
                            replaced.computeIfAbsent("not read by OCR: " + content.tooLargeToRender(), k -> new ArrayList<>()).add(p);
                            continue;
                        }
                        try {
                            if (image == null) image = scanner.render(doc, p);
                        } catch (IOException | RuntimeException | StackOverflowError e) {
                            if (e instanceof io.gongkai.error.GongkaiException g) throw g;
                            damaged.put(p, "cannot be rendered for OCR: " + reason(e));
                            continue;
                        }
                        deadline.ocrPage("OCR of page " + p);
                        deadline.pixels((long) image.image().getWidth() * image.image().getHeight(), "page " + p);
                        ocr.add(p);
                        pending.add(new Pending(p, null, null, ocrThreads > 1 ? scanner.submit(image, p, deadline)
                                : java.util.concurrent.CompletableFuture.completedFuture(scanner.read(image, p, deadline))));
                    }
                } else {
                    pending.add(new Pending(p, glyphs, segments, null));
                }
                // pages are laid out in order (a table continues from the page before); at most twice as many scans in
                // flight as threads, so that rendered images do not pile up
                while (!pending.isEmpty() && (pending.peek().scan() == null || pending.peek().scan().isDone()
                        || pending.stream().filter(x -> x.scan() != null).count() > 2L * ocrThreads)) {
                    layOut(doc, finder, pending.poll(), blocks, last, empty, aligned, damaged, deadline, replaced, front, pagesRead);
                }
            }
            while (!pending.isEmpty()) layOut(doc, finder, pending.poll(), blocks, last, empty, aligned, damaged, deadline, replaced, front, pagesRead);
        } catch (RuntimeException | IOException e) {
            // over budget, or a page failed: the pages still being read by OCR are of no use
            for (Pending x : pending) if (x.scan() != null) x.scan().cancel(true);
            throw e;
        }
        if (!damaged.isEmpty() && damaged.size() >= asked) {
            // not one page could be read: the document is damaged, not partly read
            var first = damaged.entrySet().iterator().next();
            throw new InputException(source + ": the PDF is damaged: " + (asked == 1 ? "" : "none of its pages can be read; ")
                    + "page " + first.getKey() + ": " + first.getValue());
        }
        List<String> notes = new ArrayList<>();
        // pages asked for past the end (--pages 30-40 of a 24-page PDF): said, not left to read as "no tables"
        if (asked == 0 && pages > 0) notes.add("no page asked for (--pages) is among the document's " + pages + " pages");
        replaced.forEach((why, at) -> notes.add((at.isEmpty() ? "" : at.size() == 1 ? "page " + at.get(0) + ": " : at.size() + " pages (" + at + "): ") + why));
        if (!sizeNotes.isEmpty()) notes.add("pages " + sizeNotes + ": the scan's page size is no paper's (its image gave no resolution, or a wrong one: 72 dpi, or 300 per cm for 300 dpi); read as A4");
        if (scanner != null && scanner.uncorroborated() != null) notes.add(scanner.uncorroborated());
        return new Result(blocks, pages, empty, ocr, unread, notes, aligned, damaged, front, java.util.Collections.unmodifiableSortedMap(pagesRead.read),
                java.util.Collections.unmodifiableSortedMap(pagesRead.tablesNotRead));
    }

    /**
     * The page's one stored scan image, decoded (subsampled when huge), ready for OCR at its own resolution (a page
     * the image's resolution gives no paper's size, {@link io.gongkai.extract.image.PaperSize}, taken as A4 and noted
     * in {@code sizeNotes}); null when the page
     * is not one upright image or the image cannot be decoded (the page is then rendered).
     */
    private PageScanner.Rendered stored(PDDocument doc, int page, RulingCollector.ScanImage scan, List<Integer> sizeNotes) {
        if (scan == null) return null;
        try {
            // an image with a soft mask keeps its ink in the mask (its colour black under transparency, as a screenshot
            // or an export writes it): the page is rendered, over white paper
            if (scan.image().getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.SMASK) != null) return null;
            int width = scan.image().getWidth(), height = scan.image().getHeight();
            double scanX = scan.dpiX(), scanY = scan.dpiY();
            if (!io.gongkai.extract.image.PaperSize.paper(width, height, scanX, scanY)) {
                // the page's size comes from the image's resolution, and no paper has it (72 dpi written for a 300 dpi
                // scan, or 300 per cm): read as an A4 page, as an image file without a resolution is
                double f = io.gongkai.extract.image.PaperSize.toA4(width, height, scanX, scanY);
                scanX *= f;
                scanY *= f;
                sizeNotes.add(page);
            }
            long pixels = (long) width * height;
            int sub = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / PageScanner.MAX_PIXELS)));
            java.awt.image.BufferedImage img;
            double dpi;
            if (sub > 1 && SampledImage.readable(scan.image())) {
                // huge (a bomb declares 100,000² pixels): read row by row, straight at about the resolution OCR reads at,
                // each way (an image stretched to the page is read square)
                // (a resolution computed from the page's size in points is a hair off: 1,199.99998 dpi down, 1,200.00002
                // across took 3 steps down and 4 across, the image was read as not square, and not read at all)
                int subX = Math.max(sub, (int) Math.floor(scanX / scanner.dpi() + 0.001)), subY = Math.max(sub, (int) Math.floor(scanY / scanner.dpi() + 0.001));
                double dpiX = scanX / subX, dpiY = scanY / subY;
                if (Math.abs(dpiX - dpiY) > 0.05 * dpiX) return null;
                img = SampledImage.decode(scan.image(), subX, subY, deadline);
                dpi = dpiX;
            } else if (!SampledImage.decodable(scan.image())) {
                return null; // not decoded at all: the page says why (RulingCollector.tooLargeToRender)
            } else {
                img = sub > 1 ? scan.image().getImage(null, sub) : SampledImage.asStored(scan.image());
                if (img == null) return null;
                dpi = scanX / sub;
                if (Math.abs(scanX - scanY) > 0.05 * scanX) {
                    // a fax's pixels are not square (204 × 98 dpi, standard mode): stretched to the finer resolution,
                    // smoothly (rendered, the page's 1-bit image was stretched pixel by pixel into blocks)
                    img = io.gongkai.extract.image.ImageDocument.squared(img, new double[]{scanX / sub, scanY / sub},
                            scan.image().getBitsPerComponent() == 1);
                    dpi = Math.max(scanX, scanY) / sub;
                }
            }
            return scanner.stored(img, dpi, doc.getPage(page - 1).getRotation() / 90);
        } catch (IOException | RuntimeException e) {
            if (e instanceof io.gongkai.error.GongkaiException g) throw g; // over budget while decoding: not the codec's failure
            return null; // a codec that fails here may still render
        }
    }

    /**
     * The table a title-less table at the top of the next page may continue, its page's glyphs, and its columns of
     * figures ({@link FigureColumns}), found from those glyphs only when a table does continue it.
     */
    private static final class Before {
        PageTable table;
        /** The table before, read by text alignment, where this page's tables are read from a grid (its last rows only continue it); else null. */
        PageTable otherEngine;
        /** The titles of tables the page being laid out prints over another table's and that were not read as tables ({@link #tableNotRead}). */
        final List<String> tablesNotRead = new ArrayList<>();
        /**
         * A title printed under the last table of the page before, its table on this page (a Writer print broke the page
         * after a title: "2025年部门国有资本经营预算支出功能分类预算表" at the foot of page 1, its table under no title on
         * page 2, taken for the first table's second page); null when none.
         */
        String orphanTitle;
        /**
         * The lines under a title printed at the foot of a page without a table ({@link #orphanTitle}: its 编制部门, its
         * 单位), read as the header of the table the title names; empty otherwise.
         */
        List<String> orphanLines = List.of();
        List<Glyph> glyphs = List.of();
        List<Double> figureRights;

        List<Double> figureRights() {
            if (figureRights == null) figureRights = table == null ? List.of() : FigureColumns.rights(glyphs, table);
            return figureRights;
        }
    }

    /** Figures ({@link #AMOUNT}) a page with a table's title prints from which its holding no table is a table lost. */
    public static final int FIGURES_OF_A_TABLE = 3;
    /** An amount as printed in a table: thousands grouped (1,234 or 1,234.56) or with 分 (1234.56). */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("(?<![\\d,.])(\\d{1,3}(,\\d{3})+(\\.\\d{1,2})?|\\d+\\.\\d{2})(?![\\d,.])");

    /** The index of the last of these lines that prints an amount ({@link #AMOUNT}), or −1. */
    static int lastAmounts(List<GlyphText.Line> lines) {
        for (int k = lines.size() - 1; k >= 0; k--) if (AMOUNT.matcher(lines.get(k).text()).find()) return k;
        return -1;
    }

    /**
     * The title of a table these lines print over another's (over its title) that was not read as a table: a line naming
     * a table followed by {@link #FIGURES_OF_A_TABLE} amounts or more before the last of the lines that print amounts;
     * null when none.
     */
    static String tableNotRead(List<GlyphText.Line> header) {
        int last = lastAmounts(header);
        for (int k = 0; k < last; k++) {
            if (!io.gongkai.template.Vocabulary.namesTable(header.get(k).text())) continue;
            if (amounts(header.subList(k + 1, last + 1)) >= FIGURES_OF_A_TABLE) return TextNormalizer.normalize(header.get(k).text()).strip();
        }
        return null;
    }

    /** The amounts ({@link #AMOUNT}) printed in these lines. */
    private static long amounts(List<GlyphText.Line> lines) {
        return lines.stream().mapToLong(l -> AMOUNT.matcher(l.text()).results().count()).sum();
    }

    /** What the pages gave beside their blocks: those read by OCR, as read (the bytes of figure crops they hold for the second engine at most {@link #HELD_CROPS}), and the tables lost. */
    private static final class PagesRead {
        final java.util.SortedMap<Integer, PageScanner.Scan> read = new java.util.TreeMap<>();
        /** Pages read (by OCR or not) that print a table's title and figures but gave no table ({@link Result#tablesNotRead}). */
        final java.util.SortedMap<Integer, String> tablesNotRead = new java.util.TreeMap<>();
        long held;

        /** The scan kept for its page: as read, or with its figures read by the second engine now, past the bytes to hold. */
        PageScanner.Scan kept(int page, PageScanner.Scan scan) {
            if (scan.corroboration() != null) {
                long bytes = scan.corroboration().bytes();
                if (held + bytes > HELD_CROPS) scan = scan.corroborated();
                else held += bytes;
            }
            read.put(page, scan);
            return scan;
        }
    }

    /** A page read, or being read by OCR. */
    private record Pending(int page, List<Glyph> glyphs, List<Segment> segments, java.util.concurrent.Future<PageScanner.Scan> scan) {
    }

    /**
     * Finds the tables of a page read (waiting for its OCR if need be) and adds its blocks. A page without a ruled grid
     * (its text layer's words, or a scan's OCR'd ones) is read by text alignment by Gongkai's own engine too; the blocks so read are listed in
     * {@code aligned}; they continue, and are continued by, only tables read so on the pages next to theirs.
     */
    private static void layOut(PDDocument doc, TableFinder finder, Pending at, List<RawBlock> blocks, Before last, List<Integer> empty,
                               List<Integer> aligned, java.util.Map<Integer, String> damaged, io.gongkai.budget.Budget.Deadline deadline,
                               java.util.Map<String, List<Integer>> notes, List<String> front, PagesRead pagesRead) throws IOException {
        List<Glyph> glyphs = at.glyphs();
        List<Segment> segments = at.segments();
        io.gongkai.extract.scan.SealCover seal = null;
        io.gongkai.extract.scan.UnreadPhrases unread = io.gongkai.extract.scan.UnreadPhrases.NONE;
        if (at.scan() != null) {
            PageScanner.Scan scan;
            try {
                scan = at.scan().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while page " + at.page() + " was read by OCR", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IOException("page " + at.page() + ": OCR failed: " + e.getCause(), e.getCause());
            }
            scan = pagesRead.kept(at.page(), scan);
            glyphs = scan.glyphs();
            segments = scan.segments();
            seal = scan.sealCover();
            unread = scan.unread();
            if (scan.notRead() != null) notes.computeIfAbsent("not read by OCR: " + scan.notRead(), k -> new ArrayList<>()).add(at.page());
            if (scan.cut() != null) notes.computeIfAbsent("a table's rules run off the image's " + scan.cut()
                    + " edge: the scan may be cut short there, and what the table printed beyond it is then not on the scan", k -> new ArrayList<>()).add(at.page());
        }
        deadline.check("the grids of page " + at.page());
        List<PageTable> tables;
        try {
            tables = finder.find(doc, at.page(), glyphs, segments, null);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof io.gongkai.error.GongkaiException g) throw g;
            // tabula reads the page again through pdfbox: the damage it meets there is the page's
            if (finder instanceof NativeFinder) throw e;
            damaged.put(at.page(), reason(e));
            last.table = null;
            last.orphanTitle = null;
            last.orphanLines = List.of();
            return;
        }
        // a sheet's last column printed alone on the next page beside the same rows: a grid of one column, which the
        // finder takes for a frame (Calc's 支出预算总表 printed its 项目支出 so, and the page was read as holding no table)
        if (tables.isEmpty() && finder instanceof NativeFinder nf && !blocks.isEmpty() && last.table != null) {
            List<PageTable> frames = nf.frames(at.page(), glyphs, segments);
            if (!frames.isEmpty() && besides(blocks.get(blocks.size() - 1), last.table, frames.get(0), frames.get(0).rows(at.page() * 1000))) {
                tables = List.of(frames.get(0));
            }
        }
        boolean byAlignment = false;
        // (a scanned page too: a borderless table printed by Calc and scanned has no grid, and its OCR'd words stand in
        // columns as a text layer's do; kept, as any table so read, only where the identities wholly confirm it)
        if (tables.isEmpty() && finder instanceof NativeFinder own && !own.streams()) {
            tables = own.aligned(at.page(), glyphs, segments);
            byAlignment = !tables.isEmpty();
        }
        if (tables.isEmpty()) {
            last.orphanTitle = null;
            last.orphanLines = List.of();
            // a page without a table whose last lines are a table's title and the lines under it (编制部门, 单位): the
            // title of the table at the top of the next page (a page break after the title, or a 情况说明 page ending
            // with it). One line of the page names a table, or it is a 目录 (contents), which names them all
            List<GlyphText.Line> lines = GlyphText.lines(glyphs);
            List<Integer> naming = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) if (io.gongkai.template.Vocabulary.namesTable(lines.get(k).text())) naming.add(k);
            RawBlock emptyTable = naming.size() == 1 ? emptyTable(at.page(), lines, naming.get(0)) : null;
            if (emptyTable != null) {
                // a page of a table's title, its header and its note that it is empty (注：本部门无…，故本表为空表): that
                // empty table, however its header is set (a Writer print in 7 pt sets 合计 基本支出 项目支出 too close to
                // part into columns: no table was found and the table went unsaid)
                blocks.add(emptyTable);
                last.table = null;
                return;
            }
            if (naming.size() == 1 && naming.get(0) >= lines.size() - TITLE_PAGE_LINES) {
                List<GlyphText.Line> tail = lines.subList(naming.get(0), lines.size());
                last.orphanTitle = TextNormalizer.normalize(lines.get(naming.get(0)).text()).strip();
                last.orphanLines = tail.subList(1, tail.size()).stream().map(l -> l.text("\t").strip()).filter(x -> !x.isEmpty()).toList();
            } else if (naming.size() == 1 && amounts(lines) >= FIGURES_OF_A_TABLE) {
                // a table's title over figures, and no table: lost (a newcomer's clean 150 dpi scan turned by a wrong
                // skew lost every rule; said only as "a page holds no ruled table", exit 0)
                pagesRead.tablesNotRead.put(at.page(), TextNormalizer.normalize(lines.get(naming.get(0)).text()).strip());
            }
            empty.add(at.page());
            // a cover or contents page before the first table: its lines are the document's front matter
            if (blocks.isEmpty() && empty.size() <= FRONT_PAGES) for (GlyphText.Line l : lines) front.add(l.text().strip());
            return;
        }
        for (PageTable t : tables) deadline.cells(t.cellCount(), "page " + at.page());
        int before = blocks.size();
        // a table read by alignment continues only one read so on the page before, in the same columns (a 支出总表
        // over two pages, its header repeated, no column rules: the second page's rows alone, without the 类 their
        // group began under, break the identities and were left out); a ruled table continues only a ruled one
        boolean afterAligned = before > 0 && !aligned.isEmpty() && aligned.get(aligned.size() - 1) == before - 1;
        last.otherEngine = null;
        if (byAlignment != afterAligned) {
            // (kept aside for its last rows alone on this page: pageBlocks)
            if (afterAligned) last.otherEngine = last.table;
            last.table = null;
        }
        last.tablesNotRead.clear();
        pageBlocks(at.page(), glyphs, tables, blocks, last, seal, unread, byAlignment);
        if (!last.tablesNotRead.isEmpty()) pagesRead.tablesNotRead.putIfAbsent(at.page(), last.tablesNotRead.get(0));
        if (byAlignment) for (int b = before; b < blocks.size(); b++) aligned.add(b);
    }

    /**
     * The empty table a page without a grid prints: its title (line {@code title}, the one line of the page naming a
     * table), then lines of its header, then a note saying it is empty ({@link io.gongkai.template.Vocabulary#saysEmpty}),
     * and no figure anywhere (a 合计 line with nothing in it may stand before the note). Its lines between the title
     * and the note are its header text; null when the page is no such table.
     */
    static RawBlock emptyTable(int page, List<GlyphText.Line> lines, int title) {
        int note = -1;
        for (int k = title + 1; k < lines.size() && note < 0; k++) if (io.gongkai.template.Vocabulary.saysEmpty(lines.get(k).text())) note = k;
        // (a page of prose, a 情况说明 saying a table is empty, has more lines than a table's head, and goes on after it)
        if (note < 0 || lines.size() > EMPTY_TABLE_LINES || note < lines.size() - 3) return null;
        for (GlyphText.Line l : lines) if (FIGURE_ON_LINE.matcher(l.text()).find()) return null;
        List<String> headerText = new ArrayList<>();
        String label = null;
        for (int k = 0; k < note; k++) {
            String s = lines.get(k).text("\t").strip();
            var m = LABEL.matcher(s);
            if (label == null && m.find()) label = m.group().replaceAll("\\s+", "");
            headerText.add(s);
        }
        return new RawBlock(page * 1000, List.of(page), TextNormalizer.normalize(lines.get(title).text()).strip(), label, headerText, List.of(),
                List.of(lines.get(note).text().strip()));
    }

    /** The most lines a page holding only an empty table prints (banner, title, 编制部门 and 单位, header, 合计, note). */
    private static final int EMPTY_TABLE_LINES = 16;

    /** An amount printed on a line: digits with a thousands separator or decimals (a year, a 公开NN表 number is none). */
    private static final Pattern FIGURE_ON_LINE = Pattern.compile("\\d[,，]\\d{3}|\\d\\.\\d{2}\\b");

    /**
     * Blocks of one page: each grid with the text lines between it and the grid (or page top) above.
     *
     * @param seal      where an opaque seal covers the page (its cells' readings in doubt), or null
     * @param unread    the phrases OCR read as nothing (their cells' readings in doubt); none for a text layer
     * @param byAlignment whether the page's tables were read by text alignment (their columns set by where the text
     *                  of each page stands)
     */
    private static void pageBlocks(int page, List<Glyph> glyphs, List<PageTable> tables, List<RawBlock> out, Before last,
                                   io.gongkai.extract.scan.SealCover seal, io.gongkai.extract.scan.UnreadPhrases unread, boolean byAlignment) {
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : glyphs) {
            boolean inside = false;
            for (PageTable t : tables) {
                if (g.cy() >= t.top() - 1 && g.cy() <= t.bottom() + 1 && g.cx() >= t.left() - 1 && g.cx() <= t.right() + 1) { inside = true; break; }
            }
            if (!inside) outside.add(g);
        }
        List<GlyphText.Line> lines = GlyphText.lines(outside);
        boolean chinese = glyphs.stream().anyMatch(g -> TextNormalizer.hanCount(g.text()) > 0);
        double above = 0;
        String orphan = last.orphanTitle;
        List<String> orphanLines = last.orphanLines;
        last.orphanTitle = null;
        last.orphanLines = List.of();
        for (int i = 0; i < tables.size(); i++) {
            PageTable t = tables.get(i);
            double from = above, to = t.top();
            // (a line above the table by its middle: Calc squeezes a borderless sheet's rows, and the 编制部门 … 单位：元
            // line's glyphs reached 1.7 pt into the header's first line — left out, the table lost its unit and the
            // document its department)
            List<GlyphText.Line> header = lines.stream().filter(l -> l.y0() >= from - 1 && (l.y1() <= to + 1 || (l.y0() + l.y1()) / 2 < to)).toList();
            double next = i + 1 < tables.size() ? tables.get(i + 1).top() : Double.MAX_VALUE;
            List<String> notes = new ArrayList<>();
            // under the page's last table, a line that only states the unit (金额单位：元 in a Writer page's footer) with
            // nothing but notes between it and the table is the table's (a newcomer's Writer prints: 65 amounts of
            // each flagged, unit unknown); not a unit line under other words (the title of a table whose grid starts
            // on the next page, its unit line under it)
            boolean clear = next == Double.MAX_VALUE;
            for (GlyphText.Line l : lines.stream().sorted(java.util.Comparator.comparingDouble(GlyphText.Line::y0)).toList()) {
                // a note (注：…), or the sign-off under the table (填报单位：… 单位负责人：…), which may name who publishes
                if (l.y0() < t.bottom() - 1 || l.y1() > next + 1) continue;
                String text = l.text().strip();
                if (NOTE.matcher(text).find() || io.gongkai.template.Vocabulary.isSignOff(l.text())) notes.add(text);
                else if (clear && UNIT_LINE.matcher(TextNormalizer.normalize(text)).matches()) notes.add(text);
                else if (!PAGE_NUMBER.matcher(text).matches()) clear = false;
            }
            String title = title(header, chinese);
            String notRead = tableNotRead(header);
            if (notRead != null) last.tablesNotRead.add(notRead);
            RawBlock previous = out.isEmpty() ? null : out.get(out.size() - 1);
            // a line of the table before's header printed again over its rows (a browser prints an HTML table's <thead> on
            // each page, in bold 12 pt: a lone line that large read as the title of a table of its own, and a Chromium
            // 经济分类 table's second page, judged alone, was left out) is no title: the table goes on
            if (title != null && i == 0 && previous != null && !io.gongkai.template.Vocabulary.namesTable(title) && ContinuedTable.repeatsHeaderOf(previous, title)) title = null;
            List<RawRow> own = t.rows(page * 1000);
            if (seal != null) own = seal.marked(own);
            own = unread.marked(own);
            String inGrid = title == null ? titleRow(own) : null;
            if (inGrid != null) title = inGrid;
            boolean orphaned = title == null && i == 0 && orphan != null && header.stream().noneMatch(l -> LABEL.matcher(l.text("\t").strip()).find());
            if (orphaned) title = orphan;
            String label = null;
            List<String> headerText = new ArrayList<>();
            // (a title from the page before brings the lines printed under it there: its 编制部门, its 单位)
            List<String> headerLines = new ArrayList<>(orphaned ? orphanLines : List.of());
            // (the lines under the last that prints amounts: those over it are another table's, and its words no header's)
            for (GlyphText.Line l : header.subList(lastAmounts(header) + 1, header.size())) headerLines.add(l.text("\t").strip());
            for (String s : headerLines) {
                headerText.add(s);
                var m = LABEL.matcher(s);
                if (label == null && m.find()) label = m.group().replaceAll("\\s+", "");
            }
            // the columns of a sheet wider than its page, printed on the next page beside the same rows (a spreadsheet
            // printed without fitting its width: Calc's 收入预算总表 printed its 事业收入 … 其他收入 and 单位：元 on a page of
            // their own, a table of no rows, and the table lost its unit)
            boolean beside = label == null && previous != null && i == 0 && !byAlignment
                    && (title == null || previous.title() != null && TextNormalizer.canonical(previous.title()).contains(TextNormalizer.canonical(title)))
                    && besides(previous, last.table, t, own);
            if (beside) {
                out.set(out.size() - 1, beside(previous, last.table, new RawBlock(page * 1000, List.of(page), null, null, headerText, own, notes), t));
                above = t.bottom();
                continue;
            }
            // the title printed again over the rest of a table, its header under it (a spreadsheet's print titles: Excel's
            // 顶端标题行, Calc's rows to repeat; a 收入预算总表 over two pages had been two tables, the first without its
            // total, the second without its 类, each failing its tree): the table goes on when its grid begins with the
            // header row the page before's grid began with
            // (a title its grid prints as its first row begins a table: one form a project, each under the same title)
            boolean titleAgain = title != null && inGrid == null && previous != null && i == 0 && previous.title() != null
                    && TextNormalizer.canonical(title).equals(TextNormalizer.canonical(previous.title()))
                    && (label == null || label.equals(previous.printedNumber())) && ContinuedTable.beginsWithHeaderOf(previous, own);
            boolean continued = (title == null && label == null || titleAgain) && previous != null && i == 0 && continues(previous, last.table, t);
            // a table read by text alignment has the columns its page's text gives it: the next page's longest name ends
            // elsewhere, and its columns' edges with it (LibreOffice's unruled print of a 收入预算总表 over three pages:
            // the third page's rows were a table of their own, its 类 cut from the 款 and 项 before, and left out). Its
            // header printed again over its rows says it goes on, in the same columns
            boolean sameHeader = !continued && byAlignment && title == null && label == null && previous != null && i == 0
                    && repeatsHeader(previous, last.table, t, headerText, own);
            // the last rows of a table read by text alignment, alone at the top of the next page under no header of theirs
            // (a 合计 the page break carried over: on a 1-bit scan of a Writer table whose hairlines broke, it was a table
            // of one row and no template, the table before without its total): each figure ends where a column of
            // figures of the table before ends (the page moved alike), and they are few
            // (the table before read by alignment, these rows in a grid of their own or not: a hairline's pieces that
            // broke the table before's rules may leave a lone row's whole)
            PageTable aligned = last.table != null ? last.table : last.otherEngine;
            double leftOverShift = continued || sameHeader || title != null || label != null || previous == null || i != 0
                    || aligned == null || aligned.page() != page - 1 || previous.pages().get(previous.pages().size() - 1) != page - 1
                    || !(byAlignment || last.table == null) || own.isEmpty() || own.size() > LEFT_OVER_ROWS
                    || !own.stream().allMatch(r -> FIGURE_ON_LINE.matcher(r.joined()).find())
                    ? Double.NaN : FigureColumns.shiftOnto(aligned, FigureColumns.rights(last.glyphs, aligned), FigureColumns.rights(glyphs, t, 1));
            if (!Double.isNaN(leftOverShift)) {
                List<Double> edges = aligned.columnEdges().stream().map(x -> x + leftOverShift).toList();
                RawBlock block = new RawBlock(page * 1000, List.of(page), null, null, headerText, t.rowsAt(page * 1000, edges), notes);
                out.set(out.size() - 1, ContinuedTable.join(previous, block));
                above = t.bottom();
                continue;
            }
            // the lower half of a 2-up sheet (two pages stacked on one scan): no title of its own, the columns of the
            // grid over it in the same proportions, its header printed again (a newcomer's 2-up copy of a 收入预算总表's two
            // pages: the lower half's 36 amounts were a table of no template, flagged unread)
            boolean sameSheet = !continued && !sameHeader && title == null && label == null && previous != null && i > 0
                    && sameProportions(last.table, t) && ContinuedTable.repeatsHeader(previous, headerText, own);
            if (sameSheet) {
                int base = previous.rows().isEmpty() ? page * 1000 : previous.rows().get(previous.rows().size() - 1).line();
                RawBlock block = new RawBlock(page * 1000, List.of(), null, null, headerText, t.rows(base), notes);
                out.set(out.size() - 1, ContinuedTable.join(previous, block));
            } else if (sameHeader) {
                RawBlock block = new RawBlock(page * 1000, List.of(page), null, null, headerText,
                        t.columnEdges().size() == last.table.columnEdges().size() ? own : t.rowsIn(page * 1000, last.table), notes);
                out.set(out.size() - 1, ContinuedTable.join(previous, block));
            } else if (continued) {
                List<RawRow> rows;
                // (its columns of figures are only looked at where its rules do not give its columns one for one)
                List<Double> rights = oneForOne(last.table, t, byAlignment) ? null : FigureColumns.rights(glyphs, t);
                if (rights == null) {
                    rows = t.rows(page * 1000);
                } else if (FigureColumns.sameColumns(last.table, last.figureRights(), t, rights)) {
                    rows = t.rowsIn(page * 1000, last.table);
                    // its columns of figures are the table's too (a column first filled on this page), where the table before has them
                    last.figureRights = FigureColumns.carried(last.table, last.figureRights(), t, rights);
                } else {
                    // the page sets the table's columns of figures elsewhere: the table before's columns moved to where
                    // this page sets them, one column of figures for one, in order (or, when they are not as many, in proportion)
                    List<Double> edges = FigureColumns.moved(last.table, last.figureRights(), t, rights);
                    rows = edges == null ? t.rowsIn(page * 1000, last.table) : t.rowsAt(page * 1000, edges);
                }
                if (seal != null) rows = seal.marked(rows);
                rows = unread.marked(rows);
                RawBlock block = new RawBlock(page * 1000, List.of(page), null, null, headerText, rows, notes);
                out.set(out.size() - 1, ContinuedTable.join(previous, block));
            } else {
                out.add(new RawBlock(page * 1000, List.of(page), title, label, headerText, own, notes));
                last.table = t;
                last.glyphs = glyphs;
                last.figureRights = null;
            }
            above = t.bottom();
        }
        // the lines under the page's last table that are no note or sign-off: a title whose table is on the next page
        if (!tables.isEmpty()) {
            double bottom = tables.get(tables.size() - 1).bottom();
            List<GlyphText.Line> under = lines.stream().filter(l -> l.y0() > bottom + 1 && !NOTE.matcher(l.text().strip()).find()
                    && !io.gongkai.template.Vocabulary.isSignOff(l.text())).toList();
            String t = under.isEmpty() ? null : title(under, chinese);
            // (a title, not a sentence about a table: "本表反映…。" under a table is no title of the next)
            last.orphanTitle = io.gongkai.template.Vocabulary.namesTable(t) ? t : null;
            // and the lines under it, its 编制单位 and 单位 among them (a newcomer's 7 pt 决算 left the 三公 table's title,
            // 单位：万元 line and head at page 2's foot, its row on page 3: the table's unit was unknown, its amounts flagged)
            if (last.orphanTitle != null) {
                int at = -1;
                for (int k = under.size() - 1; k >= 0 && at < 0; k--) {
                    String line = TextNormalizer.normalize(under.get(k).text()).strip();
                    if (!line.isEmpty() && t.contains(line)) at = k;
                }
                if (at >= 0) last.orphanLines = under.subList(at + 1, under.size()).stream().map(l -> l.text("\t").strip()).filter(x -> !x.isEmpty()).toList();
            }
        }
    }

    /**
     * The title a grid prints inside its own ruling, as its first row: one cell naming a table (…表), e.g. each 财政项目支出
     * 绩效目标填报表 of a budget (one form a project, one a page, 万里街道 2023 pp. 31-35); null when the first row is not
     * such a line. A grid that begins with its title begins a table: it is not the continuation of the one before.
     */
    private static String titleRow(List<RawRow> rows) {
        if (rows.isEmpty()) return null;
        List<String> texts = rows.get(0).texts().stream().filter(x -> x != null && !x.isBlank()).toList();
        if (texts.size() != 1) return null;
        String s = TextNormalizer.normalize(texts.get(0));
        return io.gongkai.template.Vocabulary.namesTable(s) ? s : null;
    }

    /**
     * The header line that reads as a title: it names a table (…表) and is set larger than the others, or alone.
     *
     * @param chinese whether the page's words are Chinese (any Han character on it): then a title is in Chinese words,
     *                and a line of none is a mark or a stamp — a fax's transmission line above a continued table
     *                ({@code FROM:021-5256XXX 2025-03-11 09:42 P.002}) had become the title of a table of its own
     */
    /** A line that says the table before goes on: (续表), 续上表, 续表1, 续表： (no title of a table of its own). */
    static final java.util.regex.Pattern CONTINUED = java.util.regex.Pattern.compile("[（(\\[【]?续(?:上)?表?[0-9一二三四五六七八九十]*[)）\\]】]?[：:]?");

    static String title(List<GlyphText.Line> header, boolean chinese) {
        // the title stands under any line of amounts over the table: over them, it is another table's (a scan of two
        // tables ruled at their top and bottom only, the first not read as a table: its lines over the second, whose
        // rows took its title 财务收支预算总表 and, under a two-sided summary's template, column meanings not theirs)
        header = header.subList(lastAmounts(header) + 1, header.size());
        GlyphText.Line best = null;
        for (GlyphText.Line l : header) {
            String s = TextNormalizer.normalize(l.text());
            if (!s.contains("表") || io.gongkai.template.Vocabulary.startsNote(s) || s.contains("单位:") && s.length() < 8) continue;
            // (续表), 续上表, 续表1: the table before goes on, under no title of its own
            if (CONTINUED.matcher(s.replace(" ", "")).matches()) continue;
            if (best == null || l.fontSize() > best.fontSize()) best = l;
        }
        if (best == null) {
            // no line names a table: take a line set clearly larger than the rest (a title in another wording), in
            // words of the page's script: a photo's sheet edge or a rule's remnant above a continued table reads as a
            // tall "|" or "I" (or OCR's letters of nothing, "R2NWRO", where the page's words are Chinese), no title
            double smallest = header.stream().mapToDouble(GlyphText.Line::fontSize).min().orElse(0);
            for (GlyphText.Line l : header) {
                if (chinese ? TextNormalizer.hanCount(l.text()) < 2 : l.text().codePoints().filter(Character::isLetter).count() < 2) continue;
                boolean larger = header.size() > 1 ? l.fontSize() >= 1.3 * smallest : l.fontSize() >= 12 && !l.text().contains("单位");
                if (larger && (best == null || l.fontSize() > best.fontSize())) best = l;
            }
        }
        // a title its line wrapped: the line above in the same type, set right over it, begins it ("2025年部门政府性基金预算
        // 支出功能分类预算" over "表" — a Writer print — was the table "表", taken for a 决算 table)
        String text = best == null ? null : best.text();
        int at = best == null ? -1 : header.indexOf(best);
        if (at > 0) {
            GlyphText.Line above = header.get(at - 1);
            String a = TextNormalizer.normalize(above.text());
            boolean sameType = Math.abs(above.fontSize() - best.fontSize()) <= 0.1 * best.fontSize();
            boolean adjoining = best.y0() - above.y1() < 0.8 * best.fontSize() && above.y1() <= best.y0() + 0.2 * best.fontSize();
            if (sameType && adjoining && TextNormalizer.hanCount(a) >= 2 && !a.contains("表") && !io.gongkai.template.Vocabulary.startsNote(a)
                    && !a.contains("单位") && !a.contains("编制")) text = above.text() + best.text();
        }
        // a mark or two of no word at either end, apart from the words (a photo's sheet edge read "I" before the title:
        // "I 2025年部门支出预算总表" gave no year), is no part of the title
        return best == null ? null : TextNormalizer.normalize(text).replaceAll("^(?:[^\\p{IsHan}\\d\\s]{1,2}\\s+)+", "")
                .replaceAll("(?:\\s+[^\\p{IsHan}\\d\\s]{1,2})+$", "");
    }

    /**
     * The raw cell grids one engine finds on one page, optionally only inside an area (top, left, bottom, right in
     * points from the top-left), as text: for comparing engines cell by cell with other tools' expected output.
     */
    public List<List<List<String>>> grids(Path file, int page, double[] area) {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", IOUtils.createTempFileOnlyStreamCache())) {
            RulingCollector content = new RulingCollector(doc.getPage(page - 1));
            content.collect();
            List<Glyph> glyphs = content.glyphs();
            List<Segment> segments = content.segments();
            if (area != null) {
                glyphs = glyphs.stream().filter(g -> g.cy() >= area[0] && g.cx() >= area[1] && g.cy() <= area[2] && g.cx() <= area[3]).toList();
                // rulings are clipped to the area, as a crop would (a line running past its edge still bounds cells inside)
                segments = segments.stream()
                        .filter(s -> Math.max(s.x0(), area[1]) <= Math.min(s.x1(), area[3]) && Math.max(s.y0(), area[0]) <= Math.min(s.y1(), area[2]))
                        .map(s -> new Segment(Math.max(s.x0(), area[1]), Math.max(s.y0(), area[0]), Math.min(s.x1(), area[3]), Math.min(s.y1(), area[2])))
                        .filter(s -> s.horizontal() || s.vertical()).toList();
            }
            List<List<List<String>>> out = new ArrayList<>();
            for (PageTable t : engine.get().find(doc, page, glyphs, segments, area)) {
                List<List<String>> rows = new ArrayList<>();
                for (RawRow r : t.rows(0)) rows.add(r.texts());
                out.add(rows);
            }
            return out;
        } catch (IOException e) {
            throw new InputException(file.getFileName() + ": cannot read the PDF: " + e.getMessage(), e);
        }
    }

    /**
     * A title-less table at the top of the next page continues the one before when it spans the same width — or when
     * it has the same columns in the same proportions (each edge within {@value #SAME_PROPORTION} of the width where
     * it stands, the widths within a sixth of each other): each page of a phone photo is scaled and shifted its own
     * way, and its continued table stood 10–20 pt off the first (a table lost its second page's rows).
     */
    static boolean continues(RawBlock previous, PageTable before, PageTable t) {
        if (before == null) return false;
        int prevPage = previous.pages().get(previous.pages().size() - 1);
        if (t.page() != prevPage + 1) return false;
        if (Math.abs(before.left() - t.left()) < 3 && Math.abs(before.right() - t.right()) < 3) return true;
        return sameProportions(before, t);
    }

    /**
     * Whether the table {@code t}, first on its page, holds the columns of the table before ({@code before}, alone on the
     * page before) that its page could not hold: a sheet wider than the page, printed without fitting its width, prints
     * its rows' first columns on one page and the rest on the next, on rows of the same heights. So: not the table
     * continued ({@link #continues}: as wide, or in the same columns — a table going on with as many rows as tall),
     * the same row edges
     * (each of its own within {@value #SAME_ROW} pt of one of the other's, measured from the top; a cell merged over two
     * rows there may hide one, as a header's 功能分类科目编码 over 类 款 项 beside it does), and no name in its rows below its
     * header (a cell of two Han characters or more beside a figure): its rows are those of the page before.
     *
     * @param own {@code t}'s rows
     */
    static boolean besides(RawBlock previous, PageTable before, PageTable t, List<RawRow> own) {
        if (before == null || previous.pages().size() != 1 || t.page() != previous.pages().get(0) + 1) return false;
        // (a table continued on the next page spans the table's width, in its columns: rows of it under the others)
        if (continues(previous, before, t)) return false;
        List<Double> a = before.rowEdges(), b = t.rowEdges();
        if (a.size() < 4 || 2 * b.size() < a.size() || t.columnEdges().size() < 2) return false;
        if (Math.abs(a.get(a.size() - 1) - a.get(0) - (b.get(b.size() - 1) - b.get(0))) > SAME_ROW) return false;
        for (double y : b) if (rowAt(a, y - b.get(0) + a.get(0)) < 0) return false;
        for (RawRow r : own) {
            boolean figure = false, name = false;
            for (String c : r.texts()) {
                if (c == null) continue;
                figure |= FIGURE_ON_LINE.matcher(c).find();
                name |= TextNormalizer.hanCount(c) >= 2;
            }
            if (figure && name) return false;
        }
        return true;
    }

    /** The index of the edge of {@code edges} within {@value #SAME_ROW} pt of {@code y}, or −1. */
    private static int rowAt(List<Double> edges, double y) {
        for (int k = 0; k < edges.size(); k++) if (Math.abs(edges.get(k) - y) <= SAME_ROW) return k;
        return -1;
    }

    /** The most rows a table's last rows carried alone onto the next page are ({@link #pageBlocks}). */
    static final int LEFT_OVER_ROWS = 4;

    /** How far a row edge of a sheet's columns printed on the next page may stand from the page before's, points. */
    static final double SAME_ROW = 1.5;

    /**
     * The table before with the columns of its rows printed on the next page ({@link #besides}) set after its own, row
     * by row (a grid row's cells with its cells there; a row blank on one page gets blank cells there), the lines over
     * them (the unit, printed over the last columns) added to its own.
     */
    static RawBlock beside(RawBlock a, PageTable before, RawBlock b, PageTable t) {
        int left = before.columnEdges().size() - 1, right = t.columnEdges().size() - 1;
        java.util.TreeMap<Integer, RawRow> first = new java.util.TreeMap<>(), second = new java.util.TreeMap<>();
        for (RawRow r : a.rows()) first.put(r.line() % 1000, r);
        // (grid row k, line base + k + 1, is the row whose top is edge k: here where the table before has it)
        List<Double> edges = t.rowEdges();
        for (RawRow r : b.rows()) {
            int k = r.line() % 1000 - 1;
            int at = k < edges.size() ? rowAt(before.rowEdges(), edges.get(k) - edges.get(0) + before.rowEdges().get(0)) : -1;
            if (at >= 0) second.put(at + 1, r);
        }
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(first.keySet());
        all.addAll(second.keySet());
        List<RawRow> rows = new ArrayList<>();
        for (int k : all) {
            List<io.gongkai.raw.RawCell> cells = new ArrayList<>();
            RawRow l = first.get(k), r = second.get(k);
            if (l != null) cells.addAll(l.cells());
            while (cells.size() < left) cells.add(io.gongkai.raw.RawCell.of(""));
            if (r != null) cells.addAll(r.cells());
            while (cells.size() < left + right) cells.add(io.gongkai.raw.RawCell.of(""));
            rows.add(new RawRow(l != null ? l.line() : a.line() + k, cells));
        }
        List<Integer> pages = new ArrayList<>(a.pages());
        pages.addAll(b.pages());
        List<String> headerText = new ArrayList<>(a.headerText());
        headerText.addAll(b.headerText());
        List<String> notes = new ArrayList<>(a.notes());
        notes.addAll(b.notes());
        return new RawBlock(a.line(), pages, a.title(), a.printedNumber(), headerText, rows, notes);
    }

    /**
     * Whether a ruled grid continuing the table before has that table's columns one for one, whatever their widths: as
     * many column rules as it. A program that lays out each page's table anew (Chromium printing an HTML table, a
     * browser's or WPS's auto-fit) sizes a page's columns by what that page holds — the second page of a 收入预算总表 with
     * longer names and nothing in 事业收入 and after: its name column half as wide again, its three empty columns squeezed
     * to slivers. Neither the proportions nor the columns of figures carried the first page's columns there: the codes'
     * and names' columns fell one column off, and every row of the page read its 合计 as blank and its amounts a column
     * right. A page read by text alignment sets its columns where its text stands, and is not counted so.
     */
    static boolean oneForOne(PageTable before, PageTable t, boolean byAlignment) {
        return !byAlignment && before != null && t.columnEdges().size() >= 3 && t.columnEdges().size() == before.columnEdges().size();
    }

    /**
     * Whether two tables have the same columns in the same proportions: as many, each edge within {@value #SAME_PROPORTION}
     * of the width where it stands, and the widths within a sixth of each other — or the one page printed at another
     * scale, its rows as much taller or lower as it is wider or narrower ({@link #sameScale}).
     */
    static boolean sameProportions(PageTable before, PageTable t) {
        List<Double> a = before.columnEdges(), b = t.columnEdges();
        if (a.size() < 3 || a.size() != b.size()) return false;
        double wa = a.get(a.size() - 1) - a.get(0), wb = b.get(b.size() - 1) - b.get(0);
        if (wa <= 0 || wb <= 0) return false;
        if (Math.abs(wa - wb) > Math.max(wa, wb) / 6 && !sameScale(before, t, wb / wa)) return false;
        for (int i = 1; i + 1 < a.size(); i++) {
            if (Math.abs((a.get(i) - a.get(0)) / wa - (b.get(i) - b.get(0)) / wb) > SAME_PROPORTION) return false;
        }
        return true;
    }

    /**
     * Whether the table {@code t} is the table {@code before} printed at {@code scale} of its size (a copier's reduction
     * set for one sheet and not the next, a page of mixed sizes fitted to the paper): its rows' median height is
     * {@code scale} of the other's, within {@value #SAME_SCALE} of it, the scale between a half and twice. A table as
     * narrow with rows as tall is another table.
     */
    static boolean sameScale(PageTable before, PageTable t, double scale) {
        if (scale < 0.5 || scale > 2) return false;
        double ha = medianRowHeight(before.rowEdges()), hb = medianRowHeight(t.rowEdges());
        return ha > 0 && hb > 0 && Math.abs(hb / ha / scale - 1) <= SAME_SCALE;
    }

    /** The median of the heights between consecutive row edges, or 0 with fewer than three edges. */
    private static double medianRowHeight(List<Double> edges) {
        if (edges.size() < 3) return 0;
        double[] h = new double[edges.size() - 1];
        for (int k = 1; k < edges.size(); k++) h[k - 1] = edges.get(k) - edges.get(k - 1);
        java.util.Arrays.sort(h);
        return h[h.length / 2];
    }

    /** How far apart (a fraction) the scale of a table's rows may be from the scale of its width ({@link #sameScale}). */
    static final double SAME_SCALE = 0.08;

    /**
     * Whether the table {@code t} prints again, over its rows, a line of the header of the table before ({@code previous},
     * on the page before): a line of words (four Han characters or more, no figure, no label such as 单位：元) that the
     * lines over that table or its first rows hold, within one character in five.
     *
     * @param header the lines over {@code t} on its page
     * @param own    {@code t}'s rows
     */
    static boolean repeatsHeader(RawBlock previous, PageTable before, PageTable t, List<String> header, List<RawRow> own) {
        if (before == null || t.page() != previous.pages().get(previous.pages().size() - 1) + 1) return false;
        return ContinuedTable.repeatsHeader(previous, header, own);
    }

    /** The most lines a table's title and the lines under it (编制部门, 单位, 公开NN表) take at the foot of a page without a table. */
    static final int TITLE_PAGE_LINES = 5;

    /** How far (a fraction of the table's width) a column edge may stand from where the table before has it. */
    static final double SAME_PROPORTION = 0.015;

}
