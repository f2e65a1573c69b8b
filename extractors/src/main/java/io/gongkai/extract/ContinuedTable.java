package io.gongkai.extract;

import io.gongkai.normalize.TextNormalizer;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;

import java.util.ArrayList;
import java.util.List;

/**
 * A table continued over a page break (or, in an OCR tool's text, over its next part): whether the part after prints the
 * header of the table before again, and the two joined without it. One rule for every input kind: the PDF reader joins
 * a page's title-less table to the page before's, the text reader a pipe or tab table that prints its header again
 * after figures. Pure and thread-safe.
 */
public final class ContinuedTable {
    private ContinuedTable() {
    }

    /**
     * Whether a table (the lines over it, {@code header}, and its rows, {@code own}) prints a line of {@code previous}'s
     * header again: a line of four Han characters or more that prints no figure and no label ({@link #figuresOrLabel},
     * told on the line as printed: its canonical form has no punctuation left to tell them by).
     */
    public static boolean repeatsHeader(RawBlock previous, List<String> header, List<RawRow> own) {
        List<String> seen = headerSeen(previous);
        List<String> lines = new ArrayList<>(header);
        own.stream().limit(2).forEach(r -> lines.add(r.joined()));
        for (String printed : lines) if (repeatsHeaderLine(seen, printed)) return true;
        return false;
    }

    /**
     * Whether a grid's rows ({@code own}) begin with the row {@code previous}'s grid began with, cell for cell: a header
     * row (four Han characters or more, no figure, no label's colon) printed again, and rows after it. A spreadsheet's
     * print titles (Excel's 顶端标题行, Calc's rows to repeat) print the title, the unit line and the header over the rest
     * of the table on every page; a form printed once a project under one title (财政项目支出绩效目标填报表, one a page)
     * begins with its own 项目名称 row, which is not the one before's.
     */
    public static boolean beginsWithHeaderOf(RawBlock previous, List<RawRow> own) {
        if (previous.rows().isEmpty() || own.size() < 2) return false;
        RawRow first = previous.rows().get(0), again = own.get(0);
        String text = TextNormalizer.canonical(first.joined());
        if (TextNormalizer.hanCount(text) < 4 || figuresOrLabel(first.joined()) || first.cells().size() != again.cells().size()
                || io.gongkai.template.Vocabulary.namesTable(first.joined().strip())) return false;
        for (int k = 0; k < first.cells().size(); k++) {
            if (!TextNormalizer.canonical(first.texts().get(k) == null ? "" : first.texts().get(k))
                    .equals(TextNormalizer.canonical(again.texts().get(k) == null ? "" : again.texts().get(k)))) return false;
        }
        return true;
    }

    /** The most rows of a table's header (in its grid, under the lines over it) looked at for its header printed again. */
    private static final int HEADER_ROWS = 6;

    /** The lines a table's header may print, canonical: the lines over its grid and its first {@value #HEADER_ROWS} rows. */
    private static List<String> headerSeen(RawBlock table) {
        List<String> seen = new ArrayList<>(table.headerText().stream().map(TextNormalizer::canonical).toList());
        table.rows().stream().limit(HEADER_ROWS).forEach(r -> seen.add(TextNormalizer.canonical(r.joined())));
        return seen;
    }

    /** Whether a line as printed repeats one of a header's lines ({@link #headerSeen}): four Han characters or more, no figure nor label. */
    /** Whether a line as printed ({@code printed}: a title, say) repeats a line of {@code previous}'s header ({@link #repeatsHeader}). */
    public static boolean repeatsHeaderOf(RawBlock previous, String printed) {
        return repeatsHeaderLine(headerSeen(previous), printed);
    }

    private static boolean repeatsHeaderLine(List<String> seen, String printed) {
        String line = TextNormalizer.canonical(printed);
        return TextNormalizer.hanCount(line) >= 4 && !figuresOrLabel(printed) && repeats(line, seen);
    }

    /**
     * Whether each cell of a row that prints no figure is words of the header the page before prints ({@code headerWords}:
     * its lines' canonical text, run together): the header's lines printed again, gathered otherwise (a scan of a Chromium
     * print with its {@code <thead>} repeated: 类 款 and 名称 on two lines over the first page's rows, on one over the
     * second's, were kept as a row, and the page's rows after it as rows of no known code).
     */
    private static boolean ofHeader(RawRow r, String headerWords) {
        if (headerWords.isEmpty()) return false;
        int han = 0;
        for (String cell : r.texts()) {
            String c = cell == null ? "" : TextNormalizer.canonical(cell);
            if (c.isEmpty()) continue;
            // (a header word its cell wrapped otherwise on the page before — 功能分类科 | 目名称 — is there in order)
            if (!headerWords.contains(c) && (TextNormalizer.hanCount(c) < 4 || !inOrder(c, headerWords))) return false;
            han += TextNormalizer.hanCount(c);
        }
        return han >= 2;
    }

    /** Whether the characters of {@code part} stand in {@code whole} in their order (a subsequence of it). */
    private static boolean inOrder(String part, String whole) {
        int at = 0;
        for (int k = 0; k < part.length(); k++) {
            at = whole.indexOf(part.charAt(k), at);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    /** Whether a line as printed holds a figure (a digit, a separator or a point, a digit) or a label's colon. */
    private static boolean figuresOrLabel(String printed) {
        return io.gongkai.normalize.NumberParser.printsFigure(printed) || printed.indexOf(':') >= 0 || printed.indexOf('：') >= 0;
    }

    /**
     * Whether a row repeats one of the header rows seen: the same text, or (OCR reads a header twice a little
     * differently) within one character in five of it.
     */
    private static boolean repeats(String row, List<String> header) {
        if (row.isEmpty()) return false;
        for (String h : header) {
            if (h.equals(row)) return true;
            if (Math.abs(h.length() - row.length()) * 5 <= row.length() && TextNormalizer.editDistance(h, row) * 5 <= Math.max(h.length(), row.length())) return true;
        }
        return false;
    }

    /**
     * The continuation's rows appended, without the header rows it repeats. A row that prints figures (or a label)
     * repeats one only as it is (a 类 at the foot of a page and its one 款 at the top of the next print the same amounts: 201 一般公共服务支出
     * and 20113 商贸事务, within one character in five of each other, and the 款 was dropped as a header repeated).
     */
    public static RawBlock join(RawBlock a, RawBlock b) {
        List<RawRow> rows = new ArrayList<>(a.rows());
        // the header as the page before prints it: the lines over its grid and its first rows
        List<String> seen = headerSeen(a);
        // the header's words, its lines over its first line of figures (over its grid and in it)
        StringBuilder headerWords = new StringBuilder(String.join("", a.headerText().stream().map(TextNormalizer::canonical).toList()));
        for (RawRow r : a.rows().stream().limit(HEADER_ROWS).toList()) {
            if (figuresOrLabel(r.joined())) break;
            headerWords.append(TextNormalizer.canonical(r.joined()));
        }
        // the header printed again: the rows before the first that prints a figure, up to the last of them that repeats
        // a line of it (a row between two such is the header's too: a line of it the page before's reading gathered
        // otherwise, 功能分类科目编码 | 功能分类科目名称 | 合计 … where it read 功能分类科, its title's 项目 over it); a row after
        // them is the table's (出, the end of a name the page break cut)
        List<RawRow> next = b.rows();
        int lead = 0;
        // (a header's lines, HEADER_ROWS at most: a blank form prints no figure at all, and its rows further down
        // repeat its first rows — the national 决算 template's 财政拨款收入支出决算总表 had lost its second page's rows)
        while (lead < next.size() && lead < HEADER_ROWS && !figuresOrLabel(next.get(lead).joined())) lead++;
        int lastHeader = -1;
        for (int k = 0; k < lead; k++) {
            RawRow r = next.get(k);
            if (repeats(TextNormalizer.canonical(r.joined()), seen) || ofHeader(r, headerWords.toString())) lastHeader = k;
        }
        boolean header = true;
        for (int k = 0; k < next.size(); k++) {
            RawRow r = next.get(k);
            if (k <= lastHeader) continue;
            // and from there, as before: a line of the header printed again (a line of figures or a label's colon as it was)
            String text = TextNormalizer.canonical(r.joined());
            if (header && (figuresOrLabel(r.joined()) ? seen.contains(text) : repeats(text, seen))) continue;
            header = false;
            rows.add(r);
        }
        List<Integer> pages = new ArrayList<>(a.pages());
        pages.addAll(b.pages());
        List<String> notes = new ArrayList<>(a.notes());
        notes.addAll(b.notes());
        return new RawBlock(a.line(), pages, a.title(), a.printedNumber(), a.headerText(), rows, notes);
    }
}
