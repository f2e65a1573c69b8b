package io.gongkai.extract.image;

import io.gongkai.EngineUnavailableException;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The bridge to OpenCV (org.openpnp's build, natives inside the jar): loads the native library once per JVM, and
 * moves pixels between Java images and OpenCV matrices. A {@code Mat} holds native memory; callers release it.
 */
public final class OpenCv {
    private static volatile boolean loaded;

    private OpenCv() {
    }

    /**
     * Loads OpenCV's native library (once; later calls return at once).
     *
     * @throws EngineUnavailableException when no native build fits this platform
     */
    public static void load() {
        if (loaded) return;
        synchronized (OpenCv.class) {
            if (loaded) return;
            try {
                nu.pattern.OpenCV.loadLocally();
            } catch (Throwable e) {
                throw new EngineUnavailableException("scanned pages need OpenCV's native library, which cannot be loaded on this platform ("
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): " + e.getMessage());
            }
            loaded = true;
        }
    }

    /** An 8-bit, 1-channel copy of an image (colour converted by luminance). */
    public static Mat gray(BufferedImage image) {
        load();
        BufferedImage g = image;
        if (g.getType() != BufferedImage.TYPE_BYTE_GRAY || !ownsPixels(g)) {
            g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var gr = g.createGraphics();
            gr.drawImage(image, 0, 0, null);
            gr.dispose();
        }
        Mat m = new Mat(g.getHeight(), g.getWidth(), CvType.CV_8UC1);
        m.put(0, 0, ((DataBufferByte) g.getRaster().getDataBuffer()).getData());
        return m;
    }

    /** An 8-bit, 3-channel (BGR) copy of an image. */
    public static Mat bgr(BufferedImage image) {
        load();
        BufferedImage c = image;
        if (c.getType() != BufferedImage.TYPE_3BYTE_BGR || !ownsPixels(c)) {
            c = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            var gr = c.createGraphics();
            gr.drawImage(image, 0, 0, null);
            gr.dispose();
        }
        Mat m = new Mat(c.getHeight(), c.getWidth(), CvType.CV_8UC3);
        m.put(0, 0, ((DataBufferByte) c.getRaster().getDataBuffer()).getData());
        return m;
    }

    /** A gray Java image of an 8-bit, 1-channel matrix (copied). */
    public static BufferedImage image(Mat gray) {
        if (gray.type() != CvType.CV_8UC1) throw new IllegalArgumentException("not an 8-bit gray matrix: " + gray);
        BufferedImage out = new BufferedImage(gray.cols(), gray.rows(), BufferedImage.TYPE_BYTE_GRAY);
        Mat m = gray.isContinuous() ? gray : gray.clone();
        m.get(0, 0, ((DataBufferByte) out.getRaster().getDataBuffer()).getData());
        if (m != gray) m.release();
        return out;
    }

    /** A colour Java image of an 8-bit, 3-channel (BGR) matrix (copied). */
    public static BufferedImage colourImage(Mat bgr) {
        if (bgr.type() != CvType.CV_8UC3) throw new IllegalArgumentException("not an 8-bit BGR matrix: " + bgr);
        BufferedImage out = new BufferedImage(bgr.cols(), bgr.rows(), BufferedImage.TYPE_3BYTE_BGR);
        Mat m = bgr.isContinuous() ? bgr : bgr.clone();
        m.get(0, 0, ((DataBufferByte) out.getRaster().getDataBuffer()).getData());
        if (m != bgr) m.release();
        return out;
    }

    /** Whether an image colour-free enough to be read as gray: every pixel's channels within a few levels of each other. */
    public static boolean isGray(BufferedImage image) {
        if (image.getColorModel().getNumColorComponents() == 1) return true;
        int w = image.getWidth(), h = image.getHeight();
        int step = Math.max(1, (int) Math.sqrt((double) w * h / 250_000));
        long coloured = 0, seen = 0;
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                seen++;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) coloured++;
            }
        }
        return coloured * 1000 < seen; // under 0.1% of the page in a colour: a gray scan with JPEG tint
    }

    private static boolean ownsPixels(BufferedImage img) {
        return img.getRaster().getDataBuffer() instanceof DataBufferByte d
                && d.getData().length == img.getWidth() * img.getHeight() * img.getRaster().getNumBands()
                && img.getRaster().getSampleModelTranslateX() == 0 && img.getRaster().getSampleModelTranslateY() == 0;
    }
}
