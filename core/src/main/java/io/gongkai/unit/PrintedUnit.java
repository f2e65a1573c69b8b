package io.gongkai.unit;

import io.gongkai.model.MoneyUnit;
import io.gongkai.model.UnitSource;
import io.gongkai.normalize.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The money unit a table prints itself, and what it was read from.
 *
 * <ol>
 *   <li>A unit line ({@code 单位：元}, {@code 金额单位:万元}; see {@link MoneyUnit#parse}) among the lines above the
 *       table's grid — for a table continued over pages, those of its first page — or in its first rows (a header
 *       printed inside the ruling): {@link UnitSource.Kind#HEADER}. Lines that print both 元 and 万元 decide nothing.</li>
 *   <li>Else a unit in parentheses on the table's own short labels, all alike ({@code 项目资金(元)} on a project's
 *       performance table): {@link UnitSource.Kind#LABEL}.</li>
 * </ol>
 * Else a unit the table's own note under it states ({@link #read(List, List, List, List)}): {@link UnitSource.Kind#NOTE}.
 * Nothing else: not another table's unit, not the document's. Pure functions.
 *
 * @param unit   元 or 万元 (never {@link MoneyUnit#UNKNOWN})
 * @param source {@code HEADER} or {@code LABEL}, with the text it was read from
 */
public record PrintedUnit(MoneyUnit unit, UnitSource source) {
    /** How many of a table's first rows may hold its header. */
    public static final int HEADER_ROWS = 3;
    /** A label longer than this is prose (a report's text), whose units say nothing of the table's amounts. */
    private static final int LABEL_LENGTH = 24;
    private static final Pattern IN_LABEL = Pattern.compile("[(（]\\s*([万萬]\\s*元|元)\\s*[)）]");

    /** Where a table that prints no unit stands before any identity is consulted. */
    public static final UnitSource NOT_PRINTED = new UnitSource(UnitSource.Kind.NONE, "no unit found with the table (none printed, or none legible on a scan)");

    /**
     * What a scan's reader writes in a unit line for ink it saw and could not read ({@code 单位：□元}; □, U+25A1): a
     * punched hole or a blot over the 万 of 万元 leaves 元.
     */
    public static final String UNREAD_MARK = "\u25A1";
    /** A unit line with an unread mark before its 元. */
    private static final Pattern UNREAD = Pattern.compile("[单單]\\s*位\\s*[:：]?\\s*" + UNREAD_MARK + "+\\s*元");

    /**
     * Where a table that prints no readable unit stands: {@link #NOT_PRINTED}, or, when one of the lines above its grid is
     * a unit line with an unread mark before its 元 ({@link #UNREAD}), that line named: it may have said 万元.
     *
     * @param headerLines the text lines above the table's grid, as read
     */
    public static UnitSource notPrinted(List<String> headerLines) {
        for (String line : headerLines) {
            Matcher m = UNREAD.matcher(TextNormalizer.normalize(TextNormalizer.stripMarkup(line)));
            if (m.find()) {
                return new UnitSource(UnitSource.Kind.NONE, "the unit line reads " + m.group().replaceAll("\\s+", "")
                        + ": a mark the reader could not read stands before 元 (万元 or 元)");
            }
        }
        return NOT_PRINTED;
    }

    public PrintedUnit {
        if (!unit.known()) throw new IllegalArgumentException("a printed unit is 元 or 万元");
    }

    /** A line ending in a unit label cut short: 单位：, 单位：万 (its 元 or 万元 wrapped onto the next line). */
    private static final Pattern CUT_SHORT = Pattern.compile("[单單]\\s*位\\s*[:：]?\\s*(?:人民币)?\\s*[万萬]?\\s*$");
    /** The start of a line that completes a unit label cut short: 元, 万元. */
    private static final Pattern WRAPPED = Pattern.compile("^\\s*(?:[万萬]\\s*)?元");

    /**
     * The lines (changed in place) with a unit label a narrow text box wrapped put back together: {@code 单位：万} and
     * a next line {@code 元} are one line {@code 单位：万元} (a newcomer's Writer page: a 三公 table's 单位：万元 set at the
     * right edge of its line wrapped after 万, and the table's unit was not found; its amounts flagged).
     */
    static void joinWrapped(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = TextNormalizer.normalize(TextNormalizer.stripMarkup(lines.get(i))).strip();
            String next = TextNormalizer.normalize(TextNormalizer.stripMarkup(lines.get(i + 1))).strip();
            Matcher tail = CUT_SHORT.matcher(line), head = WRAPPED.matcher(next);
            if (!tail.find() || !head.find()) continue;
            String joined = line + head.group().strip();
            if (MoneyUnit.parse(joined).isEmpty()) continue; // (编制单位： with a name wrapped: no unit)
            lines.set(i, joined);
            lines.set(i + 1, next.substring(head.end()));
        }
    }

    /**
     * @param headerLines the text lines above the table's grid, as read
     * @param firstRows   the table's first rows, each joined into one line ({@link #HEADER_ROWS} are looked at)
     * @param cells       the text of every cell of the table, as read
     * @return the unit the table prints, or empty when it prints none
     */
    public static Optional<PrintedUnit> read(List<String> headerLines, List<String> firstRows, List<String> cells) {
        return read(headerLines, firstRows, cells, List.of());
    }

    /**
     * As {@link #read(List, List, List)}, and last the table's own notes under it: a unit one of them states (注：表中金额单位为
     * 万元, a newcomer's Calc print whose only unit line was that note; its 16 amounts had been flagged, unit unknown):
     * {@link UnitSource.Kind#NOTE}. Notes that state both 元 and 万元 decide nothing.
     *
     * @param notes the lines of the table's notes (注：…), as read
     */
    public static Optional<PrintedUnit> read(List<String> headerLines, List<String> firstRows, List<String> cells, List<String> notes) {
        Optional<PrintedUnit> own = readOwn(headerLines, firstRows, cells);
        if (own.isPresent()) return own;
        MoneyUnit found = null;
        String where = null;
        for (String note : notes) {
            String text = TextNormalizer.normalize(TextNormalizer.stripMarkup(note)).strip();
            Optional<MoneyUnit> u = MoneyUnit.parse(text);
            if (u.isEmpty()) continue;
            if (found != null && found != u.get()) return Optional.empty();
            if (found == null) { found = u.get(); where = shorten(text); }
        }
        return found == null ? Optional.empty() : Optional.of(new PrintedUnit(found, new UnitSource(UnitSource.Kind.NOTE, where)));
    }

    private static Optional<PrintedUnit> readOwn(List<String> headerLines, List<String> firstRows, List<String> cells) {
        List<String> lines = new ArrayList<>(headerLines);
        lines.addAll(firstRows.subList(0, Math.min(HEADER_ROWS, firstRows.size())));
        joinWrapped(lines);
        MoneyUnit found = null;
        String where = null;
        for (String line : lines) {
            String text = TextNormalizer.normalize(TextNormalizer.stripMarkup(line)).strip();
            Optional<MoneyUnit> u = MoneyUnit.parse(text);
            if (u.isEmpty()) continue;
            if (found != null && found != u.get()) { found = null; where = null; break; }
            if (found == null) { found = u.get(); where = unitLabel(text); }
        }
        if (found != null) return Optional.of(new PrintedUnit(found, new UnitSource(UnitSource.Kind.HEADER, where)));
        for (String cell : cells) {
            String text = TextNormalizer.normalize(TextNormalizer.stripMarkup(cell)).strip();
            if (text.length() > LABEL_LENGTH) continue;
            Matcher m = IN_LABEL.matcher(text);
            while (m.find()) {
                MoneyUnit u = m.group(1).length() > 1 ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
                if (found != null && found != u) return Optional.empty();
                if (found == null) { found = u; where = text; }
            }
        }
        return found == null ? Optional.empty() : Optional.of(new PrintedUnit(found, new UnitSource(UnitSource.Kind.LABEL, shorten(where))));
    }

    /** The unit label within a header line, e.g. {@code 金额单位:元} out of {@code 部门:曲靖市工业和信息化局 金额单位:元}. */
    private static String unitLabel(String line) {
        for (int at = line.indexOf("位"); at >= 0; at = line.indexOf("位", at + 1)) {
            // from 单 (or 金额单), with the two characters before it so that 编制单位： is told apart
            int from = Math.max(0, at - 3);
            String around = line.substring(from, Math.min(line.length(), at + 9));
            int end = around.indexOf('元', around.indexOf('位'));
            if (end < 0 || MoneyUnit.parse(around).isEmpty()) continue;
            int start = at - 1 - from;
            if (start >= 2 && around.startsWith("金额", start - 2)) start -= 2;
            return around.substring(Math.max(0, start), end + 1).replaceAll("\\s+", " ");
        }
        return shorten(line);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
