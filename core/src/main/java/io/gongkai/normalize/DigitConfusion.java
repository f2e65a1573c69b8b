package io.gongkai.normalize;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Digits OCR takes for one another, and the readings of a code one such confusion away. Pure and thread-safe.
 *
 * <p>The pairs are the closed-loop digits (0 6 8 9, 3 5 8) and the strokes (1 4 7) that OCR confuses on the scan
 * matrix: at 150 dpi the 项 {@code 01} of {@code 2040601 行政运行} reads {@code 91}; on a photocopy, whose thin
 * strokes break, both engines read a 4 that lost its crossbar as 1 ({@code 4,608,515} as {@code 1,608,515}) or 7. A
 * reading one confusion away from a known code or figure is a plausible misreading of it; nothing more.
 */
public final class DigitConfusion {
    private static final Map<Character, String> LOOK_ALIKES = Map.of(
            '0', "689",
            '1', "47",
            '3', "58",
            '4', "17",
            '5', "368",
            '6', "0589",
            '7', "14",
            '8', "03569",
            '9', "068");

    /**
     * For a digit as read, the digits it may have been printed as where the scan lost ink: a 4 whose crossbar broke
     * reads 1 (a 7 whose bar broke too), an 8 with a loop broken reads 3, 0, 6 or 9, a 6 whose loop opened reads 5. Never
     * the other way (a 4 read where 1 is printed needs strokes that are not on the paper): on a photocopy whose 4s read
     * as 1 throughout a column, the one 4 read right must not be "mended" to agree with the misread ones.
     */
    private static final Map<Character, String> INK_LOST = Map.of(
            '1', "47",
            '3', "8",
            '0', "8",
            '5', "6",
            '6', "8",
            '9', "8");

    private DigitConfusion() {
    }

    /** The digits a digit read as {@code read} may have been printed as, where strokes were lost (empty when none). */
    public static String printedFor(char read) {
        return INK_LOST.getOrDefault(read, "");
    }

    /** Every string that differs from {@code reading} in one digit read where {@link #printedFor strokes were lost}. */
    public static Set<String> oneLost(String reading) {
        return oneDigit(reading, INK_LOST);
    }

    /** The digits OCR may read for {@code d} (never {@code d} itself); empty for a digit with no look-alike. */
    public static String lookAlikes(char d) {
        return LOOK_ALIKES.getOrDefault(d, "");
    }

    /** Every string that differs from {@code code} in exactly one digit, replaced by a look-alike: 2040691 → 2040601, … */
    public static Set<String> oneAway(String code) {
        return oneDigit(code, LOOK_ALIKES);
    }

    /** Every string that differs from {@code s} in one digit, replaced by one the map gives for it. */
    private static Set<String> oneDigit(String s, Map<Character, String> alternatives) {
        Set<String> out = new LinkedHashSet<>();
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char was = c[i];
            for (char alt : alternatives.getOrDefault(was, "").toCharArray()) {
                c[i] = alt;
                out.add(new String(c));
            }
            c[i] = was;
        }
        return out;
    }
}
