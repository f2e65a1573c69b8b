package io.gongkai;

import io.gongkai.assemble.DocumentAssembler;
import io.gongkai.assemble.RawBlock;
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
 * (JPEG, PNG, TIFF, BMP; read by OCR), and the text/markdown other OCR tools produce (UTF-8; tables as tab-separated
 * rows, markdown pipe tables or HTML {@code <table>}s, as MinerU and PaddleOCR PP-Structure write them). Any other
 * input is an {@link InputException} that names the formats read. Thread-safe: every call is independent.
 */
public final class Gongkai {
    /** The input formats read, as error messages name them. */
    public static final String FORMATS_READ = "Gongkai reads PDF (text layer or scanned), images (JPEG, PNG, TIFF, BMP) and UTF-8 text"
            + " or markdown from OCR tools with tables as " + TextTableReader.TABLE_FORMS;
    private Gongkai() {
    }

    /** Reads a file with default options. */
    public static Document extract(Path path) {
        return extract(path, Options.defaults());
    }

    public static Document extract(Path path, Options options) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + path);
        } catch (IOException e) {
            throw new InputException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return extract(bytes, path.getFileName().toString(), options);
    }

    /** Reads a stream (not closed) whose content is named {@code source} in the results. */
    public static Document extract(InputStream in, String source, Options options) {
        try {
            return extract(in.readAllBytes(), source, options);
        } catch (IOException e) {
            throw new InputException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    private static Document extract(byte[] bytes, String source, Options options) {
        if (bytes.length == 0) throw new InputException(source + ": the file is empty");
        DocumentAssembler assembler = new DocumentAssembler(options.templates());
        List<Diagnostic> diags = new ArrayList<>();
        byte[] hash = bytes;
        if (io.gongkai.extract.image.ImageDocument.sniff(bytes) != null) {
            // an image file: its pages wrapped as an image-only PDF, read as a scanned one
            var image = io.gongkai.extract.image.ImageDocument.toPdf(bytes, source);
            if (!image.assumedPages().isEmpty()) {
                diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "document", "the image gives no resolution; read as an A4 page (pages "
                        + pageList(image.assumedPages()) + ")"));
            }
            bytes = image.pdf();
        }
        if (isPdf(bytes)) {
            PdfTableReader reader = switch (options.engine()) {
                case NATIVE -> new PdfTableReader();
                case STREAM -> PdfTableReader.stream();
                case TABULA -> PdfTableReader.tabula(true);
                case TABULA_STREAM -> PdfTableReader.tabula(false);
            };
            PdfTableReader.Result r = reader.pages(options::readsPage).ocr(options.ocrDpi(), options.ocrThreads(),
                    options.ocr() == Options.Ocr.TESSERACT ? new io.gongkai.extract.ocr.Tesseract() : new io.gongkai.extract.ocr.PaddleOcr(),
                    options.ocr() == Options.Ocr.BOTH ? new io.gongkai.extract.ocr.Tesseract() : null).read(bytes, source, options.password());
            if (!r.pagesWithoutTables().isEmpty()) {
                diags.add(new Diagnostic(Diagnostic.Severity.INFO, "document", r.pagesWithoutTables().size() + " of " + r.pages()
                        + " pages hold no ruled table: " + pageList(r.pagesWithoutTables())));
            }
            if (!r.pagesOcr().isEmpty()) {
                diags.add(new Diagnostic(Diagnostic.Severity.INFO, "document", r.pagesOcr().size() + " of " + r.pages()
                        + " pages read by OCR (no usable text layer): " + pageList(r.pagesOcr())));
            }
            for (String note : r.textLayerNotes()) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "document", note));
            if (!r.pagesScannedUnread().isEmpty()) {
                diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "document", r.pagesScannedUnread().size() + " of " + r.pages()
                        + " pages are scans without a text layer and were not read (OCR is off, or the engine is tabula): " + pageList(r.pagesScannedUnread())));
            }
            return assembler.assemble(source, sha256(hash), r.blocks(), diags);
        }
        String other = unreadFormat(bytes);
        if (other != null) throw new InputException(source + ": " + other + " is not read; " + FORMATS_READ);
        String text;
        try {
            text = TextTableReader.decode(bytes);
        } catch (InputException e) {
            throw new InputException(source + ": " + e.getMessage() + "; " + FORMATS_READ, e);
        }
        List<RawBlock> blocks = new TextTableReader().read(text);
        if (blocks.isEmpty()) {
            diags.add(new Diagnostic(Diagnostic.Severity.INFO, "document", "no table rows in this text: tables are read as "
                    + TextTableReader.TABLE_FORMS + (text.contains("\\begin{tabular}") ? " (a LaTeX tabular is not read)" : "")));
        }
        return assembler.assemble(source, sha256(bytes), blocks, diags);
    }

    /**
     * The name of a known format that is not read, by its signature: a zip container (xlsx, docx, OFD), an OLE2 compound
     * file (xls, doc), RTF; null otherwise.
     */
    private static String unreadFormat(byte[] b) {
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) return "a zip container (xlsx, docx, OFD?)";
        if (b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) {
            return "an OLE2 office file (xls, doc?)";
        }
        if (b.length >= 5 && new String(b, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("{\\rtf")) return "RTF";
        return null;
    }

    private static boolean isPdf(byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
