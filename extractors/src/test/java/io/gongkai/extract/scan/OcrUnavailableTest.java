package io.gongkai.extract.scan;

import io.gongkai.error.EngineUnavailableException;
import io.gongkai.Gongkai;
import io.gongkai.Options;
import io.gongkai.model.Document;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tesseract's Chinese model missing (here: the models folder pointed at an empty one): a scan read with Tesseract gets
 * an error that names the packages to install; read with both engines (the default), PP-OCRv4 reads it alone and the
 * document says its figures were not corroborated; a PDF with a text layer is read as ever, without Tesseract.
 */
class OcrUnavailableTest {

    @Test
    void aScanNamesThePackagesToInstallAndTextPdfsStillWork(@TempDir Path dir) throws Exception {
        Path scan = dir.resolve("scan.pdf"), text = dir.resolve("text.pdf");
        try (PDDocument doc = new PDDocument()) {
            BufferedImage img = new BufferedImage(850, 1100, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 850, 1100);
            g.setColor(Color.BLACK);
            // a ruled table: four rows of figures (a column of figures, which both engines read)
            g.setStroke(new java.awt.BasicStroke(2));
            for (int i = 0; i <= 4; i++) g.drawLine(100, 100 + 60 * i, 700, 100 + 60 * i);
            for (int x : new int[]{100, 400, 700}) g.drawLine(x, 100, x, 340);
            g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 28));
            for (int i = 0; i < 4; i++) g.drawString("12,345.0" + i, 450, 145 + 60 * i);
            g.dispose();
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, 612, 792);
            }
            doc.save(scan.toFile());
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Not a table, just text.");
                cs.endText();
            }
            doc.save(text.toFile());
        }
        String before = System.getProperty("gongkai.tessdata");
        System.setProperty("gongkai.tessdata", dir.toString());
        try {
            // a thread of its own: engines are per thread, and this one has none loaded yet
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Document> plain = new AtomicReference<>(), alone = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    Gongkai.extract(scan, Options.builder().ocr(Options.Ocr.TESSERACT).ocrThreads(1).build());
                } catch (Throwable e) {
                    thrown.set(e);
                }
                alone.set(Gongkai.extract(scan, Options.builder().ocrThreads(1).build()));
                plain.set(Gongkai.extract(text, Options.builder().ocrThreads(1).build()));
            });
            t.start();
            t.join();
            EngineUnavailableException e = assertInstanceOf(EngineUnavailableException.class, thrown.get());
            assertTrue(e.getMessage().contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim"), e.getMessage());
            assertTrue(alone.get().diagnostics().stream().anyMatch(d -> d.message().contains("not corroborated") && d.message().contains("apt-get install")),
                    alone.get().diagnostics().toString());
            String read = alone.get().tables().stream().flatMap(x -> x.rows().stream()).flatMap(r -> r.cells().stream()).map(io.gongkai.model.Cell::raw).reduce("", String::concat);
            assertTrue(read.contains("12,345.01"), "read by PP-OCRv4 alone: " + read);
            assertEquals(0, plain.get().tables().size(), "the text PDF is read (it holds no table), Tesseract not needed");
            assertTrue(plain.get().diagnostics().stream().noneMatch(d -> d.message().contains("OCR")), plain.get().diagnostics().toString());
        } finally {
            if (before == null) System.clearProperty("gongkai.tessdata");
            else System.setProperty("gongkai.tessdata", before);
        }
    }
}
