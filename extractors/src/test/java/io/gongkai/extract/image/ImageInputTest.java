package io.gongkai.extract.image;

import io.gongkai.Gongkai;
import io.gongkai.error.InputException;
import io.gongkai.Options;
import io.gongkai.Samples;
import io.gongkai.model.Cell;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Table;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Image files as inputs: the pages of the bundled scanned budget (a real budget printed and scanned by other tools)
 * given as JPEG (the scanner's own bytes), PNG, BMP and a two-page TIFF, each read as the scanned PDF is.
 */
class ImageInputTest {
    private static final List<BufferedImage> pages = new ArrayList<>();
    private static final List<byte[]> jpegs = new ArrayList<>();

    @BeforeAll
    static void pages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.scannedBudget().toFile())) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    PDImageXObject x = (PDImageXObject) page.getResources().getXObject(name);
                    pages.add(x.getImage());
                    jpegs.add(x.getStream().createInputStream(List.of("DCTDecode")).readAllBytes()); // the scanner's JPEG as stored
                }
            }
        }
        assertEquals(4, pages.size());
    }

    private static void assertSummary(Document doc) {
        assertEquals("上海市普陀区财政局", doc.department());
        Table t = doc.table("budget-summary").orElseThrow(() -> new AssertionError(doc.tables() + " " + doc.diagnostics()));
        assertEquals(MoneyUnit.YUAN, t.unit());
        Cell total = t.cell("income-total", "1").orElseThrow();
        assertEquals(0, new BigDecimal("31214205.80").compareTo(total.number()), total.toString());
        assertEquals(0, new BigDecimal("22186440.80").compareTo(t.cell("expenditure:一般公共服务支出", "2").orElseThrow().number()));
    }

    @Test
    void aJpegScanIsReadAsAScannedPage(@TempDir Path dir) throws Exception {
        Path jpg = dir.resolve("page.jpg");
        Files.write(jpg, jpegs.get(0));
        Document doc = Gongkai.extract(jpg, Options.builder().ocrThreads(1).build());
        assertSummary(doc);
        // the scanner wrote its resolution (200 dpi) into the JPEG: nothing assumed
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.message().contains("no resolution")), doc.diagnostics().toString());
    }

    /**
     * A scan whose ink is in its transparency (black under alpha: a screenshot or an export, a newcomer's s21), as a PNG
     * and as a PDF's image with a soft mask: composited over white paper (its colour alone was a black page: no table).
     */
    @Test
    void aScanWhoseInkIsInItsTransparencyIsReadOverWhitePaper(@TempDir Path dir) throws Exception {
        BufferedImage gray = pages.get(0);
        BufferedImage argb = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) argb.setRGB(x, y, (255 - (gray.getRGB(x, y) & 0xff)) << 24);
        }
        Path png = dir.resolve("alpha.png");
        assertTrue(ImageIO.write(argb, "png", png.toFile()));
        assertSummary(Gongkai.extract(png, Options.builder().ocrThreads(1).build()));
        Path pdf = dir.resolve("alpha.pdf");
        try (PDDocument doc = new PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(gray.getWidth() * 72f / 200, gray.getHeight() * 72f / 200));
            doc.addPage(page);
            PDImageXObject x = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, argb);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            doc.save(pdf.toFile());
        }
        assertSummary(Gongkai.extract(pdf, Options.builder().ocrThreads(1).build()));
    }

    /**
     * A JPEG with an Exif segment before its JFIF segment (as some cameras and editors write it; a newcomer's s27): read,
     * its JFIF resolution with it (Java's decoder refused it: "JFIF APP0 must be first marker after SOI").
     */
    @Test
    void aJpegWithExifBeforeJfifIsRead(@TempDir Path dir) throws Exception {
        byte[] jpeg = jpegs.get(0);
        assertEquals(0xE0, jpeg[3] & 0xff, "the scanner's JPEG starts with its JFIF segment");
        byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0, 22, 'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] out = new byte[jpeg.length + exif.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        System.arraycopy(exif, 0, out, 2, exif.length);
        System.arraycopy(jpeg, 2, out, 2 + exif.length, jpeg.length - 2);
        Path jpg = dir.resolve("exif-first.jpg");
        Files.write(jpg, out);
        Document doc = Gongkai.extract(jpg, Options.builder().ocrThreads(1).build());
        assertSummary(doc);
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.message().contains("no resolution")), doc.diagnostics().toString());
    }

    @Test
    void pngAndBmpAreReadAndAnImageWithoutResolutionIsTakenAsA4(@TempDir Path dir) throws Exception {
        for (String format : List.of("png", "bmp")) {
            Path file = dir.resolve("page." + format);
            assertTrue(ImageIO.write(pages.get(0), format, file.toFile()), format);
            Document doc = Gongkai.extract(file, Options.builder().ocrThreads(1).build());
            assertSummary(doc);
            // ImageIO writes no resolution: the page is taken as A4 landscape (its longer side 11.69 inches)
            assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().contains("no resolution") && d.message().contains("A4")), doc.diagnostics().toString());
            // the warning names its cause, not every cause there may be (a newcomer could not tell which applied)
            assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().contains("no resolution written")), doc.diagnostics().toString());
        }
    }

    @Test
    void everyPageOfAMultiPageTiffIsRead(@TempDir Path dir) throws Exception {
        Path tiff = dir.resolve("pages.tiff");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages.subList(2, 4)) writer.writeToSequence(new IIOImage(page, null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        Document doc = Gongkai.extract(tiff, Options.builder().ocrThreads(1).build());
        // the 基本支出 economic table printed over two pages: one table, its rows from both
        Table economic = doc.table("budget-basic-economic").orElseThrow(() -> new AssertionError(doc.tables() + " " + doc.diagnostics()));
        assertEquals(List.of(1, 2), economic.pages());
        assertTrue(economic.row("301").isPresent() && economic.row("30101").isPresent(), economic.rows().toString());
    }

    /**
     * A table photographed or scanned a file a page, the files given as the pages of one document: the 基本支出
     * economic table over two JPEGs is one table, as in the TIFF (read one by one, its second page is a table without its
     * header, unidentified: a newcomer's two phone photos of 办公室25's 支出总表 gave 28 of 47 amounts, then 47). Only
     * images are read so.
     */
    @Test
    void imageFilesGivenAsThePagesOfOneDocumentContinueItsTables(@TempDir Path dir) throws Exception {
        Path first = Files.write(dir.resolve("p3.jpg"), jpegs.get(2)), second = Files.write(dir.resolve("p4.jpg"), jpegs.get(3));
        Document doc = Gongkai.extractPages(List.of(first, second), Options.builder().ocrThreads(1).build());
        assertEquals("p3.jpg", doc.source());
        Table economic = doc.table("budget-basic-economic").orElseThrow(() -> new AssertionError(doc.tables() + " " + doc.diagnostics()));
        assertEquals(List.of(1, 2), economic.pages());
        assertTrue(economic.row("301").isPresent() && economic.row("30101").isPresent(), economic.rows().toString());
        assertTrue(doc.tables().stream().noneMatch(t -> t.templateId() == null), "no second, unidentified table: " + doc.tables());
        Path text = Files.writeString(dir.resolve("notes.txt"), "一般公共服务支出\t100");
        io.gongkai.error.InputException e = org.junit.jupiter.api.Assertions.assertThrows(io.gongkai.error.InputException.class,
                () -> Gongkai.extractPages(List.of(first, text), Options.defaults()));
        assertTrue(e.getMessage().contains("notes.txt") && e.getMessage().contains("not an image"), e.getMessage());
    }

    @Test
    void aFaxWithPixelsTwiceAsTallAsWideIsReadAtItsOwnResolution(@TempDir Path dir) throws Exception {
        // a fax in standard mode: 204 dpi across, 98 down (ITU-T T.4), as its TIFF says; the 200 dpi scan resampled so
        BufferedImage fax = faxed(BufferedImage.TYPE_BYTE_GRAY);
        Path tiff = dir.resolve("fax.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            javax.imageio.metadata.IIOMetadata meta = writer.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(fax), writer.getDefaultWriteParam());
            var tags = javax.imageio.plugins.tiff.TIFFDirectory.createFromMetadata(meta);
            var base = javax.imageio.plugins.tiff.BaselineTIFFTagSet.getInstance();
            tags.addTIFFField(new javax.imageio.plugins.tiff.TIFFField(base.getTag(javax.imageio.plugins.tiff.BaselineTIFFTagSet.TAG_X_RESOLUTION),
                    javax.imageio.plugins.tiff.TIFFTag.TIFF_RATIONAL, 1, new long[][]{{204, 1}}));
            tags.addTIFFField(new javax.imageio.plugins.tiff.TIFFField(base.getTag(javax.imageio.plugins.tiff.BaselineTIFFTagSet.TAG_Y_RESOLUTION),
                    javax.imageio.plugins.tiff.TIFFTag.TIFF_RATIONAL, 1, new long[][]{{98, 1}}));
            tags.addTIFFField(new javax.imageio.plugins.tiff.TIFFField(base.getTag(javax.imageio.plugins.tiff.BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                    javax.imageio.plugins.tiff.BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
            writer.write(new IIOImage(fax, null, tags.getAsMetadata()));
        } finally {
            writer.dispose();
        }
        Document doc = Gongkai.extract(tiff, Options.builder().ocrThreads(1).build());
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.message().contains("no resolution")), doc.diagnostics().toString());
        assertEquals("上海市普陀区财政局", doc.department());
        Table t = doc.table("budget-summary").orElseThrow(() -> new AssertionError(doc.tables() + " " + doc.diagnostics()));
        assertEquals(MoneyUnit.YUAN, t.unit());
        // half the lines of a 200 dpi scan: every amount it gives unflagged is the one the 200 dpi scan gives, and at least
        // half are given (5 of 8 when this was written; the rest flagged: 98 lines an inch leave 9 pt digits 12 pixels tall)
        assertHalfGivenAsAt200(t, dir);
    }

    @Test
    void aFaxInAPdfWithPixelsTwiceAsTallAsWideIsReadAtItsOwnResolution(@TempDir Path dir) throws Exception {
        // the same fax kept as a PDF, as fax servers keep them: a 1-bit CCITT image stretched over the page at 204 dpi
        // across, 98 down. Its pixels are made square pixel by pixel and it is read as a 1-bit page (rendered, each
        // pixel was stretched into a block, and a newcomer's faxes of real budgets read 0 amounts)
        BufferedImage fax = faxed(BufferedImage.TYPE_BYTE_BINARY);
        int w = fax.getWidth(), h = fax.getHeight();
        Path pdf = dir.resolve("fax.pdf");
        try (PDDocument out = new PDDocument()) {
            var p = new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(w * 72f / 204, h * 72f / 98));
            out.addPage(p);
            PDImageXObject image = org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory.createFromImage(out, fax);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(out, p)) {
                content.drawImage(image, 0, 0, p.getMediaBox().getWidth(), p.getMediaBox().getHeight());
            }
            out.save(pdf.toFile());
        }
        Document doc = Gongkai.extract(pdf, Options.builder().ocrThreads(1).build());
        Table t = doc.table("budget-summary").orElseThrow(() -> new AssertionError(doc.tables() + " " + doc.diagnostics()));
        assertHalfGivenAsAt200(t, dir);
    }

    /** The first sample page (a 200 dpi scan) resampled to a fax's 204 × 98 dpi, as an image of that type. */
    private static BufferedImage faxed(int type) {
        BufferedImage page = pages.get(0);
        int w = (int) Math.round(page.getWidth() * 204 / 200.0), h = (int) Math.round(page.getHeight() * 98 / 200.0);
        BufferedImage fax = new BufferedImage(w, h, type);
        java.awt.Graphics2D g = fax.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, w, h, null);
        g.dispose();
        return fax;
    }

    /** Every amount {@code t} gives unflagged is the one the 200 dpi scan of its page gives, and it gives half of them at least. */
    private static void assertHalfGivenAsAt200(Table t, Path dir) throws Exception {
        Path jpg = dir.resolve("page.jpg");
        Files.write(jpg, jpegs.get(0));
        Table ref = Gongkai.extract(jpg, Options.builder().ocrThreads(1).build()).table("budget-summary").orElseThrow();
        int given = 0, amounts = 0;
        for (var r : ref.rows()) {
            for (Cell want : r.cells()) {
                if (want.number() == null) continue;
                amounts++;
                Cell got = t.cell(r.key().value(), want.column()).orElse(null);
                if (got == null || got.number() == null || got.status() == io.gongkai.model.CellStatus.SUSPECT) continue;
                given++;
                assertEquals(0, want.number().compareTo(got.number()), r.key() + "." + want.column() + ": " + got + " for " + want);
            }
        }
        System.out.println(given + " of " + amounts + " amounts given");
        assertTrue(given * 2 >= amounts, given + " of " + amounts + " amounts given");
    }

    @Test
    void aPageLaidOnTheGlassSixDegreesCrookedIsStraightened(@TempDir Path dir) throws Exception {
        // 6°: more than a sheet feeder's skew (the reader once looked only within ±5° and found no table)
        BufferedImage page = pages.get(0);
        BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = turned.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(6), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.scale(0.9, 0.9); // the page's corners stay on the glass
        g.drawImage(page, (int) (page.getWidth() * 0.055), (int) (page.getHeight() * 0.055), null);
        g.dispose();
        Path png = dir.resolve("crooked.png");
        assertTrue(ImageIO.write(turned, "png", png.toFile()));
        Document doc = Gongkai.extract(png, Options.builder().ocrThreads(1).build());
        Table t = doc.table("budget-summary").orElseThrow(() -> new AssertionError(doc.tables() + " " + doc.diagnostics()));
        assertEquals(MoneyUnit.YUAN, t.unit());
        for (String total : List.of("income-total", "expenditure-total")) {
            Cell c = t.rows().stream().filter(r -> r.key().value().equals(total)).findFirst().orElseThrow(() -> new AssertionError(t.rows().toString()))
                    .cells().stream().filter(x -> x.number() != null).findFirst().orElseThrow();
            assertEquals(0, new BigDecimal("31214205.80").compareTo(c.number()), c.toString());
        }
    }

    @Test
    void aScanWhoseResolutionWasWrittenPerCentimetreIsReadAsTheA4PageItShows(@TempDir Path dir) throws Exception {
        // the sample's 200 dpi scan said to be 200 per centimetre (508 dpi), as ImageMagick keeps pdftoppm's unit: its
        // page 4.6 inches wide, no paper's. Taken at its word it was shrunk to 118 dpi before OCR (a newcomer's 1-bit
        // scan so tagged read 47 of 55 amounts, the same pixels tagged right 55); it is read as A4, and said so
        double perCm = 200 * 2.54;
        BufferedImage page = pages.get(0);
        Path png = dir.resolve("page.png");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        var type = javax.imageio.ImageTypeSpecifier.createFromRenderedImage(page);
        var meta = writer.getDefaultImageMetadata(type, null);
        var root = new javax.imageio.metadata.IIOMetadataNode("javax_imageio_png_1.0");
        var phys = new javax.imageio.metadata.IIOMetadataNode("pHYs"); // PNG's resolution: pixels per metre
        phys.setAttribute("pixelsPerUnitXAxis", "20000");
        phys.setAttribute("pixelsPerUnitYAxis", "20000");
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(png.toFile())) {
            writer.setOutput(out);
            writer.write(new IIOImage(page, null, meta));
        }
        writer.dispose();
        assertEquals(perCm, ImageDocument.resolution(readMeta(ImageIO.getImageReadersByFormatName("png").next(), png))[0], 1, "the PNG says 508 dpi");
        Document doc = Gongkai.extract(png, Options.builder().ocrThreads(1).build());
        assertSummary(doc);
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().contains("no paper's size") && d.message().contains("A4")
                && d.message().contains(" dpi written, which makes its page ") && !d.message().contains("72 and 96")), doc.diagnostics().toString());

        // the same in a PDF: the scanner's JPEG stretched over a page sized from 508 dpi
        Path pdf = dir.resolve("page.pdf");
        try (PDDocument out = new PDDocument()) {
            int w = page.getWidth(), h = page.getHeight();
            var p = new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle((float) (w * 72 / perCm), (float) (h * 72 / perCm)));
            out.addPage(p);
            PDImageXObject image = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromByteArray(out, jpegs.get(0));
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(out, p)) {
                content.drawImage(image, 0, 0, p.getMediaBox().getWidth(), p.getMediaBox().getHeight());
            }
            out.save(pdf.toFile());
        }
        Document fromPdf = Gongkai.extract(pdf, Options.builder().ocrThreads(1).build());
        assertSummary(fromPdf);
        assertTrue(fromPdf.diagnostics().stream().anyMatch(d -> d.message().contains("no paper's") && d.message().contains("A4")), fromPdf.diagnostics().toString());
    }

    @Test
    void aSpreadOfTwoPagesScannedAtOnceHasTheTablesOfBoth(@TempDir Path dir) throws Exception {
        // a book's spread on the glass: the sample's first two pages side by side, the gutter and the margins dark. The
        // largest bright region had been taken for the sheet and the rest for the desk: the right page was made paper
        // and its table lost, with no word (a newcomer's spread of two budget tables)
        BufferedImage left = pages.get(0), right = pages.get(1);
        int margin = 40, gutter = 70, w = margin * 2 + gutter + left.getWidth() + right.getWidth();
        int h = margin * 2 + Math.max(left.getHeight(), right.getHeight());
        BufferedImage spread = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = spread.createGraphics();
        g.setColor(new java.awt.Color(40, 40, 40));
        g.fillRect(0, 0, w, h);
        g.drawImage(left, margin, margin, null);
        g.drawImage(right, margin + left.getWidth() + gutter, margin, null);
        g.dispose();
        Path jpg = dir.resolve("spread.jpg");
        assertTrue(ImageIO.write(spread, "jpg", jpg.toFile()));
        List<String> alone = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path one = dir.resolve("page" + i + ".jpg");
            Files.write(one, jpegs.get(i));
            for (Table t : Gongkai.extract(one, Options.builder().ocrThreads(1).build()).tables()) alone.add(t.templateId());
        }
        Document doc = Gongkai.extract(jpg, Options.builder().ocrThreads(1).build());
        List<String> both = doc.tables().stream().map(Table::templateId).sorted().toList();
        assertEquals(alone.stream().sorted().toList(), both, doc.tables() + " " + doc.diagnostics());
        assertSummary(doc);
    }

    @Test
    void aSpreadScannedFlatIsCutAtItsWhiteGutterAndAPagePrintedAcrossItsMiddleIsNot() {
        // two pages side by side on a flatbed's glass, the paper white between them: no dark margin tells the sheets
        // apart, the blank gutter does; a line of print across the middle (a page's own title) makes it one page
        BufferedImage left = pages.get(0), right = pages.get(1);
        int gap = 60;
        BufferedImage spread = sideBySide(left, right, gap);
        int w = spread.getWidth(), h = spread.getHeight();
        java.awt.Graphics2D g = spread.createGraphics();
        List<BufferedImage> parts = PageCleaner.spreadPages(spread);
        assertEquals(2, parts.size());
        int cut = parts.get(0).getWidth();
        assertTrue(cut >= left.getWidth() - 20 && cut <= left.getWidth() + gap + 20, "cut at " + cut + " of " + w);
        assertEquals(w, cut + parts.get(1).getWidth());
        // the print's first line runs over the gutter
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(left.getWidth() - 300, h / 10, gap + 600, 12);
        g.dispose();
        assertEquals(1, PageCleaner.spreadPages(spread).size());
        assertEquals(1, PageCleaner.spreadPages(left).size());
    }

    @Test
    void aSpreadWhosePaperMeetsAroundItsGuttersShadowIsCutAtTheShadow() {
        // a newcomer's flatbed spread: two pages side by side, a soft gutter shadow 1.2% of the width between them, the
        // scan turned 0.4° and its corners filled white, which joins the two sheets' paper along the edges: read as one
        // page, its two tables side by side, the right one's unit unknown
        BufferedImage left = pages.get(0), right = pages.get(1);
        int gap = 40;
        BufferedImage flat = sideBySide(left, right, gap);
        int w = flat.getWidth(), h = flat.getHeight();
        // the shadow: each column multiplied by 1 − 0.65·exp(−(x − gutter)² / σ²)
        double centre = left.getWidth() + gap / 2.0, sigma = 0.012 * w;
        java.awt.image.WritableRaster r = flat.getRaster();
        for (int x = 0; x < w; x++) {
            double f = 1 - 0.65 * Math.exp(-Math.pow((x - centre) / sigma, 2));
            for (int y = 0; y < h; y++) r.setSample(x, y, 0, (int) Math.round(r.getSample(x, y, 0) * f));
        }
        double turn = Math.toRadians(0.4);
        int W = (int) Math.ceil(w * Math.cos(turn) + h * Math.sin(turn)), H = (int) Math.ceil(h * Math.cos(turn) + w * Math.sin(turn));
        BufferedImage spread = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = spread.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(turn, W / 2.0, H / 2.0);
        g.drawImage(flat, (W - w) / 2, (H - h) / 2, null);
        g.dispose();
        List<BufferedImage> parts = PageCleaner.spreadPages(spread);
        assertEquals(2, parts.size());
        int cut = parts.get(0).getWidth(), gutter = (W - w) / 2 + (int) centre;
        assertTrue(Math.abs(cut - gutter) <= 0.01 * W, "cut at " + cut + ", the gutter at " + gutter);
        // either page alone, shadowed at its edge as it was, is one page
        assertEquals(1, PageCleaner.spreadPages(parts.get(0)).size());
        // and a negative of the spread (a dark page throughout) is not cut at its middle
        BufferedImage negative = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) negative.getRaster().setSample(x, y, 0, 255 - spread.getRaster().getSample(x, y, 0));
        assertEquals(1, PageCleaner.spreadPages(negative).size());
        // one landscape page on the gray paper a phone app leaves (135): its densest block of print, a band of columns
        // below mid-gray, is no gutter (a newcomer's phone-app scans of budget tables were each cut in two)
        BufferedImage gray = new BufferedImage(1200, 800, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D p = gray.createGraphics();
        p.setColor(new java.awt.Color(135, 135, 135));
        p.fillRect(0, 0, 1200, 800);
        p.setColor(new java.awt.Color(60, 60, 60));
        for (int y = 40; y < 760; y += 40) p.fillRect(100, y, 1000, 2);
        p.setColor(new java.awt.Color(110, 110, 110));
        p.fillRect(500, 40, 30, 720);
        p.dispose();
        assertEquals(1, PageCleaner.spreadPages(gray).size());
    }

    /** Two pages side by side on white paper, {@code gap} pixels apart, in 8-bit gray. */
    private static BufferedImage sideBySide(BufferedImage left, BufferedImage right, int gap) {
        int w = left.getWidth() + gap + right.getWidth(), h = Math.max(left.getHeight(), right.getHeight());
        BufferedImage spread = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = spread.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth() + gap, 0, null);
        g.dispose();
        return spread;
    }

    private static javax.imageio.metadata.IIOMetadata readMeta(javax.imageio.ImageReader reader, Path file) throws Exception {
        try (var in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            return reader.getImageMetadata(0);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void aFileThatOnlyStartsLikeAnImageIsAClearError() {
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 1};
        InputException e = assertThrows(InputException.class, () -> Gongkai.extract(new ByteArrayInputStream(broken), "broken.png", Options.defaults()));
        assertTrue(e.getMessage().contains("broken.png") && e.getMessage().contains("PNG"), e.getMessage());
    }
}
