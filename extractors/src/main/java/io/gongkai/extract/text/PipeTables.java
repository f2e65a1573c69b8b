package io.gongkai.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables (GitHub Flavored Markdown, "Tables" extension), as OCR tools that write markdown print them:
 * a header row {@code | 科目编码 | 科目名称 | 合计 |}, a delimiter row {@code |---|:---:|---:|}, then body rows up to the
 * first blank line or line without a pipe. Leading and trailing pipes are optional; {@code \|} is a pipe inside a cell.
 * Pure and thread-safe.
 */
final class PipeTables {
    private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-+:?\\s*");
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private PipeTables() {
    }

    /** Whether {@code line} is a delimiter row ({@code |---|---|}): only dash cells, at least one pipe. */
    static boolean isDelimiter(String line) {
        if (line.indexOf('|') < 0) return false;
        List<String> cells = split(line);
        return !cells.isEmpty() && cells.stream().allMatch(c -> DELIMITER_CELL.matcher(c).matches());
    }

    /** Whether {@code line} can be a row of a pipe table: it holds an unescaped pipe. */
    static boolean isRow(String line) {
        return !line.isBlank() && UNESCAPED_PIPE.matcher(line).find();
    }

    /** The cells of a pipe row, stripped, left to right, empty cells included: {@code | 201 | 一般 |  |} → [201, 一般, ""]. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : split(line)) out.add(c.strip().replace("\\|", "|"));
        return out;
    }

    private static List<String> split(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|") && !s.endsWith("\\|")) s = s.substring(0, s.length() - 1);
        return List.of(UNESCAPED_PIPE.split(s, -1));
    }
}
