package io.gongkai.extract.ocr;

import org.opencv.core.CvType;
import org.opencv.core.Mat;

import java.nio.FloatBuffer;

/**
 * How a model wants its pixels: {@code (value / 255 - mean[c]) / std[c]} for channel c, channels in BGR order, written
 * planar (channel, row, column) into a tensor of shape [n, 3, height, width].
 *
 * @param mean per channel (B, G, R), 0–1
 * @param std  per channel (B, G, R), 0–1
 */
record Normalization(double[] mean, double[] std) {
    /** DB detection (PaddleOCR's det config): ImageNet's mean and deviation, applied to B, G, R as PaddleOCR does. */
    static final Normalization DETECTION = new Normalization(new double[]{0.485, 0.456, 0.406}, new double[]{0.229, 0.224, 0.225});
    /** Recognition and angle classification: to −1…1. */
    static final Normalization CENTERED = new Normalization(new double[]{0.5, 0.5, 0.5}, new double[]{0.5, 0.5, 0.5});

    Normalization {
        mean = mean.clone();
        std = std.clone();
    }

    /**
     * Writes an 8-bit image (gray: its one channel fills all three; or BGR) into item {@code item} of a tensor
     * [n, 3, height, width], at the top left; the rest of the item's width is left as it is (zero: the padding
     * PaddleOCR gives short lines).
     *
     * @param image  {@code CV_8UC1} or {@code CV_8UC3}, at most {@code height} rows and {@code width} columns
     * @param tensor the whole tensor, direct or not; absolute writes only
     */
    void write(Mat image, FloatBuffer tensor, int item, int height, int width) {
        int h = image.rows(), w = image.cols(), channels = image.channels();
        if (image.depth() != CvType.CV_8U || (channels != 1 && channels != 3) || h > height || w > width) {
            throw new IllegalArgumentException("an 8-bit gray or BGR image of at most " + width + "x" + height + " was expected, not " + image);
        }
        byte[] pixels = new byte[h * w * channels];
        Mat continuous = image.isContinuous() ? image : image.clone();
        continuous.get(0, 0, pixels);
        if (continuous != image) continuous.release();
        int plane = height * width;
        float[] row = new float[w]; // written a row at a time: a direct buffer's put of one float is slow
        for (int c = 0; c < 3; c++) {
            float scale = (float) (1 / (255 * std[c])), shift = (float) (-mean[c] / std[c]);
            float[] lut = new float[256];
            for (int v = 0; v < 256; v++) lut[v] = v * scale + shift;
            int base = (item * 3 + c) * plane;
            int source = channels == 1 ? 0 : c;
            for (int y = 0; y < h; y++) {
                int out = base + y * width, in = y * w * channels + source;
                for (int x = 0; x < w; x++, in += channels) row[x] = lut[pixels[in] & 0xff];
                tensor.put(out, row, 0, w);
            }
        }
    }
}
