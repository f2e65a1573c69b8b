package io.gongkai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An input whose reading needs more memory than the JVM has (a new user's trial: a 1.2 MB PDF holding a 100,000² image
 * ended in an OutOfMemoryError and its stack trace once the heap was capped) is an input error: exit 3, one line; and
 * a page image that declares more pixels than the heap holds is read subsampled, row by row, when it can be.
 */
class OutOfMemoryTest {

    @Test
    void anImageTooBigForTheHeapIsOneLineAndExit3(@TempDir Path dir) throws IOException, InterruptedException {
        // 12,000 × 12,000 gray pixels: a small PNG read subsampled to 6,000² (36 MB), which with the JVM's own objects is
        // over a 40 MB heap on any collector (at 96 MB the peak, about 100 MB, passed on one machine and not on another)
        Path png = dir.resolve("huge.png");
        ImageIO.write(new BufferedImage(12_000, 12_000, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx40m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", png.toString(), "--out", dir.resolve("out").toString(), "--no-ocr"))
                .redirectErrorStream(false).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.contains("needs more memory than this Java has"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void aPageImageABombDeclaresIsReadSubsampledInASmallHeap(@TempDir Path dir) throws IOException, InterruptedException {
        // 60,000 × 60,000 one-bit pixels filling an A4 page: 450 MB decoded, 440 KB in the file; pdfbox decoded its whole
        // stream before subsampling it (a heap of 320 MB ran out: exit 3), it is now read at 300 dpi row by row
        Path pdf = dir.resolve("bomb.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.cos.COSStream s = doc.getDocument().createCOSStream();
            byte[] white = new byte[60_000 / 8];
            java.util.Arrays.fill(white, (byte) 0xFF);
            try (java.io.OutputStream raw = s.createRawOutputStream();
                 java.util.zip.DeflaterOutputStream out = new java.util.zip.DeflaterOutputStream(raw, new java.util.zip.Deflater(1), 1 << 16)) {
                for (int y = 0; y < 60_000; y++) out.write(white);
            }
            s.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
            s.setItem(org.apache.pdfbox.cos.COSName.SUBTYPE, org.apache.pdfbox.cos.COSName.IMAGE);
            s.setInt(org.apache.pdfbox.cos.COSName.WIDTH, 60_000);
            s.setInt(org.apache.pdfbox.cos.COSName.HEIGHT, 60_000);
            s.setInt(org.apache.pdfbox.cos.COSName.BITS_PER_COMPONENT, 1);
            s.setItem(org.apache.pdfbox.cos.COSName.COLORSPACE, org.apache.pdfbox.cos.COSName.DEVICEGRAY);
            var image = new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(s), null);
            var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            doc.save(pdf.toFile());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx320m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", pdf.toString(), "--out", dir.resolve("out").toString(), "--format", "json", "--ocr-engine", "paddle"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        assertFalse(out.contains("needs more memory"), out);
        assertTrue(out.contains("1 of 1 pages read by OCR"), out);
        assertEquals(1, p.exitValue(), "a blank page: no tables found; " + out);
    }
}
