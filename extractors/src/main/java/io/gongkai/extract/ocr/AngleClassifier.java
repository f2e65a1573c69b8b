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
import java.util.List;
import java.util.Map;

/**
 * PaddleOCR's text-line angle classifier (ch_ppocr_mobile_v2.0_cls): whether a line is upright or turned 180°.
 * Each line is scaled to 48 pixels high keeping its aspect, at most 192 wide (longer ones squeezed), padded to 192,
 * normalised to −1…1; lines are run {@code batch} at once.
 *
 * @param batch lines run at once
 */
record AngleClassifier(int batch) {
    static final int HEIGHT = 48, WIDTH = 192;

    AngleClassifier {
        if (batch < 1) throw new IllegalArgumentException("batch " + batch);
    }

    /**
     * The probability (0–1) that each line is turned 180°.
     *
     * @param lines 8-bit gray or BGR images, one line each
     */
    double[] upsideDown(List<Mat> lines) {
        double[] out = new double[lines.size()];
        for (int from = 0; from < lines.size(); from += batch) {
            int n = Math.min(batch, lines.size() - from);
            FloatBuffer input = ByteBuffer.allocateDirect(n * 3 * HEIGHT * WIDTH * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
            for (int k = 0; k < n; k++) {
                Mat line = lines.get(from + k);
                int w = (int) Math.max(1, Math.min(WIDTH, Math.ceil(HEIGHT * (double) line.cols() / Math.max(1, line.rows()))));
                Mat scaled = new Mat();
                try {
                    Imgproc.resize(line, scaled, new Size(w, HEIGHT), 0, 0, Imgproc.INTER_LINEAR);
                    Normalization.CENTERED.write(scaled, input, k, HEIGHT, WIDTH);
                } finally {
                    scaled.release();
                }
            }
            float[] p = run(input, n);
            for (int k = 0; k < n; k++) out[from + k] = p[2 * k + 1];
        }
        return out;
    }

    private static float[] run(FloatBuffer input, int n) {
        OrtSession session = PaddleModels.classifier();
        try (OnnxTensor x = OnnxTensor.createTensor(PaddleModels.environment(), input, new long[]{n, 3, HEIGHT, WIDTH});
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), x))) {
            float[] p = new float[2 * n];
            ((OnnxTensor) result.get(0)).getFloatBuffer().get(p);
            return p;
        } catch (OrtException e) {
            throw new IllegalStateException("angle classification failed on " + n + " lines: " + e.getMessage(), e);
        }
    }
}
