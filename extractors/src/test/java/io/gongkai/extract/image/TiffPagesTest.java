package io.gongkai.extract.image;

import io.gongkai.budget.Budget;
import io.gongkai.Gongkai;
import io.gongkai.error.InputException;
import io.gongkai.Options;
import io.gongkai.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A TIFF's pages: a chain of directories that loops back on itself (it hung in the decoder's page count, its memory
 * growing, and no budget stopped it) or holds too many pages is refused at once; a long scan is given its pages' OCR
 * time while it is converted (it was refused at page 1, its conversion alone over the document's base time). Every
 * TIFF is made here.
 */
class TiffPagesTest {

    /** One 8 × 8 gray page's directory (9 entries) at {@code at}, its strip at byte 8, and the next directory's offset. */
    private static void directory(ByteBuffer b, int at, int next) {
        b.position(at);
        b.putShort((short) 9);
        int[][] entries = {{256, 3, 1, 8}, {257, 3, 1, 8}, {258, 3, 1, 8}, {259, 3, 1, 1}, {262, 3, 1, 1}, {273, 4, 1, 8},
                {277, 3, 1, 1}, {278, 3, 1, 8}, {279, 4, 1, 64}};
        for (int[] e : entries) {
            b.putShort((short) e[0]).putShort((short) e[1]).putInt(e[2]);
            if (e[1] == 4) b.putInt(e[3]);
            else b.putShort((short) e[3]).putShort((short) 0);
        }
        b.putInt(next);
    }

    /**
     * A little-endian TIFF of {@code pages} 8 × 8 gray pages sharing one strip, whose last directory points to
     * directory {@code loopTo} (0-based), or ends the chain when {@code loopTo} is negative.
     */
    static byte[] tiff(int pages, int loopTo) {
        int ifd = 2 + 9 * 12 + 4;
        ByteBuffer b = ByteBuffer.allocate(72 + pages * ifd).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[]{'I', 'I', 42, 0}).putInt(72);
        for (int i = 0; i < 64; i++) b.put((byte) 0x80);
        for (int i = 0; i < pages; i++) {
            int next = i + 1 < pages ? 72 + (i + 1) * ifd : loopTo >= 0 ? 72 + loopTo * ifd : 0;
            directory(b, 72 + i * ifd, next);
        }
        return b.array();
    }

    @Test
    void aTiffWhosePageChainLoopsIsRefusedAtOnce() {
        byte[] loop = tiff(1, 0); // 186 bytes: the one directory's next is itself, as the trial's file
        assertEquals(186, loop.length);
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(InputException.class,
                () -> Gongkai.extract(new ByteArrayInputStream(loop), "ifdloop.tif", Options.defaults())));
        assertTrue(e.getMessage().startsWith("ifdloop.tif: the TIFF's page chain loops"), e.getMessage());
        InputException three = assertThrows(InputException.class, () -> ImageDocument.tiffPages(tiff(3, 1), "x.tif"));
        assertTrue(three.getMessage().contains("page 4's directory") && three.getMessage().contains("page 2's again"), three.getMessage());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(InputException.class, () -> ImageDocument.toPdf(tiff(5, 4), "x.tif")));
    }

    @Test
    void pagesAreCountedByTheirChainAndTooManyAreRefused() {
        assertEquals(1, ImageDocument.tiffPages(tiff(1, -1), "x.tif"));
        assertEquals(3, ImageDocument.tiffPages(tiff(3, -1), "x.tif"));
        assertEquals(ImageDocument.MAX_PAGES, ImageDocument.tiffPages(tiff(ImageDocument.MAX_PAGES, -1), "x.tif"));
        InputException e = assertThrows(InputException.class, () -> ImageDocument.tiffPages(tiff(ImageDocument.MAX_PAGES + 1, -1), "x.tif"));
        assertTrue(e.getMessage().contains("more than 2,000 pages"), e.getMessage());
        // cut short after its second page's directory: the two pages before are read
        byte[] cut = tiff(3, -1);
        assertEquals(2, ImageDocument.tiffPages(java.util.Arrays.copyOf(cut, cut.length - 20), "x.tif"));
        assertEquals(3, ImageDocument.toPdf(tiff(3, -1), "x.tif").pages());
    }

    /** A TIFF (LZW) of {@code n} A4 pages at 300 dpi, each a ruled box and nothing else. */
    private static byte[] scan(int n) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("LZW");
            writer.prepareWriteSequence(null);
            for (int i = 0; i < n; i++) {
                BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = page.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 2480, 3508);
                g.setColor(Color.BLACK);
                g.drawRect(300 + i, 400, 1800, 2400);
                g.dispose();
                writer.writeToSequence(new IIOImage(page, null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    @Test
    void aLongScanIsGivenItsPagesTimeWhileItIsConverted(@TempDir Path dir) throws Exception {
        byte[] tiff = scan(12);
        // each page converted adds a page's OCR time, once: a page read by OCR later adds nothing more
        Budget.Deadline deadline = Budget.defaults().start();
        ImageDocument.Result r = ImageDocument.toPdf(tiff, "scan12.tif", deadline);
        assertEquals(12, r.pages());
        assertEquals(Duration.ofSeconds(30 + 12 * 20), deadline.allowed());
        // a base time that the conversion of twelve pages alone passes (it was refused "over its time budget … (page 1")
        Path file = Files.write(dir.resolve("scan12.tif"), tiff);
        Options options = Options.builder().ocrThreads(1).pages("1").budget(Budget.defaults().withTime(Duration.ofMillis(500))).build();
        Document doc = Gongkai.extract(file, options);
        assertTrue(doc.diagnostics().stream().anyMatch(d -> d.message().contains("read by OCR")), doc.diagnostics().toString());
    }
}
