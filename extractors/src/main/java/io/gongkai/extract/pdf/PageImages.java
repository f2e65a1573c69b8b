package io.gongkai.extract.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * A document's pages as images, opened as the reader opened them ({@code Gongkai.pageImages}: a PDF from its
 * {@code %PDF-} header with the options' password, an image file as the image-only PDF it is read as). Not
 * thread-safe; close it.
 */
public final class PageImages implements AutoCloseable {
    private final PDDocument pdf;

    /** The pages of no document (text input): every page is missing. */
    public static PageImages none() {
        return new PageImages(null);
    }

    /**
     * The pages of a PDF.
     *
     * @param pdf      its bytes, from its {@code %PDF-} header
     * @param source   its name, in messages
     * @param password its password, or null
     * @throws io.gongkai.error.EncryptedDocumentException when it is encrypted and the password does not open it
     * @throws io.gongkai.error.InputException             when it is damaged beyond opening
     */
    public static PageImages of(byte[] pdf, String source, String password) {
        return new PageImages(PdfTableReader.open(pdf, source, password));
    }

    private PageImages(PDDocument pdf) {
        this.pdf = pdf;
    }

    /** How many pages there are (0 for text input). */
    public int count() {
        return pdf == null ? 0 : pdf.getNumberOfPages();
    }

    /**
     * Page {@code page} (1-based) rendered in colour at {@code dpi} dots per inch.
     *
     * @throws IOException when there is no such page, or it cannot be rendered (damaged)
     */
    public BufferedImage render(int page, float dpi) throws IOException {
        if (page < 1 || page > count()) throw new IOException("no page " + page + " (" + count() + " pages)");
        try {
            return new PDFRenderer(pdf).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        } catch (RuntimeException | StackOverflowError e) {
            // damage the reader got past that rendering does not
            throw new IOException(PdfTableReader.reason(e), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (pdf != null) pdf.close();
    }
}
