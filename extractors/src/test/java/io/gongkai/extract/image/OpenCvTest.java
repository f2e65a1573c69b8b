package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenCvTest {

    /** An image of random colours, some pixels gray. */
    private static void paint(BufferedImage image, long seed) {
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, random.nextInt(4) == 0 ? 0x7f7f7f : random.nextInt(0x1000000));
        }
    }

    /**
     * A colour image as PDFBox decodes a JPEG into: a ComponentColorModel over an interleaved raster with bands R, G, B
     * at offsets 0, 1, 2 (no TYPE_ constant of BufferedImage).
     */
    private static BufferedImage interleavedRgb(int w, int h) {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, w * 3, 3, new int[]{0, 1, 2}, null);
        return new BufferedImage(cm, raster, false, null);
    }

    /** Every pixel of the matrix is the image's colour as {@link BufferedImage#getRGB} reads it, in B, G, R order. */
    private static void assertSamePixels(BufferedImage image) {
        Mat m = OpenCv.mat(image);
        try {
            assertEquals(CvType.CV_8UC3, m.type());
            byte[] bgr = new byte[3];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    m.get(y, x, bgr);
                    int rgb = image.getRGB(x, y);
                    assertEquals(rgb & 255, bgr[0] & 255, "blue at " + x + "," + y);
                    assertEquals(rgb >> 8 & 255, bgr[1] & 255, "green at " + x + "," + y);
                    assertEquals(rgb >> 16 & 255, bgr[2] & 255, "red at " + x + "," + y);
                }
            }
        } finally {
            m.release();
        }
    }

    @Test
    void theLibraryLoadsFromTheCacheItIsCopiedTo() throws Exception {
        // the platform's library is where org.openpnp's jar keeps it, and is loaded from the cache it is copied out to
        String resource = OpenCv.bundled().orElseThrow();
        assertTrue(OpenCv.class.getResource(resource) != null, resource);
        OpenCv.load();
        java.nio.file.Path dir = io.gongkai.extract.natives.NativeCache.directory("opencv", java.util.List.of(resource)).orElseThrow();
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        java.util.List<String> maps = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/maps"));
        assertTrue(maps.stream().anyMatch(l -> l.endsWith(dir.resolve(file).toString())), "mapped from " + dir);
    }

    @Test
    void aThreeByteBgrImageComesOutPixelForPixel() {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_3BYTE_BGR);
        paint(image, 1);
        assertSamePixels(image);
    }

    @Test
    void anInterleavedRgbRasterAsPdfBoxDecodesAJpegComesOutPixelForPixel() {
        BufferedImage image = interleavedRgb(41, 19);
        paint(image, 2);
        assertSamePixels(image);
        // and a sub-image of it: a raster that shares its parent's bytes at an offset
        assertSamePixels(image.getSubimage(5, 3, 20, 11));
    }

    @Test
    void aPackedAndAnAlphaImageComeOutPixelForPixelToo() {
        BufferedImage packed = new BufferedImage(17, 13, BufferedImage.TYPE_INT_RGB);
        paint(packed, 3);
        assertSamePixels(packed);
        BufferedImage alpha = new BufferedImage(17, 13, BufferedImage.TYPE_4BYTE_ABGR);
        paint(alpha, 4);
        assertSamePixels(alpha);
    }

    @Test
    void aColourPageIsToldFromAGrayOneWhateverItsRaster() {
        BufferedImage page = interleavedRgb(200, 100);
        for (int y = 0; y < 100; y++) for (int x = 0; x < 200; x++) page.setRGB(x, y, 0xf0f0f0);
        assertTrue(OpenCv.isGray(page));
        // a red seal over a corner (5% of the page)
        for (int y = 0; y < 20; y++) for (int x = 0; x < 50; x++) page.setRGB(x, y, 0xd02020);
        assertFalse(OpenCv.isGray(page));
        BufferedImage bgr = new BufferedImage(200, 100, BufferedImage.TYPE_3BYTE_BGR);
        bgr.getGraphics().drawImage(page, 0, 0, null);
        assertFalse(OpenCv.isGray(bgr));
    }
}
