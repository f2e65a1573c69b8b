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
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * PP-OCRv4's line recognizer: each crop scaled to 48 pixels high keeping its aspect (at most {@code maxWidth} wide:
 * longer lines are squeezed), normalised to −1…1, crops of similar width run together (sorted by aspect, at most
 * {@code batch} at once, each padded on the right by {@code padding}, to the widest of its batch and to at least
 * {@code minWidth}), and the output decoded by {@link CtcDecoder}.
 *
 * @param batch    crops run at once (on a CPU, one at a time is fastest: see {@link PaddleOcr#PaddleOcr()})
 * @param minWidth the narrowest input, in network pixels (PaddleOCR pads every line to 320)
 * @param maxWidth the widest a crop is scaled to, in network pixels
 * @param padding  blank (zeros, mid-gray once normalised) after each crop, network pixels: the network, trained on
 *                 padded lines, drops a line's second-last character now and then when the line ends at the input's edge
 */
record TextRecognizer(int batch, int minWidth, int maxWidth, int padding) {
    static final int HEIGHT = 48;

    TextRecognizer {
        if (batch < 1 || minWidth < 8 || maxWidth < minWidth || padding < 0) {
            throw new IllegalArgumentException("batch " + batch + ", widths " + minWidth + "–" + maxWidth + ", padding " + padding);
        }
    }

    /**
     * One character read, its horizontal extent in the crop's pixels (from the time steps it was read on), its
     * probability, 0–1, and the other characters the network gave a trace of there ({@link CtcDecoder.Piece#alternatives}).
     */
    record Glyph(String text, double x0, double x1, double probability, Map<String, Double> alternatives) {
    }

    /**
     * Reads each crop as one line.
     *
     * @param crops   8-bit gray or BGR images, one line each
     * @param decoder how time steps become characters (restricted to some characters or not)
     * @return per crop, the characters read in order (empty when none)
     */
    List<List<Glyph>> recognize(List<Mat> crops, CtcDecoder decoder) {
        return recognize(crops, List.of(decoder)).get(0);
    }

    /**
     * Reads each crop as one line, the network run once and its output decoded in each of several ways (all characters,
     * and figure characters only, say: a second decoding costs nothing beside the network's run).
     *
     * @param crops    8-bit gray or BGR images, one line each
     * @param decoders how time steps become characters, one reading each
     * @return per decoder (in order), per crop, the characters read in order (empty when none)
     */
    List<List<List<Glyph>>> recognize(List<Mat> crops, List<CtcDecoder> decoders) {
        List<List<List<Glyph>>> out = new ArrayList<>(decoders.size());
        for (int d = 0; d < decoders.size(); d++) out.add(new ArrayList<>(Collections.nCopies(crops.size(), List.of())));
        Integer[] order = IntStream.range(0, crops.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> aspect(crops.get(i))));
        for (int from = 0; from < order.length; from += batch) {
            int[] items = Arrays.stream(order, from, Math.min(order.length, from + batch)).mapToInt(Integer::intValue).toArray();
            List<Mat> some = Arrays.stream(items).mapToObj(crops::get).toList();
            List<List<List<Glyph>>> read = recognizeTogether(some, decoders);
            for (int d = 0; d < decoders.size(); d++) {
                for (int k = 0; k < items.length; k++) out.get(d).set(items[k], read.get(d).get(k));
            }
        }
        return out;
    }

    /** Reads crops in one run of the network, each scaled to height 48 and padded to the widest; per decoder, per crop. */
    private List<List<List<Glyph>>> recognizeTogether(List<Mat> crops, List<CtcDecoder> decoders) {
        int n = crops.size(), width = minWidth;
        int[] resized = new int[n];
        for (int k = 0; k < n; k++) {
            resized[k] = resizedWidth(crops.get(k));
            width = Math.max(width, resized[k] + padding);
        }
        FloatBuffer input = ByteBuffer.allocateDirect(n * 3 * HEIGHT * width * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (int k = 0; k < n; k++) {
            Mat scaled = new Mat();
            try {
                Imgproc.resize(crops.get(k), scaled, new Size(resized[k], HEIGHT), 0, 0, Imgproc.INTER_LINEAR);
                Normalization.CENTERED.write(scaled, input, k, HEIGHT, width);
            } finally {
                scaled.release();
            }
        }
        Output o = run(input, n, width);
        double stepWidth = (double) width / o.steps;
        List<String> characters = PaddleModels.characters();
        List<List<List<Glyph>>> out = new ArrayList<>(decoders.size());
        for (CtcDecoder decoder : decoders) {
            List<List<Glyph>> each = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                double toCrop = (double) crops.get(k).cols() / resized[k];
                List<CtcDecoder.Piece> pieces = decoder.decode(o.probabilities, k, o.steps, o.classes);
                double[][] extents = extents(pieces, stepWidth);
                List<Glyph> glyphs = new ArrayList<>(pieces.size());
                for (int i = 0; i < pieces.size(); i++) {
                    double x0 = Math.max(0, Math.min(resized[k], extents[i][0])) * toCrop;
                    double x1 = Math.max(0, Math.min(resized[k], extents[i][1])) * toCrop;
                    Map<String, Double> alternatives = pieces.get(i).alternatives().isEmpty() ? Map.of() : new HashMap<>();
                    pieces.get(i).alternatives().forEach((c, p) -> alternatives.put(characters.get(c), p));
                    glyphs.add(new Glyph(characters.get(pieces.get(i).index()), x0, x1, pieces.get(i).probability(), alternatives));
                }
                each.add(glyphs);
            }
            out.add(each);
        }
        return out;
    }

    /**
     * Where each character stands, in network pixels: the time steps it was read on mark its centre; it reaches
     * halfway to its neighbours' centres (the characters tile the line) and, at the line's ends, as far out as it
     * reaches in; a character alone is taken as wide as the text's height (two thirds of the line's).
     */
    static double[][] extents(List<CtcDecoder.Piece> pieces, double stepWidth) {
        int n = pieces.size();
        double[] centre = new double[n];
        for (int i = 0; i < n; i++) centre[i] = (pieces.get(i).first() + pieces.get(i).last() + 1) * stepWidth / 2;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double c = centre[i];
            double left = i > 0 ? (centre[i - 1] + c) / 2 : Double.NaN, right = i + 1 < n ? (c + centre[i + 1]) / 2 : Double.NaN;
            if (n == 1) {
                left = c - HEIGHT / 3.0;
                right = c + HEIGHT / 3.0;
            } else if (i == 0) {
                left = c - (right - c);
            } else if (i == n - 1) {
                right = c + (c - left);
            }
            out[i] = new double[]{left, right};
        }
        return out;
    }

    private static double aspect(Mat crop) {
        return (double) crop.cols() / Math.max(1, crop.rows());
    }

    /** The width a crop is scaled to at height 48, keeping its aspect, at most {@code maxWidth}. */
    int resizedWidth(Mat crop) {
        return (int) Math.max(1, Math.min(maxWidth, Math.ceil(HEIGHT * aspect(crop))));
    }

    private record Output(float[] probabilities, int steps, int classes) {
    }

    private static Output run(FloatBuffer input, int n, int width) {
        OrtSession session = PaddleModels.recognition();
        try (OnnxTensor x = OnnxTensor.createTensor(PaddleModels.environment(), input, new long[]{n, 3, HEIGHT, width});
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), x))) {
            OnnxTensor y = (OnnxTensor) result.get(0);
            long[] shape = y.getInfo().getShape();
            float[] probabilities = new float[(int) (shape[0] * shape[1] * shape[2])];
            y.getFloatBuffer().get(probabilities);
            return new Output(probabilities, (int) shape[1], (int) shape[2]);
        } catch (OrtException e) {
            throw new IllegalStateException("text recognition failed on " + n + " lines " + width + " pixels wide: " + e.getMessage(), e);
        }
    }
}
