package io.gongkai.extract.image;

import io.gongkai.budget.Budget;
import io.gongkai.error.InputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Node;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Image files as scanned documents: JPEG, PNG, TIFF (every page of a multi-page TIFF) and BMP, each image a page of
 * an image-only PDF made in memory (JPEG kept byte for byte, the others stored losslessly), so that a photo or a
 * scanner's image goes through the same reader as a scanned PDF: its resolution, its orientation, its pages in order.
 *
 * <p>The resolution is the file's own (JFIF density, PNG pHYs, TIFF X/YResolution); an image that does not say, or
 * whose resolution makes its page no paper's size ({@link PaperSize}), is taken as an A4 page (its longer side 11.69
 * inches), and the result says so.
 *
 * <p>A TIFF's pages are counted by walking its chain of image file directories here, not by the decoder (whose count
 * follows a chain that loops back on itself for ever): a chain that loops, or that holds more than {@link #MAX_PAGES}
 * pages, is refused. Pages are converted one at a time (one page's pixels held at once), each counted against the
 * document's budget as a page to be read by OCR ({@link Budget.Deadline#ocrPageAhead}), so that a long scan is given
 * its pages' time while it is converted.
 */
public final class ImageDocument {
    /** The most pages a TIFF may hold (a disclosure is a few dozen; a year's budgets of a city a few hundred). */
    public static final int MAX_PAGES = 2000;

    private ImageDocument() {
    }

    /** The image formats read, by their magic bytes. */
    public enum Format { JPEG, PNG, TIFF, BMP }

    /** The format of an image file from its first bytes, or null when it is not one of {@link Format}. */
    public static Format sniff(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) return Format.JPEG;
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') return Format.PNG;
        if (bytes.length >= 4 && (bytes[0] == 'I' && bytes[1] == 'I' && bytes[2] == 42 && bytes[3] == 0
                || bytes[0] == 'M' && bytes[1] == 'M' && bytes[2] == 0 && bytes[3] == 42)) return Format.TIFF;
        if (bytes.length >= 2 && bytes[0] == 'B' && bytes[1] == 'M') return Format.BMP;
        return null;
    }

    /**
     * An image-only PDF of the image file's pages, and which of them had no resolution of their own.
     *
     * @param pdf          the PDF's bytes
     * @param pages        how many pages
     * @param assumedPages pages (1-based) whose resolution was assumed from an A4 page, each with why (none written, or
     *                     the one written and the page size it makes)
     * @param damagedPages pages (1-based) the decoder warned of, with its warnings: a file cut short (a JPEG without its
     *                     end, the part of the image it lacks painted grey), corrupt data; what is missing is not read
     * @param spreadPages  the first of the two pages (1-based) of each image that was a spread, two pages side by side
     *                     scanned at once ({@link PageCleaner#spreadPages}), each cut out as a page of its own
     */
    public record Result(byte[] pdf, int pages, java.util.SortedMap<Integer, String> assumedPages, java.util.SortedMap<Integer, String> damagedPages, List<Integer> spreadPages) {
        public Result(byte[] pdf, int pages, java.util.SortedMap<Integer, String> assumedPages) {
            this(pdf, pages, assumedPages, new java.util.TreeMap<>(), List.of());
        }
    }

    /**
     * Image files' PDFs ({@link #toPdf}) one after the other as one PDF: their pages in order, each file's assumed and
     * damaged pages numbered in the whole.
     *
     * @throws InputException when the PDFs cannot be joined (they are this class's own: never but for want of memory)
     */
    public static Result joined(List<Result> parts) {
        if (parts.size() == 1) return parts.get(0);
        List<Integer> spreads = new ArrayList<>();
        java.util.SortedMap<Integer, String> damaged = new java.util.TreeMap<>(), assumed = new java.util.TreeMap<>();
        int before = 0;
        try (PDDocument all = new PDDocument()) {
            for (Result part : parts) {
                try (PDDocument one = org.apache.pdfbox.Loader.loadPDF(part.pdf())) {
                    new org.apache.pdfbox.multipdf.PDFMergerUtility().appendDocument(all, one);
                }
                for (int p : part.spreadPages()) spreads.add(before + p);
                final int offset = before;
                part.assumedPages().forEach((p, why) -> assumed.put(offset + p, why));
                part.damagedPages().forEach((p, why) -> damaged.put(offset + p, why));
                before += part.pages();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            all.save(out);
            return new Result(out.toByteArray(), before, assumed, damaged, spreads);
        } catch (IOException e) {
            throw new InputException("the images cannot be joined as one document: " + e.getMessage(), e);
        }
    }

    /**
     * Wraps an image file as a PDF.
     *
     * @param bytes  the file
     * @param source its name, for messages
     * @throws InputException when it cannot be decoded
     */
    public static Result toPdf(byte[] bytes, String source) {
        return toPdf(bytes, source, Budget.Deadline.NONE);
    }

    /**
     * Wraps an image file as a PDF, page by page within {@code deadline}: each page converted is counted as a page to
     * be read by OCR ({@link Budget.Deadline#ocrPageAhead}), and the document's time is checked before each.
     *
     * @param bytes    the file
     * @param source   its name, for messages
     * @param deadline the document's budget
     * @throws InputException                when it cannot be decoded, or a TIFF's pages loop or are too many
     * @throws io.gongkai.error.BudgetExceededException when the document's time is spent
     */
    public static Result toPdf(byte[] bytes, String source, Budget.Deadline deadline) {
        return toPdf(bytes, source, deadline, 0);
    }

    /**
     * Wraps an image file as a PDF, page by page within {@code deadline}, as {@link #toPdf(byte[], String, Budget.Deadline)};
     * a page of more than {@code maxPixels} is decoded subsampled (every n-th pixel of every n-th row, the decoder never
     * holding the whole raster) to at most that many, its resolution divided alike: a 12,000² PNG is read as a
     * 6,000² one, in 36 MB, not 144 MB and then its copy.
     *
     * @param maxPixels the most pixels a page is decoded at (0: no limit)
     */
    public static Result toPdf(byte[] bytes, String source, Budget.Deadline deadline, long maxPixels) {
        Format format = sniff(bytes);
        if (format == null) throw new InputException(source + ": not a JPEG, PNG, TIFF or BMP image");
        if (format == Format.JPEG) bytes = jfifFirst(bytes);
        int n = format == Format.TIFF ? tiffPages(bytes, source) : 1;
        List<Integer> spreads = new ArrayList<>();
        java.util.SortedMap<Integer, String> damaged = new java.util.TreeMap<>(), assumed = new java.util.TreeMap<>();
        // the decoder reads from memory (ImageIO's default caches a stream in a temporary file)
        try (PDDocument doc = new PDDocument(); ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new InputException(source + ": no decoder for this " + format + " image");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                // a file cut short decodes with warnings, not an exception (the JPEG decoder paints what is missing grey)
                int[] current = {0};
                int[] extra = {0}; // pages added so far by spreads cut in two
                reader.addIIOReadWarningListener((r, warning) -> {
                    if (!lenient(warning)) damaged.merge(current[0] + 1, warning, (a, b) -> a.contains(b) ? a : a + "; " + b);
                });
                for (int i = 0; i < n; i++) {
                    current[0] = i + extra[0];
                    deadline.check("converting page " + (i + 1) + " of " + n + " of the image");
                    long pixels = (long) reader.getWidth(i) * reader.getHeight(i);
                    int sub = maxPixels > 0 && pixels > maxPixels ? (int) Math.ceil(Math.sqrt((double) pixels / maxPixels)) : 1;
                    BufferedImage img;
                    if (sub > 1) {
                        javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
                        param.setSourceSubsampling(sub, sub, 0, 0);
                        img = reader.read(i, param);
                    } else {
                        img = reader.read(i);
                    }
                    // transparency composited over white paper: a screenshot or an export keeps its ink in the alpha
                    // channel over black (its colour read alone, the page was black: no table)
                    if (img.getColorModel().hasAlpha()) img = overWhite(img);
                    double[] dpi = resolution(reader.getImageMetadata(i));
                    if (dpi != null && sub > 1) dpi = new double[]{dpi[0] / sub, dpi[1] / sub};
                    // a book's spread scanned at once: its two pages, each read as a page of its own
                    List<BufferedImage> parts = PageCleaner.spreadPages(img);
                    if (parts.size() > 1) spreads.add(i + 1 + extra[0]);
                    for (int part = 0; part < parts.size(); part++) {
                        BufferedImage one = parts.get(part);
                        double[] at = dpi == null ? null : dpi.clone();
                        if (at == null) {
                            double d = Math.max(one.getWidth(), one.getHeight()) / PaperSize.A4_LONG_INCHES;
                            at = new double[]{d, d};
                            assumed.put(i + 1 + extra[0] + part, "no resolution written (or none a scanner writes: 72 and 96 dpi are what programs write when they know nothing; under 100 or over 1200)");
                        } else if (!PaperSize.paper(one.getWidth(), one.getHeight(), at[0], at[1])) {
                            assumed.put(i + 1 + extra[0] + part, String.format(java.util.Locale.ROOT,
                                    "%.0f dpi written, which makes its page %.1f × %.1f inches: no paper's size", at[0], one.getWidth() / at[0], one.getHeight() / at[1]));
                            double f = PaperSize.toA4(one.getWidth(), one.getHeight(), at[0], at[1]);
                            at = new double[]{at[0] * f, at[1] * f};
                        }
                        boolean square = Math.abs(at[0] - at[1]) <= 0.02 * Math.max(at[0], at[1]);
                        if (!square) {
                            // a fax's pixels are not square (204 × 98 dpi, standard mode): stretched to the finer resolution
                            // both ways, as a reader of glyphs needs
                            one = squared(one, at, one.getColorModel().getPixelSize() == 1);
                            double d = Math.max(at[0], at[1]);
                            at = new double[]{d, d};
                        }
                        // a JPEG is kept as it is, unless it was read subsampled
                        PDImageXObject x = format == Format.JPEG && square && sub == 1 && parts.size() == 1 ? JPEGFactory.createFromByteArray(doc, bytes) : lossless(doc, one);
                        PDRectangle size = new PDRectangle((float) (one.getWidth() * 72 / at[0]), (float) (one.getHeight() * 72 / at[1]));
                        PDPage page = new PDPage(size);
                        doc.addPage(page);
                        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                            cs.drawImage(x, 0, 0, size.getWidth(), size.getHeight());
                        }
                    }
                    extra[0] += parts.size() - 1;
                    img = null; // this page's pixels are stored (compressed); released before the next page is decoded
                    deadline.ocrPageAhead("page " + (i + 1) + " of " + n + " of the image converted");
                }
            } finally {
                reader.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new Result(out.toByteArray(), doc.getNumberOfPages(), java.util.Collections.unmodifiableSortedMap(assumed), java.util.Collections.unmodifiableSortedMap(damaged), List.copyOf(spreads));
        } catch (IOException | RuntimeException e) {
            if (e instanceof io.gongkai.error.GongkaiException g) throw g; // refused, or over budget: no decoding error
            for (Throwable c = e; c != null; c = c.getCause()) {
                // the decoder wraps the heap running out ("Caught exception during read"): the error is the memory's
                if (c instanceof OutOfMemoryError oom) throw oom;
            }
            throw new InputException(source + ": cannot decode the " + format + " image: " + e.getMessage(), e);
        }
    }

    /**
     * A JPEG whose JFIF segment (APP0 "JFIF") follows another (a camera's or an editor's Exif APP1 written first) with
     * the JFIF segment moved to just after the start of image, its other segments in their order; any other JPEG as it
     * is. Java's decoder refuses the first ("JFIF APP0 must be first marker after SOI") where every viewer reads it.
     */
    static byte[] jfifFirst(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xFF || (jpeg[1] & 0xff) != 0xD8) return jpeg;
        int at = 2, jfif = -1, jfifEnd = -1;
        boolean first = true;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xFF) {
            int marker = jpeg[at + 1] & 0xff;
            if (!(marker >= 0xE0 && marker <= 0xEF || marker == 0xFE)) break; // the header's application segments and comments only
            int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
            int end = at + 2 + length;
            if (length < 2 || end > jpeg.length) return jpeg;
            boolean isJfif = marker == 0xE0 && length >= 7 && jpeg[at + 4] == 'J' && jpeg[at + 5] == 'F' && jpeg[at + 6] == 'I' && jpeg[at + 7] == 'F' && jpeg[at + 8] == 0;
            if (isJfif) {
                if (first) return jpeg;
                jfif = at;
                jfifEnd = end;
                break;
            }
            first = false;
            at = end;
        }
        if (jfif < 0) return jpeg;
        byte[] out = new byte[jpeg.length];
        int n = 0;
        out[n++] = jpeg[0];
        out[n++] = jpeg[1];
        System.arraycopy(jpeg, jfif, out, n, jfifEnd - jfif);
        n += jfifEnd - jfif;
        System.arraycopy(jpeg, 2, out, n, jfif - 2);
        n += jfif - 2;
        System.arraycopy(jpeg, jfifEnd, out, n, jpeg.length - jfifEnd);
        return out;
    }

    /** The image composited over white (its transparency made paper), in gray when it is gray, else in colour. */
    static BufferedImage overWhite(BufferedImage img) {
        boolean gray = img.getColorModel().getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY;
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    /**
     * The image stored losslessly: an 8-bit gray image as its samples are, deflated (pdfbox's {@code LosslessFactory}
     * takes Java's gray as linear and stores it through sRGB: a gray scan came out lighter, mean 218 → 231, and a
     * newcomer's spread cut in two lost its faint 单位：元 line: both tables' units unknown); any other as
     * {@code LosslessFactory} stores it.
     */
    public static PDImageXObject lossless(PDDocument doc, BufferedImage img) throws IOException {
        java.awt.image.Raster r = img.getRaster();
        boolean gray8 = r.getNumBands() == 1 && r.getSampleModel().getSampleSize(0) == 8 && r.getDataBuffer().getDataType() == java.awt.image.DataBuffer.TYPE_BYTE
                && !(img.getColorModel() instanceof java.awt.image.IndexColorModel);
        if (!gray8) return LosslessFactory.createFromImage(doc, img);
        int w = img.getWidth(), h = img.getHeight();
        byte[] samples = new byte[w * h];
        r.getDataElements(0, 0, w, h, samples);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(deflated)) {
            z.write(samples);
        }
        return new PDImageXObject(doc, new ByteArrayInputStream(deflated.toByteArray()), org.apache.pdfbox.cos.COSName.FLATE_DECODE, w, h, 8,
                org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray.INSTANCE);
    }

    /**
     * How many pages a TIFF holds: its chain of image file directories walked from the header (classic TIFF, either
     * byte order), up to a next-directory offset of 0 or one past the file's end (a file cut short: the pages before
     * are read).
     *
     * @throws InputException when the chain loops back on itself, holds more than {@link #MAX_PAGES} pages, or the
     *                        first directory is not within the file
     */
    public static int tiffPages(byte[] bytes, String source) {
        if (bytes.length < 8) throw new InputException(source + ": the TIFF is cut short (" + bytes.length + " bytes)");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(bytes[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long offset = Integer.toUnsignedLong(b.getInt(4));
        Map<Long, Integer> seen = new HashMap<>(); // a directory's offset: its page
        int pages = 0;
        while (offset != 0) {
            if (offset < 8 || offset + 2 > bytes.length) break;
            int entries = Short.toUnsignedInt(b.getShort((int) offset));
            long next = offset + 2 + 12L * entries;
            if (next + 4 > bytes.length) break; // a directory cut short
            Integer again = seen.putIfAbsent(offset, pages + 1);
            if (again != null) {
                throw new InputException(String.format("%s: the TIFF's page chain loops (page %d's directory, at byte %,d, is page %d's again):"
                        + " the file is damaged; not read", source, pages + 1, offset, again));
            }
            if (++pages > MAX_PAGES) {
                throw new InputException(String.format("%s: the TIFF has more than %,d pages: not a disclosure, or many at once; split it", source, MAX_PAGES));
            }
            offset = Integer.toUnsignedLong(b.getInt((int) next));
        }
        if (pages == 0) throw new InputException(source + ": the TIFF is damaged: its first page's directory is not within the file");
        return pages;
    }

    /** Pixels per inch across and down from the image's standard metadata, or null when it gives none (or nonsense). */
    static double[] resolution(IIOMetadata meta) {
        if (meta == null || !meta.isStandardMetadataFormatSupported()) return null;
        Node root = meta.getAsTree("javax_imageio_1.0");
        Double h = null, v = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!"Dimension".equals(n.getNodeName())) continue;
            for (Node d = n.getFirstChild(); d != null; d = d.getNextSibling()) {
                String name = d.getNodeName().toLowerCase(Locale.ROOT);
                Node value = d.getAttributes() == null ? null : d.getAttributes().getNamedItem("value");
                if (value == null) continue;
                try {
                    double mm = Double.parseDouble(value.getNodeValue()); // millimetres per pixel
                    // (the JDK's BMP reader says HorizontalPhysicalPixelSpacing: a newcomer's 200 dpi BMP was "no resolution")
                    if (name.equals("horizontalpixelsize") || name.equals("horizontalphysicalpixelspacing") && h == null) h = mm;
                    if (name.equals("verticalpixelsize") || name.equals("verticalphysicalpixelspacing") && v == null) v = mm;
                } catch (NumberFormatException e) {
                    // ignored: no usable resolution
                }
            }
        }
        if (h == null || h <= 0) return null;
        if (v == null || v <= 0) v = h;
        double dx = 25.4 / h, dy = 25.4 / v;
        // 72 and 96 are what programs write when they know nothing; a scan of a page is 100–1200 dpi, a fax 204 × 98
        // or 204 × 196 (ITU-T T.4: its vertical resolution may be as low as 3.85 lines per millimetre, 98 dpi)
        boolean fax = Math.abs(dx - dy) > 0.02 * Math.max(dx, dy) && Math.min(dx, dy) >= 90;
        if (!fax && (dx < 100 || dy < 100) || dx > 1200 || dy > 1200) return null;
        return new double[]{dx, dy};
    }

    /**
     * Whether a decoder's warning says only that it read leniently what it read whole: a Group 3 fax stream without the
     * EOL code T.4 asks for before its first line (libtiff and ImageMagick's {@code -compress Fax} write them so; the
     * JDK's decoder reads every line all the same: a newcomer's two-page fax TIFF was said damaged, its figures
     * "missing", and read as its Group 4 copy is).
     */
    static boolean lenient(String warning) {
        return warning != null && warning.contains("should begin with EOL");
    }

    /**
     * A black-and-white image salted and peppered cleaned in its own pixels, before it is stretched
     * ({@link PageCleaner#despeckledIfSalted(org.opencv.core.Mat, double, double)}: a newcomer's fax of a real budget in
     * standard mode, with a streak, left salted, read its specks as "—", "T" and "R" beside every figure, 0 of 159
     * amounts).
     *
     * @param dpi the image's horizontal and vertical resolution
     */
    private static BufferedImage despeckled(BufferedImage img, double[] dpi) {
        OpenCv.load();
        org.opencv.core.Mat gray = OpenCv.gray(img);
        org.opencv.core.Mat clean = PageCleaner.despeckledIfSalted(gray, dpi[0], dpi[1]);
        BufferedImage out = clean == gray ? img : OpenCv.image(clean);
        if (clean != gray) clean.release();
        gray.release();
        return out;
    }

    /**
     * The image resampled (bicubic; a bilevel image pixel by pixel) so that both resolutions are the finer of {@code dpi}'s two (a fax's 204 × 98 dpi
     * made 204 × 204).
     *
     * @param dpi     its horizontal and vertical resolution, pixels per inch
     * @param bilevel whether it is a black-and-white image (stretched pixel by pixel, so it stays one)
     */
    public static BufferedImage squared(BufferedImage img, double[] dpi, boolean bilevel) {
        if (bilevel) img = despeckled(img, dpi);
        double d = Math.max(dpi[0], dpi[1]);
        int w = (int) Math.round(img.getWidth() * d / dpi[0]), h = (int) Math.round(img.getHeight() * d / dpi[1]);
        BufferedImage out = new BufferedImage(w, h, img.getColorModel().getNumColorComponents() > 1 ? BufferedImage.TYPE_3BYTE_BGR : BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        // a bilevel image stays bilevel, each pixel repeated (the reader softens a black-and-white page itself, after
        // cleaning its specks, which bicubic stretching would have smeared into strokes)
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, bilevel ? java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR
                : java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
