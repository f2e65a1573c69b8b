package io.gongkai.extract.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy CTC decoding of the recognizer's output: at each time step the likeliest class (class 0 is the blank),
 * repeats of a class on consecutive steps merged into one character, blanks dropped.
 *
 * <p>Restricted to some characters, the likeliest among the blank and those characters is taken at each step, so a
 * step the network gives to another character goes to whichever allowed one (or the blank) it scores next. A
 * character's probability is the network's own (not renormalised over the allowed ones): a figure read where the
 * network saw a letter comes out unsure.
 *
 * <p>Restricted, each character read also keeps the other allowed characters the network gave at least
 * {@link #LEAST_ALTERNATIVE} on the steps it was read on: where a 1-bit scan lost a 4's thin diagonal, the network
 * reads 1 but still gives 4 a trace (see {@code FigureReader.STROKE_LOST_4}).
 */
final class CtcDecoder {
    /** The least probability an allowed character other than the one read is kept at, as an alternative. */
    static final double LEAST_ALTERNATIVE = 1e-4;
    private final int[] candidates; // class indices that may be read, blank first; null: all

    /**
     * @param characters the classes' characters by index (index 0 the blank)
     * @param allowed    the only characters that may be read, or null for any; characters the model lacks are ignored
     */
    CtcDecoder(List<String> characters, String allowed) {
        if (allowed == null) {
            candidates = null;
            return;
        }
        List<Integer> keep = new ArrayList<>();
        keep.add(0);
        for (int i = 1; i < characters.size(); i++) {
            String c = characters.get(i);
            if (allowed.contains(c)) keep.add(i);
        }
        candidates = keep.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * One character read: its class, the first and last time steps it was the likeliest on (consecutive), its
     * probability (the highest over those steps), 0–1, and the other allowed classes the network gave at least
     * {@link #LEAST_ALTERNATIVE} on those steps, with the highest probability each had there (empty when not
     * restricted).
     */
    record Piece(int index, int first, int last, double probability, Map<Integer, Double> alternatives) {
        Piece {
            alternatives = Map.copyOf(alternatives);
        }
    }

    /**
     * Decodes one line.
     *
     * @param probabilities the output, [n, steps, classes] flattened
     * @param item          which of the n lines
     * @param steps         time steps per line
     * @param classes       classes per step
     * @return the characters read, in order
     */
    List<Piece> decode(float[] probabilities, int item, int steps, int classes) {
        List<Piece> out = new ArrayList<>();
        int previous = 0;
        for (int t = 0; t < steps; t++) {
            int base = (item * steps + t) * classes;
            int best = 0;
            float p = probabilities[base];
            if (candidates == null) {
                for (int c = 1; c < classes; c++) {
                    if (probabilities[base + c] > p) {
                        p = probabilities[base + c];
                        best = c;
                    }
                }
            } else {
                for (int c : candidates) {
                    if (probabilities[base + c] > p) {
                        p = probabilities[base + c];
                        best = c;
                    }
                }
            }
            if (best != 0) {
                if (best == previous) {
                    Piece last = out.get(out.size() - 1);
                    out.set(out.size() - 1, new Piece(best, last.first(), t, Math.max(last.probability(), p),
                            alternatives(probabilities, base, best, last.alternatives())));
                } else {
                    out.add(new Piece(best, t, t, p, alternatives(probabilities, base, best, Map.of())));
                }
            }
            previous = best;
        }
        return out;
    }

    /** {@code so far} with the allowed classes but {@code read} and the blank that reach {@link #LEAST_ALTERNATIVE} at this step. */
    private Map<Integer, Double> alternatives(float[] probabilities, int base, int read, Map<Integer, Double> soFar) {
        if (candidates == null) return soFar;
        Map<Integer, Double> out = null;
        for (int c : candidates) {
            if (c == 0 || c == read || probabilities[base + c] < LEAST_ALTERNATIVE) continue;
            if (out == null) out = new HashMap<>(soFar);
            out.merge(c, (double) probabilities[base + c], Math::max);
        }
        return out == null ? soFar : out;
    }
}
