package io.gongkai.normalize;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Digits OCR takes for one another, and the readings of a code one such confusion away. Pure and thread-safe.
 *
 * <p>The pairs are the closed-loop digits (0 6 8 9, 3 5 8) and the strokes (1 7) that Tesseract confuses on the
 * project's scans at low resolution: at 150 dpi the 项 {@code 01} of {@code 2040601 行政运行} reads {@code 91}. A
 * reading one confusion away from a known code is a plausible misreading of it; nothing more.
 */
public final class DigitConfusion {
    private static final Map<Character, String> LOOK_ALIKES = Map.of(
            '0', "689",
            '1', "7",
            '3', "58",
            '5', "368",
            '6', "0589",
            '7', "1",
            '8', "03569",
            '9', "068");

    private DigitConfusion() {
    }

    /** The digits OCR may read for {@code d} (never {@code d} itself); empty for a digit with no look-alike. */
    public static String lookAlikes(char d) {
        return LOOK_ALIKES.getOrDefault(d, "");
    }

    /** Every string that differs from {@code code} in exactly one digit, replaced by a look-alike: 2040691 → 2040601, … */
    public static Set<String> oneAway(String code) {
        Set<String> out = new LinkedHashSet<>();
        char[] c = code.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char was = c[i];
            for (char alt : lookAlikes(was).toCharArray()) {
                c[i] = alt;
                out.add(new String(c));
            }
            c[i] = was;
        }
        return out;
    }
}
