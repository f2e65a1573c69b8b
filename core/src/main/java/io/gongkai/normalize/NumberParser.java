package io.gongkai.normalize;

import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads amounts, counts and percents as printed in fiscal tables, repairing what OCR tools do to them and recording
 * every repair. Pure and thread-safe.
 *
 * <ul>
 *   <li>{@code 103, 266, 640. 20} → 103266640.20 (spaced separators)</li>
 *   <li>{@code 1, 300, 000, 00} → 1300000.00 (decimal comma)</li>
 *   <li>{@code 1. 030. 000. 00} → 1030000.00 (dots as thousands separators)</li>
 *   <li>{@code 22,186,440。80}, {@code 1666600·00} → 22186440.80, 1666600.00 (a point OCR wrote as 。 or ·)</li>
 *   <li>{@code 16 231 840.80} → 16231840.80 (spaces as thousands separators, in money only, where no split into two figures fits)</li>
 *   <li>{@code —}, {@code _}, {@code -} → a dash placeholder</li>
 *   <li>{@code 79, 980. 0} where two decimals are expected → 79980.0 with one digit missing (truncated: OCR's spacing
 *       says an OCR tool read it, and OCR loses glyphs at a cell's edge)</li>
 *   <li>{@code 6.4} or {@code 22,118,861} in a text layer where two decimals are expected → 6.4, 22118861: the
 *       publisher's precision (a figure rounded to its last printed digit), not a cut</li>
 *   <li>{@code 1,206,0} → 1206.0 with one digit missing (a separator-shaped group shorter than its kind: the print was cut)</li>
 *   <li>{@code 0. (} → 0. with a junk glyph dropped and two digits missing</li>
 *   <li>{@code 1O0.00} → 100.00, an uncertain glyph repair</li>
 *   <li>{@code 6484054 7} → 64840547, a figure its narrow cell wrapped, uncertain (or two figures run together)</li>
 * </ul>
 */
public final class NumberParser {
    private static final Pattern DASH = Pattern.compile("[-—–―‐－_＿~一ー/\\\\]+");
    /** A dash or a dot: a speck, as OCR reads toner dust or the bits of a rule beside a figure. */
    private static final String SPECK = "[-—–―_~·・…一ー.。]";
    /** A run of specks. */
    private static final Pattern SPECKS = Pattern.compile(SPECK + "+");
    /** Two specks or more, then a space, before a figure. */
    private static final Pattern LEADING_SPECKS = Pattern.compile(SPECK + "{2,}\\s+");
    /**
     * One mark that is no digit or sign, a space, then a figure ending the reading, grouped in thousands or with two
     * decimals: a seal's ring or a rule's remnant read as a letter or a character before the figure ({@code 增 18,149,307},
     * {@code L 215,600}, {@code （ 17,280.00}), a pen's tick beside a 万元 figure read {@code <} ({@code < 443.18}, a
     * newcomer's ticked 三公 table). Group 2 is the figure.
     */
    private static final Pattern LEADING_MARK = Pattern.compile("([^\\d\\s+\\-−－.,])\\s+(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d+\\.\\d{2})");
    private static final Pattern NUMERIC_BODY = Pattern.compile("[0-9.,]+");
    /** A space an OCR tool put after a separator ("103, 266, 640. 20"); a space between digits is two numbers, not one. */
    private static final Pattern SPACE_IN_NUMBER = Pattern.compile("(?<=[.,])\\s+(?=[0-9])");
    /**
     * A point OCR wrote as another dot between digits: the ideographic full stop 。 (Chinese OCR models' habit), the middle
     * dots · and ・, the bullet operator ∙. NFKC already maps the full-width ． and the half-width ｡ ･ to these.
     */
    private static final Pattern POINT_GLYPH = Pattern.compile("(?<=\\d)[\u3002\u00B7\u30FB\u2219](?=\\s*\\d)");
    /**
     * Spaces as thousands separators (the SI digit grouping of ISO 80000-1, or OCR that dropped the commas): {@code 16 231 840.80}.
     * Read as one figure only where no split into figures fits a money column, whose figures print two decimals:
     * a first group of 1-3 digits, groups of exactly 3 after single spaces, the two decimals after the last group only.
     * Any split would leave a figure without its decimals ({@code 16} | {@code 231 840.80}), so none is taken;
     * {@code 100 200} (no decimals) and {@code 100.00 200.00} (two figures) are not joined.
     */
    private static final Pattern SPACE_GROUPS = Pattern.compile("[1-9]\\d{0,2}( \\d{3})+\\.\\d{2}");
    /**
     * Thousands groups some a space apart and some a comma apart ({@code 1 410,886.00}, OCR's {@code 1 410, 886. 00}): a
     * comma OCR read as a space. The same shape as {@link #SPACE_GROUPS}, so no split fits a money column either; read as
     * one figure, uncertain until an identity confirms it (the comma's place is a guess).
     */
    private static final Pattern MIXED_GROUPS = Pattern.compile("[1-9]\\d{0,2}(?=.* )(?=.*,)([ ,]\\d{3})+\\.\\d{2}");
    /** A grouped integer, a space, two digits: money whose point OCR lost ({@link RepairKind#POINT_LOST}). */
    private static final Pattern POINT_LOST = Pattern.compile("[1-9]\\d{0,2}([.,]\\d{3})+ \\d{2}");

    private NumberParser() {
    }

    /** A figure printed: a digit, a separator or a point, a digit ({@code 1,206}, {@code 6.40}; not a code, a 行次, a count). */
    private static final Pattern PRINTED_FIGURE = Pattern.compile("\\d[,.]\\d");

    /**
     * Whether {@code text} prints a figure — a digit, a separator or a point, a digit — as amounts are printed and codes,
     * 行次 and years are not: the one test for "a line (or cell) of figures" wherever rows, columns and tables are told
     * apart by them.
     */
    public static boolean printsFigure(CharSequence text) {
        return text != null && PRINTED_FIGURE.matcher(text).find();
    }

    /**
     * A comma-grouped figure whose last group a point splits, the two parts three digits together: {@code 12,121,16.4},
     * {@code 3,1.64}. Read as a decimal it has a group short of its three digits and decimals short of two; without the
     * point, it is a whole grouped figure ({@link RepairKind#STRAY_POINT}).
     */
    private static final Pattern STRAY_POINT = Pattern.compile("\\d{1,3}(?:,\\d{3})*,(\\d{1,2})\\.(\\d{1,2})");

    /** Two runs of digits and separators a space apart, the first ending and the second starting inside one figure. */
    private static final Pattern TWO_PARTS = Pattern.compile("(\\d[\\d,]*[.,]?)\\s+([.,]?\\d[\\d.,]*)");
    /**
     * A figure of four digits or more with one decimal, a space, one digit: the figure's second decimal its narrow cell
     * wrapped onto the next line ({@code 79,189,400.3 | 4}: LibreOffice Writer breaks a figure that does not fit where
     * its cell ends, whatever the digit).
     */
    private static final Pattern LAST_DECIMAL_WRAPPED = Pattern.compile("(\\d[\\d,]{3,}\\.\\d)\\s+(\\d)");
    /**
     * A whole figure of four digits or more without separators, a space, one to three digits: a figure its narrow cell
     * wrapped ({@code 6484054 | 7}: Writer breaks a figure where its cell ends), or two figures run together — without
     * a separator nothing tells which, so the join is uncertain until an identity confirms it.
     */
    private static final Pattern BARE_WRAPPED = Pattern.compile("(\\d{4,})\\s+(\\d{1,3})");
    /** A figure grouped in thousands (one separator at least), two decimals at most. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?");

    /**
     * Reads a cell string; {@code expectedDecimals} is 2 for money columns, 0 for counts (a point before three digits
     * is then a misread thousands separator: {@code 1.335} persons are 1,335), -1 when any precision is fine.
     */
    private static final Pattern CLEAN = Pattern.compile("-?\\d{1,3}(,\\d{3})*(\\.\\d+)?|-?\\d+(\\.\\d+)?");

    public static NumberReading parse(String raw, int expectedDecimals) {
        return parse(raw, expectedDecimals, false);
    }

    /**
     * As {@link #parse(String, int)}, for a reading that may have lost glyphs at its right edge ({@code ocr}: see
     * {@link #ocrReading}). A figure with fewer decimals than expected is truncated only where there is evidence its print
     * was cut: an OCR reading, a trailing separator ({@code 1,206,} {@code 0.}), a group after a separator comma shorter
     * than its kind ({@code 1,206,0}), a junk glyph at the right edge. Otherwise the decimals printed are the publisher's
     * precision: {@code 6.4} 万元 is 6.4, rounded to 0.1 (the identities allow half a unit of the last printed digit).
     * Other cells of the column printing two decimals are no evidence (a column mixes 0, 1 and 2 decimals).
     */
    public static NumberReading parse(String raw, int expectedDecimals, boolean ocr) {
        // fast path: a number printed cleanly (most cells of a text layer)
        if (raw != null && !raw.isEmpty() && raw.length() < 32 && CLEAN.matcher(raw).matches()) {
            int dot = raw.indexOf('.');
            int decimals = dot < 0 ? 0 : raw.length() - dot - 1;
            // (money with three decimals after a grouped integer, 354.964, is a separator misread: the slow path)
            boolean misreadSeparator = expectedDecimals == 2 && decimals == 3 && intPartIsGrouped(raw.substring(0, dot));
            boolean precision = decimals >= expectedDecimals || !ocr && decimals > 0; // 6.4: printed to 0.1, not cut
            if (expectedDecimals < 0 || dot < 0 || expectedDecimals > 0 && precision && !misreadSeparator) {
                return new NumberReading(NumberReading.Kind.NUMBER, new BigDecimal(raw.replace(",", "")), decimals, 0, true, List.of());
            }
        }
        List<Repair> repairs = new ArrayList<>();
        boolean certain = true;
        String s = TextNormalizer.stripMarkup(raw == null ? "" : raw);
        String nfkc = com.ibm.icu.text.Normalizer2.getNFKCInstance().normalize(s).replace('\u3000', ' ').trim();
        if (!nfkc.equals(s.trim()) && !nfkc.isEmpty()) repairs.add(new Repair(RepairKind.FULL_WIDTH, s.trim(), nfkc));
        s = nfkc;
        if (s.isEmpty()) return new NumberReading(NumberReading.Kind.BLANK, null, 0, 0, true, repairs);
        if (DASH.matcher(s.replace(" ", "")).matches()) {
            return new NumberReading(NumberReading.Kind.DASH, null, 0, 0, true, repairs);
        }
        boolean negative = false;
        boolean percent = false;
        // specks before a figure, a space apart (toner dust or a rule's bits read as a run of dashes or dots): junk, not
        // a minus sign
        java.util.regex.Matcher lead = LEADING_SPECKS.matcher(s);
        if (lead.lookingAt() && lead.end() < s.length() && Character.isDigit(s.charAt(lead.end()))) {
            repairs.add(new Repair(RepairKind.JUNK_GLYPH, s, s.substring(lead.end())));
            s = s.substring(lead.end());
            certain = false;
        }
        // a mark before an OCR figure, a space apart (a seal's ring crossing the cell, read 增, M or L: the matrix's ring-200
        // copies): junk, and the figure uncertain until an identity confirms it
        java.util.regex.Matcher mark = LEADING_MARK.matcher(s);
        if (ocr && mark.matches()) {
            repairs.add(new Repair(RepairKind.JUNK_GLYPH, s, mark.group(2)));
            s = mark.group(2);
            certain = false;
        }
        String unparened = zeroParens(s);
        if (!unparened.equals(s)) {
            repairs.add(new Repair(RepairKind.GLYPH_CONFUSION, s, unparened));
            s = unparened;
            certain = false;
        }
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).trim();
        }
        if (s.startsWith("(") && s.endsWith(")") && s.length() > 2) {
            negative = true;
            s = s.substring(1, s.length() - 1).trim();
        }
        if (s.startsWith("-") || s.startsWith("−") || s.startsWith("－")) {
            negative = true;
            s = s.substring(1).trim();
        }
        if (s.startsWith("+")) s = s.substring(1).trim();
        if (POINT_GLYPH.matcher(s).find()) {
            String pointed = POINT_GLYPH.matcher(s).replaceAll(".");
            repairs.add(new Repair(RepairKind.POINT_GLYPH, s, pointed));
            s = pointed;
        }
        if (SPACE_IN_NUMBER.matcher(s).find()) {
            String joined = SPACE_IN_NUMBER.matcher(s).replaceAll("");
            repairs.add(new Repair(RepairKind.SPACED_SEPARATORS, s, joined));
            s = joined;
        }
        java.util.regex.Matcher parts = TWO_PARTS.matcher(s);
        if (parts.matches() && GROUPED.matcher(parts.group(1) + parts.group(2)).matches() && (parts.group(1).indexOf(',') >= 0
                && !GROUPED.matcher(parts.group(1)).matches() || parts.group(1).matches(".*[.,]") || parts.group(2).matches("[.,].*"))) {
            // a figure its narrow cell wrapped: 371,514,65 | 5.00, 21,601,733 | .00 — the first part no whole figure, or a
            // part ending or starting with a separator (3 | 71,514.00 is two figures, a number and an amount)
            String joined = parts.group(1) + parts.group(2);
            repairs.add(new Repair(RepairKind.WRAPPED_FIGURE, s, joined));
            s = joined;
        }
        java.util.regex.Matcher lastDecimal = LAST_DECIMAL_WRAPPED.matcher(s);
        if (lastDecimal.matches() && (GROUPED.matcher(lastDecimal.group(1) + lastDecimal.group(2)).matches()
                || lastDecimal.group(1).indexOf(',') < 0)) {
            String joined = lastDecimal.group(1) + lastDecimal.group(2);
            repairs.add(new Repair(RepairKind.WRAPPED_FIGURE, s, joined));
            s = joined;
        }
        java.util.regex.Matcher bare = BARE_WRAPPED.matcher(s);
        // (two digits after it, where money prints two decimals, are as likely its decimals, a 1-bit scan's point lost
        // with the dust: neither guess is taken)
        if (bare.matches() && !(expectedDecimals == 2 && bare.group(2).length() == 2)) {
            String joined = bare.group(1) + bare.group(2);
            repairs.add(new Repair(RepairKind.WRAPPED_FIGURE, s, joined));
            s = joined;
            certain = false;
        }
        if (expectedDecimals == 2 && SPACE_GROUPS.matcher(s).matches()) {
            String joined = s.replace(" ", ",");
            repairs.add(new Repair(RepairKind.SPACE_SEPARATORS, s, joined));
            s = joined;
        } else if (expectedDecimals == 2 && MIXED_GROUPS.matcher(s).matches()) {
            String joined = s.replace(" ", ",");
            repairs.add(new Repair(RepairKind.SPACE_SEPARATORS, s, joined));
            s = joined;
            certain = false;
        }
        if (expectedDecimals == 2 && POINT_LOST.matcher(s).matches()) {
            int space = s.lastIndexOf(' ');
            String pointed = s.substring(0, space) + "." + s.substring(space + 1);
            repairs.add(new Repair(RepairKind.POINT_LOST, s, pointed));
            s = pointed;
            certain = false;
        }
        java.util.regex.Matcher stray = STRAY_POINT.matcher(s);
        if ((ocr || ocrSpacingOf(repairs)) && stray.matches() && stray.group(1).length() + stray.group(2).length() == 3) {
            String joined = s.substring(0, stray.start(2) - 1) + s.substring(stray.start(2));
            repairs.add(new Repair(RepairKind.STRAY_POINT, s, joined));
            s = joined;
            certain = false;
        }
        // junk glyphs at the right edge (an OCR tool's reading of a cut-off digit or a ruling line)
        int end = s.length();
        while (end > 0 && !Character.isDigit(s.charAt(end - 1)) && s.charAt(end - 1) != '.' && s.charAt(end - 1) != ',') end--;
        boolean junkTail = end < s.length();
        boolean ocrSpacing = ocrSpacingOf(repairs);
        if (junkTail && end > 0) {
            String tail = s.substring(end);
            // (a run of dashes or dots after the figure is specks, however long: 88, 282, 511 ----- on a photocopy)
            if (!SPECKS.matcher(tail.strip()).matches() && (tail.trim().length() > 2 || TextNormalizer.hasHan(tail))) {
                return text(repairs);
            }
            repairs.add(new Repair(RepairKind.JUNK_GLYPH, s, s.substring(0, end).trim()));
            s = s.substring(0, end).trim();
            certain = false;
        }
        if (!NUMERIC_BODY.matcher(s).matches()) {
            String fixed = confusableDigits(s);
            if (fixed == null) return text(repairs);
            repairs.add(new Repair(RepairKind.GLYPH_CONFUSION, s, fixed));
            s = fixed;
            certain = false;
        }
        if (s.isEmpty() || s.chars().noneMatch(Character::isDigit)) return text(repairs);

        int lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
        String intPart = s;
        String frac = null;
        if (lastSep >= 0) {
            String after = s.substring(lastSep + 1);
            int sepCount = (int) s.chars().filter(c -> c == '.' || c == ',').count();
            boolean decimalHere = after.length() <= 2 && (s.charAt(lastSep) == '.' || sepCount > 1 || after.length() == 2 || expectedDecimals == 2);
            if (s.charAt(lastSep) == '.' && after.length() > 2 && sepCount == 1 && expectedDecimals != 0) decimalHere = true; // 0.125
            if (expectedDecimals == 0 && after.length() == 3) decimalHere = false; // a count: 1.335 is 1,335
            if (expectedDecimals == 2 && after.length() == 3 && s.charAt(lastSep) == '.' && intPartIsGrouped(s.substring(0, lastSep))) {
                // money has 2 decimals or none: 354.964 is a comma OCR read as a point (354,964), not 354.964 元; uncertain
                decimalHere = false;
                certain = false;
            }
            if (decimalHere) {
                intPart = s.substring(0, lastSep);
                frac = after;
                if (s.charAt(lastSep) == ',') repairs.add(new Repair(RepairKind.DECIMAL_COMMA, s, intPart + "." + frac));
            }
        }
        if (intPart.indexOf('.') >= 0) {
            repairs.add(new Repair(RepairKind.DOT_SEPARATORS, intPart, intPart.replace(".", ",")));
            intPart = intPart.replace('.', ',');
        }
        if (intPart.indexOf(',') >= 0) {
            String[] groups = intPart.split(",", -1);
            boolean regular = groups[0].length() >= 1 && groups[0].length() <= 3;
            for (int i = 1; i < groups.length; i++) regular &= groups[i].length() == 3;
            String strayOne = regular || !ocr && !ocrSpacingOf(repairs) ? null : withoutStrayOne(groups);
            if (strayOne != null) {
                repairs.add(new Repair(RepairKind.STRAY_ONE, intPart, strayOne));
                certain = false;
                intPart = strayOne;
            } else if (!regular) {
                repairs.add(new Repair(RepairKind.IRREGULAR_GROUPING, intPart, intPart.replace(",", "")));
                certain = false;
            }
            intPart = intPart.replace(",", "");
        }
        if (intPart.isEmpty()) intPart = "0";
        String digits = frac == null ? intPart : intPart + "." + frac;
        if (frac != null && frac.isEmpty()) digits = intPart;
        BigDecimal value = new BigDecimal(digits);
        if (frac != null && !frac.isEmpty()) value = value.setScale(frac.length());
        if (negative) value = value.negate();
        int decimals = frac == null ? 0 : frac.length();
        int missing = 0;
        // evidence the print was cut (see parse(String, int, boolean)); else fewer decimals are the publisher's precision
        boolean commaDecimal = lastSep >= 0 && s.charAt(lastSep) == ',';
        boolean cutShown = ocr || ocrSpacing || junkTail || commaDecimal || frac != null && frac.isEmpty();
        if (expectedDecimals > 0 && frac != null && decimals < expectedDecimals && cutShown) {
            missing = expectedDecimals - decimals;
            repairs.add(new Repair(RepairKind.TRUNCATED, s, digits + "?".repeat(missing)));
        }
        return new NumberReading(percent ? NumberReading.Kind.PERCENT : NumberReading.Kind.NUMBER, value, decimals,
                missing, certain && missing == 0, repairs);
    }

    /**
     * Whether a reading is an OCR tool's, whose right edge may have been cut (a glyph lost at a cell's edge): read with
     * less than a text layer's confidence ({@link io.gongkai.model.Confidence#TEXT_LAYER}), or showing OCR's spaces after
     * separators ({@code 79, 980. 0}: a text layer prints no such thing; an OCR tool's text output carries no confidence).
     */
    public static boolean ocrReading(String raw, double confidence) {
        return confidence < io.gongkai.model.Confidence.TEXT_LAYER || raw != null && SPACE_IN_NUMBER.matcher(raw.strip()).find();
    }

    /** Whether OCR's spaces after separators were taken out of the reading ({@code 79, 980. 0}): an OCR tool's reading. */
    private static boolean ocrSpacingOf(List<Repair> repairs) {
        return repairs.stream().anyMatch(r -> r.kind().equals(RepairKind.SPACED_SEPARATORS));
    }

    /**
     * The integer part, its groups joined by commas, without the 1 that broke its grouping ({@link RepairKind#STRAY_ONE}):
     * the first group 1–3 digits, one group after it of four digits with a 1 among them, the others three; null when
     * not so, or when dropping different 1s gives different figures ({@code 1213}: 213 or 123) unless one is the
     * figure's last character ({@code 2,302,8151}: a stroke at the cell's edge, 2,302,815).
     */
    private static String withoutStrayOne(String[] groups) {
        if (groups[0].isEmpty() || groups[0].length() > 3) return null;
        int four = -1;
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() == 4 && four < 0) four = i;
            else if (groups[i].length() != 3) return null;
        }
        if (four < 0) return null;
        String g = groups[four], without = null;
        boolean ambiguous = false;
        for (int k = 0; k < g.length(); k++) {
            if (g.charAt(k) != '1') continue;
            String w = g.substring(0, k) + g.substring(k + 1);
            ambiguous |= without != null && !without.equals(w);
            without = w;
        }
        if (without == null) return null;
        // of two 1s, the figure's last character: a stroke at the cell's edge (a rule's remnant, a seal's arc crossing it)
        if (ambiguous) {
            if (four != groups.length - 1 || g.charAt(3) != '1') return null;
            without = g.substring(0, 3);
        }
        String[] out = groups.clone();
        out[four] = without;
        return String.join(",", out);
    }

    /** Whether the digits before a last separator are grouped as a thousands-separated integer (1-3 digits, then groups of 3). */
    private static boolean intPartIsGrouped(String s) {
        return s.matches("[1-9]\\d{0,2}([.,]\\d{3})*");
    }

    private static NumberReading text(List<Repair> repairs) {
        return new NumberReading(NumberReading.Kind.TEXT, null, 0, 0, false, repairs);
    }

    /**
     * A 0 a noisy 1-bit scan broke into its two sides, read as parentheses: {@code (0)} or {@code ()} for a 0, a {@code )}
     * closing nothing after a digit (its right side): {@code (0).00)}, {@code ().00)}, {@code 0).00)} are 0.00. Balanced
     * parentheses around a whole figure are a negative amount and stay. Unchanged when nothing is to be done.
     */
    static String zeroParens(String s) {
        if (s.indexOf('(') < 0 && s.indexOf(')') < 0) return s;
        String t = s.replace("(0)", "0").replace("()", "0");
        long open = t.chars().filter(c -> c == '(').count(), close = t.chars().filter(c -> c == ')').count();
        if (close > open) {
            StringBuilder b = new StringBuilder();
            long extra = close - open;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == ')' && extra > 0 && i > 0 && Character.isDigit(t.charAt(i - 1))) {
                    extra--;
                    continue;
                }
                b.append(c);
            }
            t = b.toString();
        }
        // only what is then a figure (a number, perhaps a negative in parentheses) is taken; else the reading stands
        return t.equals(s) || !t.matches("\\(?-?[0-9][0-9.,]*\\)?") ? s : t;
    }

    /**
     * Digits OCR misread as look-alike letters put back ({@code O} → 0, {@code l}/{@code I}/{@code 工} → 1, {@code S} → 5 …),
     * or null when the text is not a number written with a few of them: most of it must be digits already, or it is a
     * single look-alike (a lone {@code O} in a numeric cell, a lone {@code l} as a 行次).
     */
    public static String confusableDigits(String s) {
        // alone, only the closest look-alikes count (a lone ! or S is more often a stray mark than a digit)
        if (s.length() == 1) return "Oo".indexOf(s.charAt(0)) >= 0 ? "0" : "lI|".indexOf(s.charAt(0)) >= 0 ? "1" : null;
        int digits = 0;
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            char d = switch (c) {
                case 'O', 'o', 'D', 'Q' -> '0';
                case 'l', 'I', '|', '!', 'i', '工' -> '1';
                case 'S', 's' -> '5';
                case 'B' -> '8';
                case 'Z', 'z' -> '2';
                case 'G' -> '6';
                default -> c;
            };
            if (Character.isDigit(c)) digits++;
            if (!Character.isDigit(d) && d != '.' && d != ',') return null;
            b.append(d);
        }
        return digits * 2 >= s.length() ? b.toString() : null;
    }
}
