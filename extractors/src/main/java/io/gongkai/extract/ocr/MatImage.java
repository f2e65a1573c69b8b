package io.gongkai.extract.ocr;

import org.opencv.core.CvType;
import org.opencv.core.Mat;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;

/**
 * A {@link BufferedImage} as an OpenCV matrix: 8-bit gray ({@code CV_8UC1}) when the image is gray, else 8-bit BGR
 * ({@code CV_8UC3}, the channel order PaddleOCR reads images in). The caller releases the matrix.
 */
final class MatImage {
    private MatImage() {
    }

    /**
     * The image's pixels, copied: gray images (8- or 16-bit gray, or indexed with a gray palette, as 1-bit scans are)
     * as one channel, others as BGR.
     */
    static Mat of(BufferedImage image) {
        OpenCv.load();
        int w = image.getWidth(), h = image.getHeight();
        byte[] gray = gray(image);
        if (gray != null) {
            Mat mat = new Mat(h, w, CvType.CV_8UC1);
            mat.put(0, 0, gray);
            return mat;
        }
        byte[] bgr = new byte[w * h * 3];
        int[] row = new int[w];
        for (int y = 0, i = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                bgr[i++] = (byte) p;
                bgr[i++] = (byte) (p >> 8);
                bgr[i++] = (byte) (p >> 16);
            }
        }
        Mat mat = new Mat(h, w, CvType.CV_8UC3);
        mat.put(0, 0, bgr);
        return mat;
    }

    /** The pixels of a gray image, row by row, or null when the image is in colour. */
    private static byte[] gray(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        if (image.getColorModel() instanceof IndexColorModel palette) {
            int n = palette.getMapSize();
            byte[] level = new byte[n];
            for (int i = 0; i < n; i++) {
                int rgb = palette.getRGB(i);
                int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
                if (r != g || g != b || (rgb >>> 24) != 0xff) return null;
                level[i] = (byte) r;
            }
            int[] index = image.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
            byte[] out = new byte[w * h];
            for (int i = 0; i < out.length; i++) out[i] = level[index[i]];
            return out;
        }
        if (image.getColorModel().getColorSpace().getType() != ColorSpace.TYPE_GRAY || image.getColorModel().getNumComponents() != 1) {
            return null;
        }
        BufferedImage bytes = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) { // 16-bit gray: both are linear gray, drawn one onto the other unchanged
            bytes = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = bytes.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        // getDataElements copes with sub-images (a raster sharing its parent's array at an offset)
        return (byte[]) bytes.getRaster().getDataElements(0, 0, w, h, new byte[w * h]);
    }
}
