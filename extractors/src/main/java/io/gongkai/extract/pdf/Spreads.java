package io.gongkai.extract.pdf;

import io.gongkai.budget.Budget;
import io.gongkai.extract.image.ImageDocument;
import io.gongkai.extract.image.PageCleaner;
import io.gongkai.extract.scan.PageScanner;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A scanned PDF's spreads — two pages side by side on one scanned image ({@link PageCleaner#spreadPages}) — cut into
 * pages of their own, as an image file's are ({@link ImageDocument}): read as one page, a spread's two tables came out
 * out of order, neither with its 单位 line, and a table continued from the left page to the right one as two.
 *
 * <p>A page is looked at only when it is one upright image with no text layer, wider than tall (a spread is), and
 * asked for; the PDF is rebuilt only when a spread is found, each other page carried over as it is. Thread-safe
 * (no state).
 */
public final class Spreads {
    private Spreads() {
    }

    /**
     * The PDF with each spread cut into its two pages, or null when it has none (or cannot be looked at here: the
     * reader then reads it as it is, and says what is wrong with it).
     *
     * @param pdf      the PDF's bytes, from its {@code %PDF-} header
     * @param source   its name, for messages
     * @param password its password, or null
     * @param asked    which pages (1-based, of this PDF) are to be read: only those are looked at
     * @param deadline the document's budget, checked before each page looked at
     * @return the rebuilt PDF: its pages, and the first of the two pages (1-based, in the rebuilt PDF) each spread became
     * @throws io.gongkai.error.BudgetExceededException when the document's time is spent
     */
    public static ImageDocument.Result cut(byte[] pdf, String source, String password, IntPredicate asked, Budget.Deadline deadline) {
        PDDocument doc;
        try {
            doc = PdfTableReader.open(pdf, source, password);
        } catch (RuntimeException e) {
            return null; // encrypted, damaged: the reader says so
        }
        try (doc) {
            int n = doc.getNumberOfPages();
            java.util.Map<Integer, List<BufferedImage>> spreads = new java.util.TreeMap<>();
            java.util.Map<Integer, double[]> resolutions = new java.util.HashMap<>();
            for (int p = 1; p <= n; p++) {
                if (!asked.test(p)) continue;
                deadline.check("looking for a spread on page " + p);
                PDPage page = doc.getPage(p - 1);
                if (page.getRotation() % 360 != 0 || !paintsImage(page)) continue;
                PDRectangle box = page.getCropBox();
                if (box.getWidth() < 1.2 * box.getHeight()) continue;
                RulingCollector content = new RulingCollector(page);
                content.collect();
                RulingCollector.ScanImage scan = content.scanImage();
                if (scan == null || !PageScanner.needsOcr(content.glyphs())) continue;
                long pixels = (long) scan.image().getWidth() * scan.image().getHeight();
                if (pixels > PageScanner.MAX_PIXELS || !SampledImage.decodable(scan.image())) continue;
                BufferedImage img = SampledImage.asStored(scan.image());
                if (img == null) continue;
                List<BufferedImage> parts = PageCleaner.spreadPages(img);
                if (parts.size() < 2) continue;
                spreads.put(p, parts);
                resolutions.put(p, new double[]{scan.dpiX(), scan.dpiY()});
            }
            if (spreads.isEmpty()) return null;
            try (PDDocument out = new PDDocument()) {
                List<Integer> firsts = new ArrayList<>();
                for (int p = 1; p <= n; p++) {
                    List<BufferedImage> parts = spreads.get(p);
                    if (parts == null) {
                        out.importPage(doc.getPage(p - 1));
                        continue;
                    }
                    firsts.add(out.getNumberOfPages() + 1);
                    double[] dpi = resolutions.get(p);
                    for (BufferedImage part : parts) {
                        PDImageXObject x = ImageDocument.lossless(out, part);
                        PDRectangle size = new PDRectangle((float) (part.getWidth() * 72 / dpi[0]), (float) (part.getHeight() * 72 / dpi[1]));
                        PDPage half = new PDPage(size);
                        out.addPage(half);
                        try (PDPageContentStream cs = new PDPageContentStream(out, half)) {
                            cs.drawImage(x, 0, 0, size.getWidth(), size.getHeight());
                        }
                    }
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                out.save(bytes);
                return new ImageDocument.Result(bytes.toByteArray(), out.getNumberOfPages(), new java.util.TreeMap<>(), new java.util.TreeMap<>(), List.copyOf(firsts));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof io.gongkai.error.GongkaiException g) throw g; // over budget
            return null; // damage the reader meets again, and reports
        }
    }

    /**
     * The page (1-based) of the PDF before its spreads were cut that page {@code page} of the rebuilt one comes from.
     *
     * @param firsts the first page of each spread cut, in the rebuilt PDF ({@link ImageDocument.Result#spreadPages})
     */
    public static int original(List<Integer> firsts, int page) {
        int before = 0;
        for (int f : firsts) if (f < page) before++;
        return page - before;
    }

    /** Whether the page's resources hold an image (a scan draws one). */
    private static boolean paintsImage(PDPage page) throws IOException {
        PDResources res = page.getResources();
        if (res == null) return false;
        for (COSName name : res.getXObjectNames()) if (res.isImageXObject(name)) return true;
        return false;
    }
}
