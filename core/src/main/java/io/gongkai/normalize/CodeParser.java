package io.gongkai.normalize;

import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads function classification codes (支出功能分类: 类 3 digits, 款 5, 项 7) and economic codes (3 or 5 digits) from
 * the code cells of a row, as printed or as OCR tools split them. Pure and thread-safe.
 *
 * <ul>
 *   <li>{@code 2010450} → 2010450</li>
 *   <li>{@code 201045 | 0} → 2010450 (a code split over two cells)</li>
 *   <li>{@code 201 | 10450} → 2010450 (split with the 类's last digit repeated: 201 + 1 0450)</li>
 *   <li>{@code 201 | 04 | 50} → 2010450 (类, 款, 项 in three columns)</li>
 *   <li>{@code $\vdash$ | 80505} → 类 lost, ending in 8, tail 0505 (resolved from context by the caller)</li>
 * </ul>
 */
public final class CodeParser {
    /** A classification code (类 3 digits, 款 5, 项 7) and a name printed in one cell: 2010507 专项普查活动; groups: code, name. */
    public static final java.util.regex.Pattern CODE_AND_NAME = java.util.regex.Pattern.compile("(\\d{3}(?:\\d{2}){0,2})\\s*(\\p{IsHan}.*)");

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private CodeParser() {
    }

    private static final Pattern CODE_PART = Pattern.compile("\\d{2,3}");

    /**
     * Whether a cell prints one part of a classification code in a column of its own: a 类 (201, 301) or a 款 or 项
     * (04, 50). Such a part printed once, in a cell merged down over the rows it heads, belongs to each of them.
     */
    public static boolean isCodePart(String cell) {
        return cell != null && CODE_PART.matcher(cell.strip()).matches();
    }

    /** Reads a function code from the cells left of the row label. */
    public static CodeReading functionCode(List<String> cells) {
        List<String> parts = new ArrayList<>();
        boolean junkFirst = false;
        for (String c : cells) {
            String t = clean(c);
            if (t.isEmpty()) {
                if (parts.isEmpty() && !c.isBlank()) junkFirst = true; // markup-only, e.g. $\vdash$, or a dash (a 类's digits lost: - | 80502)
                continue;
            }
            if (DIGITS.matcher(t).matches()) parts.add(t);
            else if (parts.isEmpty()) junkFirst = true;
        }
        List<Repair> repairs = new ArrayList<>();
        String joined = String.join("", parts);
        String printed = String.join("|", parts);
        if (parts.isEmpty()) return CodeReading.NONE;
        if (parts.size() == 1) {
            String p = parts.get(0);
            if (p.length() == 3 || p.length() == 5 || p.length() == 7) {
                if (junkFirst && p.length() == 5) return lostClass(p, repairs);
                return new CodeReading(p, null, -1, repairs);
            }
            return CodeReading.NONE;
        }
        if (parts.size() == 2) {
            String a = parts.get(0), b = parts.get(1);
            // (a 款 of 0 is none: 00 is no 款 of the classification; a scan that read 0 of 09 gives no code, not 20800)
            if (a.length() == 3 && b.length() == 1 && !junkFirst && !b.equals("0")) {
                String code = a + "0" + b;
                repairs.add(new Repair(RepairKind.LEADING_ZERO_RESTORED, printed, code));
                return new CodeReading(code, null, -1, repairs);
            }
            if (a.length() + b.length() == 7) {
                repairs.add(new Repair(RepairKind.SPLIT_CODE, printed, joined));
                return new CodeReading(joined, null, -1, repairs);
            }
            if (a.length() == 3 && b.length() == 5 && a.charAt(2) == b.charAt(0)) {
                String code = a + b.substring(1);
                repairs.add(new Repair(RepairKind.SPLIT_CODE_DUPLICATED_DIGIT, printed, code));
                return new CodeReading(code, null, -1, repairs);
            }
            if (a.length() + b.length() == 5 || a.length() + b.length() == 3) {
                repairs.add(new Repair(RepairKind.SPLIT_CODE, printed, joined));
                return new CodeReading(joined, null, -1, repairs);
            }
            return CodeReading.NONE;
        }
        if (joined.length() == 7 || joined.length() == 5) {
            repairs.add(new Repair(RepairKind.SPLIT_CODE, printed, joined));
            return new CodeReading(joined, null, -1, repairs);
        }
        if (parts.size() == 3 && parts.get(0).length() == 3 && parts.get(1).length() <= 2 && parts.get(2).length() <= 2
                && !pad(parts.get(1)).equals("00") && !pad(parts.get(2)).equals("00")) {
            String code = parts.get(0) + pad(parts.get(1)) + pad(parts.get(2));
            repairs.add(new Repair(RepairKind.LEADING_ZERO_RESTORED, printed, code));
            return new CodeReading(code, null, -1, repairs);
        }
        return CodeReading.NONE;
    }

    /** The repair of a code whose leading parts a category printed once above it gave. */
    public static final io.gongkai.model.RepairKind CODE_FROM_ROW_ABOVE = io.gongkai.model.RepairKind.CODE_FROM_ROW_ABOVE;

    /**
     * As {@link #functionCode(List)}, in a table that prints its code in columns (类 | 款 | 项) and each 类 (and 款)
     * once, above the rows it heads — a merged cell exported as text, a CSV or pipe table of a workbook with merged
     * category cells: {@code 201 | 04 | 50} then {@code  | 13 | 08} then {@code  |  | 09}. A row whose code cells are
     * blank up to a part of two digits takes the blank parts from {@code partsAbove} (the code cells, filled, of the last
     * coded row above it, column by column), with the repair recorded ({@value #CODE_FROM_ROW_ABOVE}). Otherwise, or
     * when the cells are not in the same columns as those above, the reading of {@link #functionCode(List)}.
     */
    public static CodeReading functionCode(List<String> cells, List<String> partsAbove) {
        CodeReading own = functionCode(cells);
        if (own.present() || partsAbove == null || partsAbove.size() != cells.size() || cells.size() < 2) return own;
        List<String> filled = new ArrayList<>(cells);
        int first = 0;
        while (first < cells.size() && clean(cells.get(first)).isEmpty()) first++;
        if (first == 0 || first >= cells.size() || !clean(cells.get(first)).matches("\\d{2}")) return own;
        for (int k = first + 1; k < cells.size(); k++) if (!clean(cells.get(k)).isEmpty() && !clean(cells.get(k)).matches("\\d{2}")) return own;
        for (int k = 0; k < first; k++) {
            String above = clean(partsAbove.get(k));
            if (!DIGITS.matcher(above).matches()) return own;
            filled.set(k, above);
        }
        CodeReading read = functionCode(filled);
        if (!read.present() || read.code().length() < 5) return own;
        List<Repair> repairs = new ArrayList<>(read.repairs());
        repairs.add(new Repair(CODE_FROM_ROW_ABOVE, String.join("|", cells.stream().map(CodeParser::clean).toList()), read.code()));
        return new CodeReading(read.code(), null, -1, repairs);
    }

    /**
     * A code cell's characters, spaces out; a dash alone is nothing (a publisher's mark for no code, or a piece of a
     * broken rule OCR read as one: a newcomer's 1-bit scan printed — in the 类 cells under a rule's dashes, and
     * {@code — | | 07} under 201 05 was no code, nor was the 02 under it then given its own 款).
     */
    private static String clean(String c) {
        if (c == null) return "";
        String t = TextNormalizer.characters(TextNormalizer.stripMarkup(c)).replace(" ", "");
        return DASH_ONLY.matcher(t).matches() ? "" : t;
    }

    private static final Pattern DASH_ONLY = Pattern.compile("[-—–―─_－~～]+");

    private static String pad(String two) {
        return two.length() == 1 ? "0" + two : two;
    }

    private static CodeReading lostClass(String fiveDigits, List<Repair> repairs) {
        return new CodeReading(null, fiveDigits.substring(1), fiveDigits.charAt(0) - '0', repairs);
    }

    /**
     * Reads an economic code printed over code columns (类 | 款: "301 | 01" → 30101). A spreadsheet that stored the
     * 款 as a number prints "301 | 2": the dropped zero is restored (30102) and the repair recorded. So it is where the
     * two parts stand apart in one cell ({@code 302 6}: columns that OCR's text alignment ran together, a faint 0 lost).
     */
    public static CodeReading economicCode(List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (String c : cells) {
            String t = TextNormalizer.characters(TextNormalizer.stripMarkup(c)).strip();
            if (t.isEmpty()) continue;
            String[] tokens = t.split("\\s+");
            String whole = String.join("", tokens);
            if (!DIGITS.matcher(whole).matches()) return CodeReading.NONE;
            // a 类 and a 款 of one digit apart in one cell are two parts; any other spacing is inside one
            if (tokens.length == 2 && tokens[0].length() == 3 && tokens[1].length() == 1) parts.addAll(List.of(tokens));
            else parts.add(whole);
        }
        String joined = String.join("", parts);
        if (parts.size() == 2 && parts.get(0).length() == 3 && parts.get(1).length() == 1 && !parts.get(1).equals("0")) {
            String code = parts.get(0) + "0" + parts.get(1);
            return new CodeReading(code, null, -1, List.of(new Repair(RepairKind.LEADING_ZERO_RESTORED, String.join("|", parts), code)));
        }
        if (joined.length() == 3 || joined.length() == 5) {
            return new CodeReading(joined, null, -1, parts.size() > 1 ? List.of(new Repair(RepairKind.SPLIT_CODE, String.join("|", parts), joined)) : List.of());
        }
        return CodeReading.NONE;
    }

    /**
     * As {@link #economicCode(List)}, in a table that prints the 类 once, in its own column (often one tall merged cell,
     * its text at the top) above its 款 rows, which print the 款 alone: {@code 301 | } then {@code  | 01} → 301, 30101.
     * A 款 of one or two digits alone takes {@code classAbove}, the last 类 read above it in the same column, with the
     * repair recorded ({@code class-from-above}); without one it is no code.
     */
    public static CodeReading economicCode(List<String> cells, String classAbove) {
        CodeReading joined = economicCode(cells);
        if (joined.present() || classAbove == null || classAbove.length() != 3) return joined;
        List<String> parts = new ArrayList<>();
        for (String c : cells) {
            String t = TextNormalizer.characters(TextNormalizer.stripMarkup(c)).replace(" ", "");
            if (!t.isEmpty()) parts.add(t);
        }
        if (parts.size() != 1 || !DIGITS.matcher(parts.get(0)).matches() || parts.get(0).length() > 2) return joined;
        String code = classAbove + pad(parts.get(0));
        return new CodeReading(code, null, -1, List.of(new Repair(RepairKind.CLASS_FROM_ABOVE, String.join("|", cells), code)));
    }

    /** Reads an economic classification code (类 3 digits, 款 5 digits); null when the cell holds none. */
    public static String economicCode(String cell) {
        String t = TextNormalizer.characters(TextNormalizer.stripMarkup(cell)).replace(" ", "");
        if (DIGITS.matcher(t).matches() && (t.length() == 3 || t.length() == 5)) return t;
        return null;
    }
}
