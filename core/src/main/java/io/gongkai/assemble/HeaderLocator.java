package io.gongkai.assemble;

import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.normalize.TextNormalizer;

import java.util.List;

/** Finds where the header of a table ends and its data rows begin. */
final class HeaderLocator {
    private HeaderLocator() {
    }

    /** Index of the first data row: the row after the 栏次 row ({@link #isColumnNumbers}), or 0 when the table prints none. */
    static int firstDataRow(List<RawRow> rows) {
        for (int i = 0; i < rows.size(); i++) if (isColumnNumbers(rows.get(i))) return i + 1;
        return 0;
    }

    /** As {@link #isColumnNumbers(List)}, for a row of the grid. */
    static boolean isColumnNumbers(RawRow row) {
        return isColumnNumbers(row.cells().stream().map(c -> c.text() == null ? "" : c.text()).toList());
    }

    /**
     * Whether a row (its cells' texts) is the header's 栏次 row: it says 栏次, or it prints nothing but the columns'
     * numbers, at least three, counting up from 1 (1 2 3 …, or 1 2 4 7 where a department left columns out; before
     * them only the label columns' 甲 乙 丙 or A B C, or nothing). A row of amounts never counts so (a 三公 table's 栏次
     * row without the word was taken for its one row of amounts: 1, 2, … 7 万元 for 346.30 … 2,517.78, its real row
     * dropped).
     */
    static boolean isColumnNumbers(List<String> texts) {
        if (TextNormalizer.canonical(String.join("", texts)).contains("栏次")) return true;
        int last = 0, count = 0;
        for (String text : texts) {
            for (String token : text.strip().split("\\s+")) {
                if (token.isEmpty()) continue;
                if (count == 0 && token.matches("[甲乙丙丁A-D]")) continue;
                if (!token.matches("\\d{1,2}")) return false;
                int n = Integer.parseInt(token);
                if (count == 0 ? n != 1 : n <= last) return false;
                last = n;
                count++;
            }
        }
        return count >= 3;
    }

    /**
     * Whether a token is the row label of a total row: 合计 / 总计, or a scan's reading of them with 计 read as a
     * character OCR confuses it with (合证, 合评: {@link TextNormalizer#lookAlike(char, char)}); no other label of these
     * tables is two characters long and begins 合 or 总.
     */
    static boolean isTotalLabel(String token) {
        String c = TextNormalizer.canonical(token);
        return c.length() == 2 && (c.charAt(0) == '合' || c.charAt(0) == '总') && TextNormalizer.lookAlike(c.charAt(1), '计');
    }

    /** A label-looking token: at least two Han characters after normalization. */
    static boolean isLabel(String token) {
        return TextNormalizer.hanCount(TextNormalizer.normalize(token)) >= 2;
    }

    /** Parses a 行次 token (a small whole number), -1 when it is not one. */
    static int lineNumber(String token) {
        String t = TextNormalizer.normalize(token).replace(" ", "");
        // a scan's 行次: 1 read as l, I or |, 0 as O
        if (!t.isEmpty() && t.length() <= 3 && !t.matches("\\d+")) {
            String digits = io.gongkai.normalize.NumberParser.confusableDigits(t);
            if (digits != null) t = digits;
        }
        if (!t.matches("\\d{1,3}")) return -1;
        return Integer.parseInt(t);
    }

    /**
     * Index of the cell in which {@code phrase} is complete, reading the cells' text joined left to right (OCR splits
     * labels over cells: 年度资金总 | 额); -1 when the row does not spell it.
     */
    static int phraseEnd(List<RawCell> cells, String phrase) {
        StringBuilder seen = new StringBuilder();
        for (int k = 0; k < cells.size(); k++) {
            seen.append(TextNormalizer.hanOnly(cells.get(k).text()));
            if (seen.indexOf(phrase) >= 0) return k;
        }
        return -1;
    }
}
