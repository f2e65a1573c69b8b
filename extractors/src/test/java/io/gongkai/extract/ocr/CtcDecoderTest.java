package io.gongkai.extract.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Greedy CTC decoding, on network outputs written out by hand (classes: blank, 1, 4, 7, ','). */
class CtcDecoderTest {
    private static final List<String> CLASSES = List.of("", "1", "4", "7", ",");

    /** One line's output: per time step, the probabilities of blank, 1, 4, 7 and ','. */
    private static float[] steps(float[]... p) {
        float[] out = new float[p.length * CLASSES.size()];
        for (int t = 0; t < p.length; t++) System.arraycopy(p[t], 0, out, t * CLASSES.size(), CLASSES.size());
        return out;
    }

    @Test
    void aRestrictedReadingKeepsTheTraceTheNetworkGaveAnotherAllowedCharacter() {
        // "1" read over two steps, 4 given 0.003 on the second (a 4 whose diagonal a 1-bit scan lost), 7 given 0.00005
        // (under the least kept); then a blank, then "4" read clean
        float[] p = steps(
                new float[]{0.01f, 0.98f, 0.0005f, 0.00005f, 0.001f},
                new float[]{0.02f, 0.97f, 0.003f, 0.00002f, 0.001f},
                new float[]{0.99f, 0.005f, 0.0f, 0.0f, 0.005f},
                new float[]{0.01f, 0.0f, 0.99f, 0.0f, 0.0f});
        List<CtcDecoder.Piece> read = new CtcDecoder(CLASSES, "147,").decode(p, 0, 4, CLASSES.size());
        assertEquals(2, read.size(), read.toString());
        assertEquals(1, read.get(0).index());
        assertEquals(0.003, read.get(0).alternatives().get(2), 1e-6, "4's highest probability over the 1's steps");
        assertTrue(!read.get(0).alternatives().containsKey(3), "7 under the least kept: " + read.get(0));
        assertEquals(0.001, read.get(0).alternatives().get(4), 1e-6);
        assertTrue(read.get(1).alternatives().isEmpty(), read.get(1).toString());
    }

    @Test
    void anUnrestrictedReadingKeepsNoAlternatives() {
        float[] p = steps(new float[]{0.01f, 0.98f, 0.003f, 0.0f, 0.0f});
        List<CtcDecoder.Piece> read = new CtcDecoder(CLASSES, null).decode(p, 0, 1, CLASSES.size());
        assertEquals(1, read.size());
        assertTrue(read.get(0).alternatives().isEmpty(), read.toString());
    }
}
