package io.gongkai.extract.image;

import io.gongkai.error.EngineUnavailableException;
import io.gongkai.extract.natives.NativeCache;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.IndexColorModel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The bridge to OpenCV (org.openpnp's build, natives inside the jar): loads the native library once per JVM, and
 * moves pixels between Java images and OpenCV matrices. A {@code Mat} holds native memory; callers release it.
 */
public final class OpenCv {
    /**
     * Threads each OpenCV operation may split its work over ({@code -Dgongkai.opencv.threads=N}; default 1, set for the
     * whole JVM's OpenCV when it is loaded). Pages are read in parallel on as many threads as there are cores, so an
     * operation split again only adds OpenCV's pool, whose threads spin a while before they sleep: on six 2-page scans of
     * real budgets (200 dpi, gray, JPEG), the reading's process CPU fell by 7 % at 1 (29.6 → 27.4 s, three runs each),
     * and 13 such scans gave the same JSON byte for byte.
     */
    public static final String THREADS_PROPERTY = "gongkai.opencv.threads";
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
                Optional<Path> cached = bundled().flatMap(r -> NativeCache.directory("opencv", List.of(r))
                        .map(d -> d.resolve(r.substring(r.lastIndexOf('/') + 1))));
                if (cached.isPresent()) System.load(cached.get().toString());
                else nu.pattern.OpenCV.loadLocally();
            } catch (Throwable e) {
                throw new EngineUnavailableException("scanned pages need OpenCV's native library, which cannot be loaded on this platform ("
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): " + e.getMessage());
            }
            org.opencv.core.Core.setNumThreads(threads(THREADS_PROPERTY));
            loaded = true;
        }
    }

    /**
     * The class-path resource of the OpenCV library org.openpnp's jar bundles for this platform (its loader's names:
     * {@code /nu/pattern/opencv/linux/x86_64/libopencv_java490.so}), loaded from {@link NativeCache};
     * empty on a platform named otherwise (its own loader is used).
     */
    static Optional<String> bundled() {
        String file = System.mapLibraryName(org.opencv.core.Core.NATIVE_LIBRARY_NAME);
        return NativeCache.Platform.current().map(p -> "/nu/pattern/opencv/" + (p.os().equals("mac") ? "osx" : p.os()) + "/"
                + (p.arch().equals("aarch64") ? "ARMv8" : p.arch()) + "/" + file);
    }

    /**
     * The threads a system property asks for ({@code property}; 1 when unset): OpenCV's here, the OCR models'
     * ({@code gongkai.paddle.threads}) likewise.
     *
     * @throws IllegalArgumentException when the property is not a positive whole number
     */
    public static int threads(String property) {
        String value = System.getProperty(property, "1");
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(property + " must be a positive number of threads, not '" + value + "'");
    }

    /**
     * The image's pixels, copied: gray images (8- or 16-bit gray, or indexed with a gray palette, as 1-bit scans are)
     * as one channel ({@code CV_8UC1}), others as BGR ({@code CV_8UC3}, the channel order PaddleOCR reads images in).
     * The caller releases the matrix.
     */
    public static Mat mat(BufferedImage image) {
        load();
        int w = image.getWidth(), h = image.getHeight();
        byte[] gray = grayPixels(image);
        if (gray != null) {
            Mat mat = new Mat(h, w, CvType.CV_8UC1);
            mat.put(0, 0, gray);
            return mat;
        }
        byte[] bgr = new byte[w * h * 3];
        if (image.getType() == BufferedImage.TYPE_INT_RGB && image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt ints
                && ints.getData().length == w * h) {
            // the common decoded form: packed 0xRRGGBB, read straight from its array (getRGB converts pixel by pixel)
            int[] px = ints.getData();
            for (int j = 0, i = 0; j < px.length; j++) {
                int p = px[j];
                bgr[i++] = (byte) p;
                bgr[i++] = (byte) (p >> 8);
                bgr[i++] = (byte) (p >> 16);
            }
            Mat mat = new Mat(h, w, CvType.CV_8UC3);
            mat.put(0, 0, bgr);
            return mat;
        }
        byte[] rgb = rgbBytes(image);
        if (rgb != null) {
            for (int i = 0; i < rgb.length; i += 3) {
                bgr[i] = rgb[i + 2];
                bgr[i + 1] = rgb[i + 1];
                bgr[i + 2] = rgb[i];
            }
            Mat mat = new Mat(h, w, CvType.CV_8UC3);
            mat.put(0, 0, bgr);
            return mat;
        }
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

    /**
     * The pixels of an 8-bit sRGB image of three bytes a pixel (no alpha), row by row, each pixel R, G, B; null for any
     * other kind. A colour JPEG decoded by PDFBox or ImageIO is one ({@code TYPE_3BYTE_BGR}, or a custom interleaved
     * raster): read in bulk, where {@link BufferedImage#getRGB} converts pixel by pixel through the colour model (a
     * fifth of the Java time of reading a colour scan, measured with JFR).
     */
    private static byte[] rgbBytes(BufferedImage image) {
        return rgbRows(image, 0, image.getHeight(), null);
    }

    /**
     * Rows {@code y} to {@code y + rows - 1} of an image {@link #rgbBytes} reads, R, G, B a pixel, into {@code into}
     * when it is large enough; null for an image of another kind.
     */
    private static byte[] rgbRows(BufferedImage image, int y, int rows, byte[] into) {
        java.awt.image.ColorModel cm = image.getColorModel();
        if (!(cm instanceof java.awt.image.ComponentColorModel) || !cm.getColorSpace().isCS_sRGB() || cm.hasAlpha()
                || cm.getNumComponents() != 3 || cm.getTransferType() != java.awt.image.DataBuffer.TYPE_BYTE) {
            return null;
        }
        for (int bits : cm.getComponentSize()) if (bits != 8) return null;
        // getDataElements gives each pixel's samples in band order (the colour model's R, G, B) whatever the bytes'
        // order in the buffer, and copes with sub-images
        int n = 3 * image.getWidth() * rows;
        Object px = image.getRaster().getDataElements(0, y, image.getWidth(), rows, into != null && into.length >= n ? into : null);
        return px instanceof byte[] b && b.length >= n ? b : null;
    }

    /** The pixels of a gray image, row by row, or null when the image is in colour. */
    private static byte[] grayPixels(BufferedImage image) {
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

    /** An 8-bit, 1-channel copy of an image (colour converted by luminance). The caller releases it. */
    public static Mat gray(BufferedImage image) {
        return withChannels(mat(image), 1, org.opencv.imgproc.Imgproc.COLOR_BGR2GRAY);
    }

    /** An 8-bit, 3-channel (BGR) copy of an image. The caller releases it. */
    public static Mat bgr(BufferedImage image) {
        return withChannels(mat(image), 3, org.opencv.imgproc.Imgproc.COLOR_GRAY2BGR);
    }

    /** {@code m} itself when it has {@code channels}, else its conversion by {@code code} ({@code m} released). */
    private static Mat withChannels(Mat m, int channels, int code) {
        if (m.channels() == channels) return m;
        Mat out = new Mat();
        org.opencv.imgproc.Imgproc.cvtColor(m, out, code);
        m.release();
        return out;
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

    /** A colour's strength (its channels' spread, of 255) that no JPEG tint of a gray scan reaches: a pen's or a seal's ink. */
    static final int STRONG_CHROMA = 100;

    /** Whether an image colour-free enough to be read as gray: every pixel's channels within a few levels of each other. */
    public static boolean isGray(BufferedImage image) {
        if (image.getColorModel().getNumColorComponents() == 1) return true;
        int w = image.getWidth(), h = image.getHeight();
        int step = Math.max(1, (int) Math.sqrt((double) w * h / 250_000));
        long coloured = 0, strong = 0, seen = 0;
        byte[] row = null;
        for (int y = 0; y < h; y += step) {
            row = rgbRows(image, y, 1, row); // only the sampled rows are read (not a copy of the whole page)
            for (int x = 0; x < w; x += step) {
                int rgb = row != null ? (row[3 * x] & 255) << 16 | (row[3 * x + 1] & 255) << 8 | row[3 * x + 2] & 255 : image.getRGB(x, y);
                int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                seen++;
                int chroma = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                if (chroma > 40) coloured++;
                if (chroma > STRONG_CHROMA) strong++;
            }
        }
        // under 0.1% of the page in a colour: a gray scan with JPEG tint; but a pen's stroke in a strong colour over
        // 0.02% of it is ink to take out (a red ring drawn round one figure, 0.07% of the page, was read as gray ink
        // round it, and the figure was lost: a blank, not flagged)
        return coloured * 1000 < seen && strong * 5000 < seen;
    }

}
