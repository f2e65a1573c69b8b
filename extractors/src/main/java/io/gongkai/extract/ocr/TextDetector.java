package io.gongkai.extract.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PP-OCRv4's DB text detector: finds the text lines of an image, as quadrilaterals in the image's pixels.
 *
 * <p>The image is scaled so that its longer side is at most {@code maxSide} pixels (never enlarged), each side
 * rounded to a multiple of 32 as the network needs, normalised as PaddleOCR does, and the probability map read by
 * {@link DbPostProcess}.
 *
 * @param maxSide the longest side, in pixels, the network sees
 * @param post    how regions are read from the probability map
 */
record TextDetector(int maxSide, DbPostProcess post) {

    TextDetector {
        if (maxSide < 32) throw new IllegalArgumentException("maxSide must be at least 32 pixels, not " + maxSide);
    }

    /** A text line found: its corners in the image's pixels and the detector's mean probability inside it, 0–1. */
    record Detection(Quad quad, double score) {
    }

    /** The scale (image pixels to network pixels) an image of width × height is read at. */
    double scale(int width, int height) {
        return Math.min(1.0, (double) maxSide / Math.max(width, height));
    }

    /**
     * The text lines of an image, in no particular order.
     *
     * @param image 8-bit gray or BGR
     */
    List<Detection> detect(Mat image) {
        int w = image.cols(), h = image.rows();
        double ratio = scale(w, h);
        int rw = Math.max(32, (int) Math.round(w * ratio / 32) * 32), rh = Math.max(32, (int) Math.round(h * ratio / 32) * 32);
        FloatBuffer input = ByteBuffer.allocateDirect(3 * rw * rh * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        Mat resized = new Mat();
        try {
            Imgproc.resize(image, resized, new Size(rw, rh), 0, 0, Imgproc.INTER_LINEAR);
            Normalization.DETECTION.write(resized, input, 0, rh, rw);
        } finally {
            resized.release();
        }
        float[] map = run(input, rw, rh);
        List<Detection> out = new ArrayList<>();
        double sx = (double) w / rw, sy = (double) h / rh;
        for (DbPostProcess.Region r : post.regions(map, rw, rh)) {
            Quad q = r.quad().scaled(sx, sy, w, h);
            if (q.length() <= 3 || q.thickness() <= 3) continue;
            out.add(new Detection(q, r.score()));
        }
        return out;
    }

    private static float[] run(FloatBuffer input, int width, int height) {
        OrtSession session = PaddleModels.detection();
        try (OnnxTensor x = OnnxTensor.createTensor(PaddleModels.environment(), input, new long[]{1, 3, height, width});
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), x))) {
            FloatBuffer probabilities = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] map = new float[width * height];
            probabilities.get(map);
            return map;
        } catch (OrtException e) {
            throw new IllegalStateException("text detection failed on a " + width + "x" + height + " input: " + e.getMessage(), e);
        }
    }
}
