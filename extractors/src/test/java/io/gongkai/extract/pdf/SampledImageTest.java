package io.gongkai.extract.pdf;

import io.gongkai.budget.Budget;
import io.gongkai.Gongkai;
import io.gongkai.Options;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Page images decoded at a fraction of their resolution row by row: the pixels pdfbox gives, averaged, without the
 * whole stream decoded in memory; an image no decoder here can bound is not decoded at all.
 */
class SampledImageTest {

    /** A gray image of noise and a gradient: averaging and predictors both show in it. */
    private static BufferedImage gray(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Random r = new Random(seed);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.getRaster().setSample(x, y, 0, (x * 3 + y * 5 + r.nextInt(40)) & 0xFF);
        return img;
    }

    private static BufferedImage rgb(int w, int h, long seed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(seed);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, r.nextInt(1 << 24));
        return img;
    }

    /** Component {@code c} (0 red or gray, 1 green, 2 blue) of a pixel. */
    private static int sample(BufferedImage img, int x, int y, int c) {
        if (img.getRaster().getNumBands() == 1) return img.getRaster().getSample(x, y, 0);
        return img.getRGB(x, y) >> (16 - 8 * c) & 0xFF;
    }

    /** Every pixel of {@code sampled} is the rounded mean of its block of {@code whole}. */
    private static void assertBlockMeans(BufferedImage whole, BufferedImage sampled, int subX, int subY, int components) {
        assertEquals((whole.getWidth() + subX - 1) / subX, sampled.getWidth());
        assertEquals((whole.getHeight() + subY - 1) / subY, sampled.getHeight());
        for (int oy = 0; oy < sampled.getHeight(); oy++) {
            for (int ox = 0; ox < sampled.getWidth(); ox++) {
                for (int c = 0; c < components; c++) {
                    long sum = 0, n = 0;
                    for (int y = oy * subY; y < Math.min(whole.getHeight(), (oy + 1) * subY); y++) {
                        for (int x = ox * subX; x < Math.min(whole.getWidth(), (ox + 1) * subX); x++, n++) sum += sample(whole, x, y, c);
                    }
                    assertEquals((sum + n / 2) / n, sample(sampled, ox, oy, c), "pixel " + ox + "," + oy + " component " + c);
                }
            }
        }
    }

    @Test
    void grayAndColourWithPngPredictorsAreTheirBlocksMeans() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            // pdfbox's lossless images: Flate, PNG predictors chosen row by row
            PDImageXObject g = LosslessFactory.createFromImage(doc, gray(203, 101, 1));
            PDImageXObject c = LosslessFactory.createFromImage(doc, rgb(97, 55, 2));
            assertTrue(SampledImage.readable(g) && SampledImage.readable(c));
            for (int[] sub : new int[][]{{1, 1}, {2, 2}, {4, 3}, {7, 7}}) {
                assertBlockMeans(g.getImage(), SampledImage.decode(g, sub[0], sub[1], Budget.Deadline.NONE), sub[0], sub[1], 1);
                assertBlockMeans(c.getImage(), SampledImage.decode(c, sub[0], sub[1], Budget.Deadline.NONE), sub[0], sub[1], 3);
            }
        }
    }

    /** A one-bit DeviceGray image, Flate without predictor, of {@code w × h} pixels; row {@code y} from {@code row}. */
    private static PDImageXObject bits(PDDocument doc, int w, int h, java.util.function.IntFunction<byte[]> row) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream raw = s.createRawOutputStream(); DeflaterOutputStream out = new DeflaterOutputStream(raw, new Deflater(1), 1 << 16)) {
            for (int y = 0; y < h; y++) out.write(row.apply(y));
        }
        s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        s.setItem(COSName.TYPE, COSName.XOBJECT);
        s.setItem(COSName.SUBTYPE, COSName.IMAGE);
        s.setInt(COSName.WIDTH, w);
        s.setInt(COSName.HEIGHT, h);
        s.setInt(COSName.BITS_PER_COMPONENT, 1);
        s.setItem(COSName.COLORSPACE, PDDeviceGray.INSTANCE);
        return new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(s), null);
    }

    @Test
    void oneBitImagesAreTheirBlocksMeans() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Random r = new Random(3);
            byte[][] rows = new byte[77][(301 + 7) / 8];
            for (byte[] row : rows) r.nextBytes(row);
            PDImageXObject x = bits(doc, 301, 77, y -> rows[y]);
            assertTrue(SampledImage.readable(x));
            for (int[] sub : new int[][]{{1, 1}, {3, 3}, {8, 8}, {16, 5}}) {
                assertBlockMeans(x.getImage(), SampledImage.decode(x, sub[0], sub[1], Budget.Deadline.NONE), sub[0], sub[1], 1);
            }
        }
    }

    /** One page filled with {@code image}, or drawn on its lower-left quarter. */
    private static Path page(Path file, PDImageXObject image, PDDocument doc, boolean fills) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float w = PDRectangle.A4.getWidth(), h = PDRectangle.A4.getHeight();
            cs.drawImage(image, 0, 0, fills ? w : w / 2, fills ? h : h / 2);
        }
        doc.save(file.toFile());
        return file;
    }

    @Test
    void anImageNoDecoderHereCanBoundIsNotDecoded(@TempDir Path dir) throws IOException {
        // 48,000 × 48,000 one-bit pixels (288 MB decoded, 300 KB in the file) on a quarter of the page: rendering it for
        // OCR, pdfbox would decode it whole before it subsamples it
        Path file;
        try (PDDocument doc = new PDDocument()) {
            byte[] white = new byte[48_000 / 8];
            java.util.Arrays.fill(white, (byte) 0xFF);
            file = page(dir.resolve("quarter.pdf"), bits(doc, 48_000, 48_000, y -> white), doc, false);
        }
        Document read = Gongkai.extract(file, Options.builder().budget(Budget.defaults()).build());
        assertTrue(read.diagnostics().stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING && d.message().equals(
                "page 1: not read by OCR: it paints an image of 48,000 × 48,000 pixels (274 MB decoded), more than is decoded in memory (256 MB)")),
                read.diagnostics().toString());
        assertFalse(read.diagnostics().stream().anyMatch(d -> d.message().contains("pages read by OCR")), read.diagnostics().toString());
    }
}
