package io.gongkai;

import io.gongkai.error.InputException;
import io.gongkai.error.EncryptedDocumentException;
import io.gongkai.error.BudgetExceededException;
import io.gongkai.budget.Budget;

import io.gongkai.assemble.DocumentAssembler;
import io.gongkai.raw.RawBlock;
import io.gongkai.extract.pdf.PageImages;
import io.gongkai.extract.pdf.PdfTableReader;
import io.gongkai.extract.text.TextTableReader;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The entry point: {@code Gongkai.extract(path)} reads a disclosure and returns its tables, typed and checked.
 *
 * <p>Inputs ({@link #FORMATS_READ}): PDFs with a text layer (ruled tables; pdfbox 3), scanned PDFs and image files
 * (JPEG, PNG, TIFF, BMP; read by OCR), and the text/markdown other OCR tools produce (UTF-8, UTF-16, UTF-32, GB18030/GBK
 * or Big5, see {@link InputFormat}; tables as tab-separated rows, markdown pipe tables or HTML {@code <table>}s, as MinerU and
 * PaddleOCR PP-Structure write them). Any other input is an {@link InputException} that names the formats read; a
 * document that needs more than {@link Options#budget()} allows is a {@link BudgetExceededException}. Thread-safe:
 * every call is independent.
 */
public final class Gongkai {
    /** The input formats read, as error messages name them. */
    public static final String FORMATS_READ = "Gongkai reads PDF (text layer or scanned), images (JPEG, PNG, TIFF, BMP) and text (UTF-8, UTF-16, UTF-32, GB18030/GBK, Big5)"
            + " or markdown from OCR tools with tables as " + TextTableReader.TABLE_FORMS;
    private Gongkai() {
    }

    /**
     * Reads a file with default options.
     *
     * @param path a PDF, an image or OCR text
     * @return the document, its tables typed and checked
     * @throws InputException            when the file is missing, empty, binary or in a format not read
     * @throws BudgetExceededException   when it needs more than {@link Budget#defaults()} allows
     * @throws EncryptedDocumentException when it is an encrypted PDF
     */
    public static Document extract(Path path) {
        return extract(path, Options.defaults());
    }

    /**
     * Reads a file, within {@link Options#budget()} counted from now.
     *
     * @throws InputException            when the file is missing, not a regular file (a folder, a FIFO, a device), not
     *                                   readable, empty, binary or in a format not read
     * @throws BudgetExceededException   when it needs more than the options' budget allows
     * @throws EncryptedDocumentException when it is an encrypted PDF without its password
     */
    public static Document extract(Path path, Options options) {
        return extract(path, options, options.budget().start().source(path.getFileName().toString()));
    }

    /**
     * Reads a file within a budget the caller started ({@link Budget#start()}), so that what the caller does with the
     * document next (writing it) counts against the same deadline. A text input's size is checked before it is read.
     *
     * @since 0.1.0
     */
    public static Document extract(Path path, Options options, Budget.Deadline deadline) {
        String source = path.getFileName().toString();
        // a device, a FIFO or a folder is no document: /dev/zero would be read until memory ran out, a FIFO until
        // something wrote to it (links are followed: a link to a regular file is read)
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new InputException("cannot read " + path + ": not a regular file (a folder, a FIFO, a device or a socket)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(InputFormat.HEAD);
            if (InputFormat.of(head).kind() == InputFormat.Kind.TEXT) deadline.text(Files.size(path), -1);
            byte[] rest = in.readAllBytes();
            bytes = rest.length == 0 ? head : concat(head, rest);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + path);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InputException("cannot read " + path + ": permission denied", e);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            // the file's bytes alone are more than this Java's heap holds (the message the reader gives for a document
            // too large to read, at the point where the bytes are taken in)
            throw new InputException("cannot read " + path + ": the file is larger than this Java's memory holds; give Java more (JAVA_OPTS=-Xmx4g)", e);
        }
        return extract(bytes, source, options, deadline);
    }

    /**
     * Reads a stream (not closed) whose content is named {@code source} in the results; a text input is read no
     * further than its budget allows.
     */
    public static Document extract(InputStream in, String source, Options options) {
        return extract(in, source, options, options.budget().start().source(source));
    }

    /**
     * Reads a stream (not closed) within a budget the caller started ({@link Budget#start()}); a text input is read no
     * further than the budget allows.
     *
     * @since 0.1.0
     */
    public static Document extract(InputStream in, String source, Options options, Budget.Deadline deadline) {
        try {
            byte[] head = in.readNBytes(InputFormat.HEAD);
            long max = options.budget().characters();
            byte[] rest;
            if (InputFormat.of(head).kind() == InputFormat.Kind.TEXT && max > 0) {
                // no more than the budget allows is held in memory: one byte past it is enough to refuse
                rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, 4 * max + 1 - head.length));
                deadline.text(head.length + rest.length, -1);
            } else {
                rest = in.readAllBytes();
            }
            return extract(rest.length == 0 ? head : concat(head, rest), source, options, deadline);
        } catch (IOException e) {
            throw new InputException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * A file's pages as images, as the reader reads them (the review page shows them beside the tables): a PDF from its
     * {@code %PDF-} header, opened with the options' password; an image file as the image-only PDF it is read as;
     * text input has none ({@link PageImages#count()} 0).
     *
     * @return the pages (close them)
     * @throws InputException             when the file cannot be read, is empty or is damaged beyond opening
     * @throws EncryptedDocumentException when it is an encrypted PDF the options' password does not open
     * @since 0.1.0
     */
    public static PageImages pageImages(Path path, Options options) {
        String source = path.getFileName().toString();
        byte[] bytes = whole(path);
        InputFormat.Sniffed kind = sniffed(bytes);
        return switch (kind.kind()) {
            case PDF -> {
                // its spreads cut into pages as the reader cuts them, so that the pages are numbered as its tables are
                byte[] pdf = java.util.Arrays.copyOfRange(bytes, kind.pdfOffset(), bytes.length);
                var cut = io.gongkai.extract.pdf.Spreads.cut(pdf, source, options.password(), options::readsPage, options.budget().start().source(source));
                yield PageImages.of(cut == null ? pdf : cut.pdf(), source, options.password());
            }
            case IMAGE -> PageImages.of(io.gongkai.extract.image.ImageDocument.toPdf(bytes, source, options.budget().start().source(source),
                    io.gongkai.extract.scan.PageScanner.MAX_PIXELS).pdf(), source, null);
            default -> PageImages.none();
        };
    }

    /**
     * A file's bytes, all of them (an image or a PDF; text is read within its budget by {@link #extract(Path, Options, Budget.Deadline)}).
     *
     * @throws InputException when it is missing, unreadable or empty
     */
    private static byte[] whole(Path path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + path);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (bytes.length == 0) throw new InputException(path.getFileName() + ": the file is empty");
        return bytes;
    }

    /** What the bytes are, from their head. */
    private static InputFormat.Sniffed sniffed(byte[] bytes) {
        return InputFormat.of(bytes.length > InputFormat.HEAD ? java.util.Arrays.copyOf(bytes, InputFormat.HEAD) : bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Document extract(byte[] bytes, String source, Options options, Budget.Deadline deadline) {
        return extract(bytes, source, options, deadline, null);
    }

    /** @param images as for {@link #read(byte[], String, Options, Budget.Deadline, io.gongkai.extract.image.ImageDocument.Result)} */
    private static Document extract(byte[] bytes, String source, Options options, Budget.Deadline deadline, io.gongkai.extract.image.ImageDocument.Result images) {
        try {
            return read(bytes, source, options, deadline, images);
        } catch (OutOfMemoryError e) {
            // the document's own allocations (a page image a bomb declares, a grid of thousands of rules) are unwound
            // with it: a clear error for this input, and the next one read as usual
            throw new InputException(source + ": reading it needs more memory than this Java has (" + e.getMessage()
                    + "); give Java more (-Xmx, JAVA_OPTS) or read fewer pages (--pages)", e);
        }
    }

    /**
     * Reads image files as the pages of one document, in the order given: a table photographed page by page, or a
     * scanner that writes a file a page. A table is continued from one file to the next as from one page of a PDF to
     * the next (read one by one, a table's second page is a table without its header: unidentified). The document is
     * named after the first file, and its SHA-256 is that of the files' bytes one after the other.
     *
     * @param images JPEG, PNG, TIFF (each of its pages) or BMP files, at least one
     * @throws InputException           when a file is missing, unreadable, empty or no image
     * @throws BudgetExceededException  when they need more than the options' budget allows
     * @since 0.1.0
     */
    public static Document extractPages(List<Path> images, Options options) {
        if (images.isEmpty()) throw new IllegalArgumentException("no image files");
        String source = images.get(0).getFileName().toString();
        Budget.Deadline deadline = options.budget().start().source(source);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        List<io.gongkai.extract.image.ImageDocument.Result> pages = new ArrayList<>();
        for (Path image : images) {
            String name = image.getFileName().toString();
            byte[] bytes = whole(image);
            if (sniffed(bytes).kind() != InputFormat.Kind.IMAGE) {
                throw new InputException(name + ": not an image (JPEG, PNG, TIFF or BMP): only images are read as the pages of one document");
            }
            all.writeBytes(bytes);
            pages.add(io.gongkai.extract.image.ImageDocument.toPdf(bytes, name, deadline, io.gongkai.extract.scan.PageScanner.MAX_PIXELS));
        }
        return extract(all.toByteArray(), source, options, deadline, io.gongkai.extract.image.ImageDocument.joined(pages));
    }

    /**
     * @param images the document's images already wrapped as one image-only PDF ({@link #extractPages}), or null to
     *               read {@code bytes} as what they are
     */
    private static Document read(byte[] bytes, String source, Options options, Budget.Deadline deadline, io.gongkai.extract.image.ImageDocument.Result images) {
        if (bytes.length == 0) throw new InputException(source + ": the file is empty");
        DocumentAssembler assembler = new DocumentAssembler(options.templates());
        List<Diagnostic> diags = new ArrayList<>();
        byte[] hash = bytes;
        InputFormat.Sniffed kind = sniffed(bytes);
        if (kind.kind() == InputFormat.Kind.TEXT && source.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            // a file named .pdf without a PDF's header is no document to read as text: a web page or an error message
            // saved under the PDF's name (it read as OCR text of no table: "no tables found", department null)
            throw new InputException(source + ": named .pdf but not a PDF: no %PDF- header in its first " + InputFormat.PDF_HEADER_WITHIN
                    + " bytes (a web page or an error message saved under its name?)");
        }
        if (kind.kind() == InputFormat.Kind.IMAGE) {
            // an image file: its pages wrapped as an image-only PDF, read as a scanned one
            // each page converted is a page to be read by OCR: its time is added as it is converted (a long scan is not
            // refused while it is converted, before its first page is read)
            var image = images != null ? images
                    : io.gongkai.extract.image.ImageDocument.toPdf(bytes, source, deadline, io.gongkai.extract.scan.PageScanner.MAX_PIXELS);
            if (!image.assumedPages().isEmpty()) {
                // one warning per cause, naming it and its pages
                java.util.Map<String, List<Integer>> byWhy = new java.util.LinkedHashMap<>();
                image.assumedPages().forEach((p, why) -> byWhy.computeIfAbsent(why, k -> new ArrayList<>()).add(p));
                byWhy.forEach((why, pages) -> diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "document",
                        "the image gives no resolution a scanner would: " + why + "; read as an A4 page (pages " + pageList(pages) + ")")));
            }
            for (int first : image.spreadPages()) {
                diags.add(new Diagnostic(Diagnostic.Severity.INFO, "page " + first, "a spread (two pages side by side on one image): read as pages "
                        + first + " and " + (first + 1)));
            }
            // an image cut short (a download or a copy that stopped): its figures past the cut are lost, and said so
            image.damagedPages().forEach((page, why) -> diags.add(new Diagnostic(Diagnostic.Severity.ERROR, "page " + page,
                    "page " + page + " of the image is truncated or damaged, and what it lacks is not read (its figures there are missing): " + why)));
            bytes = image.pdf();
        } else if (kind.kind() == InputFormat.Kind.PDF && kind.pdfOffset() > 0) {
            // junk before the header (a mail gateway's, a web server's): read from the header, as PDF readers do
            diags.add(new Diagnostic(Diagnostic.Severity.INFO, "document", kind.pdfOffset() + " bytes before the %PDF- header, not part of the PDF, were left out"));
            bytes = java.util.Arrays.copyOfRange(bytes, kind.pdfOffset(), bytes.length);
        }
        List<Integer> spreads = List.of(); // pages a spread in the PDF became, cut in two: numbered in the PDF as cut
        if (kind.kind() == InputFormat.Kind.PDF) {
            var cut = io.gongkai.extract.pdf.Spreads.cut(bytes, source, options.password(), options::readsPage, deadline);
            if (cut != null) {
                spreads = cut.spreadPages();
                for (int first : spreads) {
                    diags.add(new Diagnostic(Diagnostic.Severity.INFO, "page " + first, "page " + io.gongkai.extract.pdf.Spreads.original(spreads, first)
                            + " of the PDF is a spread (two pages side by side on one scanned image): read as pages " + first + " and " + (first + 1)
                            + "; the pages after it are numbered one more"));
                }
                bytes = cut.pdf();
            }
        }
        if (kind.kind() == InputFormat.Kind.PDF || kind.kind() == InputFormat.Kind.IMAGE) {
            List<Integer> cutSpreads = spreads;
            PdfTableReader reader = switch (options.engine()) {
                case NATIVE -> new PdfTableReader();
                case STREAM -> PdfTableReader.stream();
                case TABULA -> PdfTableReader.tabula(true);
                case TABULA_STREAM -> PdfTableReader.tabula(false);
            };
            PdfTableReader scanning = reader.pages(p -> options.readsPage(io.gongkai.extract.pdf.Spreads.original(cutSpreads, p))).ocr(options.ocrDpi(), options.ocrThreads(),
                    options.ocr() == Options.Ocr.TESSERACT ? new io.gongkai.extract.ocr.Tesseract() : new io.gongkai.extract.ocr.PaddleOcr(),
                    options.ocr() == Options.Ocr.BOTH ? new io.gongkai.extract.ocr.Tesseract() : null).budget(deadline).corroboratingLater();
            PdfTableReader.Result r = scanning.read(bytes, source, options.password());
            Document doc = laidOut(r, assembler, source, hash, diags, deadline);
            // the second engine reads the figures of the scanned pages whose identities want them, and the document is
            // laid out again from the pages as read (no page read twice); elsewhere it would change nothing
            java.util.Set<Integer> corroborate = new java.util.TreeSet<>(r.pagesToCorroborate());
            corroborate.retainAll(io.gongkai.validate.Verification.pagesInDoubt(doc));
            if (!corroborate.isEmpty()) {
                r = scanning.rereading(r, corroborate).read(bytes, source, options.password());
                doc = laidOut(r, assembler, source, hash, diags, deadline);
            }
            return doc;
        }
        if (kind.kind() == InputFormat.Kind.UNREAD) throw new InputException(source + ": " + kind.unread() + " is not read; " + FORMATS_READ);
        deadline.text(bytes.length, -1);
        InputFormat.Text text;
        try {
            text = InputFormat.decode(bytes);
        } catch (InputException e) {
            throw new InputException(source + ": " + e.getMessage() + "; " + FORMATS_READ, e);
        }
        deadline.text(-1, text.text().length());
        if (text.notUtf8()) {
            diags.add(new Diagnostic(Diagnostic.Severity.INFO, "document", "text read as " + text.encoding() + " (" + text.how() + ")"));
        }
        if (!options.pages().isEmpty()) {
            // pages asked for of a text that has none: said, not silently read whole (a new user's trial)
            diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "document", "pages were asked for (--pages), but text input has no pages: all of it was read"));
        }
        List<Integer> longLines = new ArrayList<>();
        List<RawBlock> blocks = new TextTableReader().read(text.text(), deadline, longLines);
        if (!longLines.isEmpty()) {
            diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "document", longLines.size() + " lines longer than " + TextTableReader.LONGEST_LINE
                    + " characters (no heading or table row is) left out: line " + pageList(longLines)));
        }
        if (blocks.isEmpty()) {
            diags.add(new Diagnostic(Diagnostic.Severity.INFO, "document", "no table rows in this text: tables are read as "
                    + TextTableReader.TABLE_FORMS + (text.text().contains("\\begin{tabular}") ? " (a LaTeX tabular is not read)" : "")));
        }
        return assembler.assemble(source, sha256(bytes), blocks, diags, deadline);
    }

    /**
     * The document a PDF's pages make: its blocks assembled (those read by text alignment kept where identities confirm
     * them), with what the reading noted about its pages after {@code before} (the diagnostics so far, not changed).
     */
    private static Document laidOut(PdfTableReader.Result r, DocumentAssembler assembler, String source, byte[] hash, List<Diagnostic> before,
                                     Budget.Deadline deadline) {
        List<Diagnostic> diags = new ArrayList<>(before);
        List<Diagnostic> alignment = new ArrayList<>();
        List<Integer> withoutTables = new ArrayList<>(r.pagesWithoutTables());
        java.util.Set<String> unconfirmedTables = new java.util.HashSet<>();
        List<io.gongkai.raw.RawBlock> blocks = confirmedAlignment(assembler, source, r, alignment, withoutTables, unconfirmedTables, deadline);
        if (!withoutTables.isEmpty()) {
            diags.add(new Diagnostic(Diagnostic.Severity.INFO, "document", withoutTables.size() + " of " + r.pages()
                    + " pages hold no ruled table: " + pageList(withoutTables)));
        }
        diags.addAll(alignment);
        if (!r.pagesOcr().isEmpty()) {
            diags.add(new Diagnostic(Diagnostic.Severity.INFO, "document", r.pagesOcr().size() + " of " + r.pages()
                    + " pages read by OCR (no usable text layer): " + pageList(r.pagesOcr())));
        }
        for (String note : r.textLayerNotes()) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "document", note));
        r.tablesNotRead().forEach((page, title) -> diags.add(new Diagnostic(Diagnostic.Severity.ERROR, "page " + page, "page " + page
                + " prints a table's title (" + title + ") and figures, but no table was read from it: its figures are not in the output")));
        damagedPages(r.pagesDamaged(), diags);
        if (!r.pagesScannedUnread().isEmpty()) {
            diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "document", r.pagesScannedUnread().size() + " of " + r.pages()
                    + " pages are scans without a text layer and were not read (OCR is off, or the engine is tabula): " + pageList(r.pagesScannedUnread())));
        }
        return io.gongkai.validate.Verification.flagUnconfirmedAlignment(assembler.assemble(source, sha256(hash), blocks, r.frontMatter(), diags, deadline),
                unconfirmedTables);
    }

    /**
     * The blocks to assemble: every table found on ruled grids (or by the engine asked for), and of the tables the own
     * engine read by text alignment on pages without a ruled grid, those the identities wholly confirm
     * ({@link io.gongkai.validate.Verification#unconfirmed}: identified, every figure verified, every blank read as 0 by
     * an identity that holds), decided again once others are left out (an identity with a table left out no longer
     * verifies anything); and those the identities confirm in most part (identified, half of their figures or more
     * verified), whose refs are added to {@code flagged}: their figures no identity verifies are to be flagged suspect
     * ({@link io.gongkai.validate.Verification#flagUnconfirmedAlignment}) — a table of figures kept and doubted, not a
     * table lost. Each such table a template identifies is noted in {@code notes}, kept or not and why; the pages left
     * with no table are added to {@code withoutTables}.
     */
    private static List<io.gongkai.raw.RawBlock> confirmedAlignment(DocumentAssembler assembler, String source, PdfTableReader.Result r,
                                                                        List<Diagnostic> notes, List<Integer> withoutTables, java.util.Set<String> flagged,
                                                                        Budget.Deadline deadline) {
        List<io.gongkai.raw.RawBlock> blocks = r.blocks();
        if (r.alignedBlocks().isEmpty()) return blocks;
        java.util.Set<Integer> left = new java.util.HashSet<>();
        java.util.Map<Integer, String> why = new java.util.HashMap<>();
        java.util.Map<Integer, io.gongkai.model.Table> read = new java.util.HashMap<>();
        java.util.Set<Integer> doubtful = new java.util.TreeSet<>();
        boolean again = true;
        while (again) {
            again = false;
            List<Integer> kept = new ArrayList<>();
            List<io.gongkai.raw.RawBlock> trial = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (left.contains(i)) continue;
                kept.add(i);
                trial.add(blocks.get(i));
            }
            Document doc = assembler.assemble(source, "", trial, List.of(), deadline);
            for (int k = 0; k < kept.size(); k++) {
                int i = kept.get(k);
                if (!r.alignedBlocks().contains(i)) continue;
                io.gongkai.model.Table t = doc.tables().get(k);
                read.put(i, t);
                List<String> unconfirmed = io.gongkai.validate.Verification.unconfirmed(doc, t);
                doubtful.remove(i);
                if (unconfirmed.isEmpty() || emptyAsNoted(t)) continue;
                why.put(i, String.join(", ", unconfirmed));
                int[] fv = io.gongkai.validate.Verification.verifiedFigures(t);
                // most of its figures verified, or read by identities that all hold (within rounding too: OCR's digits
                // unproven, their places right): its columns stand where the identities say; the rest kept, flagged
                if (t.templateId() != null && fv[0] > 0 && (2 * fv[1] >= fv[0] || 2 * io.gongkai.validate.Verification.alignedFigures(doc, t) >= fv[0])) {
                    doubtful.add(i);
                    continue;
                }
                left.add(i);
                again = true;
            }
        }
        List<io.gongkai.raw.RawBlock> out = new ArrayList<>();
        java.util.Set<Integer> pagesWithTables = new java.util.TreeSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!left.contains(i)) {
                if (doubtful.contains(i)) flagged.add(String.format("T%02d", out.size() + 1));
                out.add(blocks.get(i));
                pagesWithTables.addAll(blocks.get(i).pages());
            }
        }
        for (int i : r.alignedBlocks()) {
            io.gongkai.model.Table t = read.get(i);
            String page = "page " + pageList(blocks.get(i).pages());
            if (t.templateId() == null) {
                // text in columns that no template knows (contents, a list of terms) is no table of a disclosure: not
                // noted; but columns of amounts are a table's, and they are not in the output (a Writer print of a
                // 财政拨款收支总表 whose borders and title it dropped was lost without a word)
                int printed = printedAmounts(t);
                if (printed >= io.gongkai.extract.pdf.PdfTableReader.FIGURES_OF_A_TABLE) {
                    notes.add(new Diagnostic(Diagnostic.Severity.ERROR, "document", page + ": no ruled table; text aligned in columns printing " + printed
                            + " amounts fits no template (" + String.join(", ", t.identification().reasons()) + "), not kept: its figures are not in the output"
                            + " (--engine stream keeps what text alignment finds)"));
                }
                continue;
            }
            String what = t.templateId() + ", " + t.rows().size() + " rows";
            if (!left.contains(i) && emptyAsNoted(t)) {
                notes.add(new Diagnostic(Diagnostic.Severity.INFO, "document", page + ": no ruled table; read by text alignment as " + t.templateId()
                        + ", an empty table, as its note says"));
            } else if (doubtful.contains(i)) {
                int[] fv = io.gongkai.validate.Verification.verifiedFigures(t);
                notes.add(new Diagnostic(Diagnostic.Severity.WARNING, "document", page + ": no ruled table; read by text alignment as " + what
                        + ", kept: " + fv[1] + " of its " + fv[0] + " figures verified by an identity" + (fv[1] < fv[0] ? ", the others flagged suspect" : "")
                        + " (" + why.get(i) + ")"));
            } else if (left.contains(i)) {
                // an error: a table the document holds and a template identified is not in the output (the reading is
                // short of whole, and the command line says so by its exit code, as for a table of which no row was read)
                notes.add(new Diagnostic(Diagnostic.Severity.ERROR, "document", page + ": no ruled table; text aligned in columns read as "
                        + what + ", not kept: " + why.get(i) + " (--engine stream keeps what text alignment finds)"));
            } else {
                notes.add(new Diagnostic(Diagnostic.Severity.INFO, "document", page + ": no ruled table; read by text alignment as " + what
                        + ", every figure an identity reads confirmed by it"));
            }
        }
        for (int i : r.alignedBlocks()) {
            for (int p : blocks.get(i).pages()) if (!pagesWithTables.contains(p) && !withoutTables.contains(p)) withoutTables.add(p);
        }
        java.util.Collections.sort(withoutTables);
        return out;
    }

    /** The amounts of a table printed as amounts are (1,234 or 12.50: grouped or with decimals), not as page numbers or 序号. */
    private static int printedAmounts(io.gongkai.model.Table t) {
        int n = 0;
        for (io.gongkai.model.Row row : t.rows()) {
            for (io.gongkai.model.Cell c : row.cells()) if (t.isAmount(c) && c.raw() != null && io.gongkai.normalize.NumberParser.printsFigure(c.raw())) n++;
        }
        return n;
    }


    /** Whether a table identified is empty as its note says ({@link io.gongkai.template.Vocabulary#emptyAsNoted}). */
    private static boolean emptyAsNoted(io.gongkai.model.Table t) {
        return t.templateId() != null && io.gongkai.template.Vocabulary.emptyAsNoted(t);
    }

    /**
     * One error a kind of damage: the pages pdfbox could not read and what was wrong (the other pages were read, and
     * a table is not continued across a damaged page).
     */
    private static void damagedPages(java.util.SortedMap<Integer, String> damaged, List<Diagnostic> diags) {
        java.util.Map<String, List<Integer>> byReason = new java.util.LinkedHashMap<>();
        damaged.forEach((page, why) -> byReason.computeIfAbsent(why, k -> new ArrayList<>()).add(page));
        byReason.forEach((why, pages) -> {
            String which = (pages.size() == 1 ? "page " : "pages ") + pageList(pages);
            diags.add(new Diagnostic(Diagnostic.Severity.ERROR, which, which + " of the PDF " + (pages.size() == 1 ? "is" : "are")
                    + " damaged and not read: " + why));
        });
    }

    private static String pageList(List<Integer> pages) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            int start = pages.get(i), end = start;
            while (i + 1 < pages.size() && pages.get(i + 1) == end + 1) end = pages.get(++i);
            if (b.length() > 0) b.append(", ");
            b.append(start == end ? Integer.toString(start) : start + "-" + end);
        }
        return b.toString();
    }

    /**
     * A document's key: the SHA-256 of its bytes, 64 lowercase hex digits, as {@link Document#sha256()} gives it and as
     * {@code batch} and the Spark job key their datasets by (the one place it is computed).
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
