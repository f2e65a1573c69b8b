package io.gongkai.extract.text;

import io.gongkai.extract.ContinuedTable;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text/markdown that other OCR tools produce from a disclosure: headings ({@code # 标题}), 公开NN表 labels,
 * table rows, footnotes. Table rows are read in the forms {@link TableMarkup} knows: tab-separated lines, markdown pipe
 * tables ({@code | a | b |} under a {@code |---|} line) and HTML {@code <table>}s (MinerU, PaddleOCR PP-Structure),
 * spans expanded into a grid. Splits the text into one {@link RawBlock} per table. A new table starts at a heading or
 * a 公开NN表 label once the current one has rows, and at a table row that follows the current table's footnotes
 * (tables whose label the OCR lost). Thread-safe (stateless).
 */
public final class TextTableReader {
    private static final Pattern LABEL = io.gongkai.template.Vocabulary.TABLE_LABEL;
    private static final Pattern NOTE = Pattern.compile("^(注|备注|说明|附注|- |<sup>|\\* |\\d+\\s*[.、]\\s*(一级指标|涉密|当年|上年|其他资金|非财政|全年预算))");
    private static final Pattern TABBED_NOTE = Pattern.compile("^(注\\s*[:：]|备注|说明\\s*[:：])");
    /** The forms of table rows read, as messages name them. */
    public static final String TABLE_FORMS = "tab-separated rows, markdown pipe tables (a header row, a |---| line, rows) or HTML <table>s";
    private static final Pattern RULE = Pattern.compile("^[\\s|:\\-\\t]+$");

    /**
     * The tables of an OCR tool's text, one block each, in input order; rows are the lines {@link TableMarkup} reads as
     * rows (tab-separated lines, markdown pipe tables, HTML tables), each {@link RawRow} numbered by its input line.
     */
    public List<RawBlock> read(String text) {
        return read(text, io.gongkai.budget.Budget.Deadline.NONE);
    }

    /**
     * As {@link #read(String)}, counting every cell read against a document's budget and checking its time every
     * thousand lines.
     *
     * @throws io.gongkai.error.BudgetExceededException when the text holds more cells than the budget allows, or its time is spent
     */
    public List<RawBlock> read(String text, io.gongkai.budget.Budget.Deadline deadline) {
        return read(text, deadline, new ArrayList<>());
    }

    /**
     * A line longer than this many characters is no heading, label, note or table row of a disclosure (an image
     * inlined as base64, a file's bytes on one line): it is left out, or matching titles against it would take minutes.
     */
    public static final int LONGEST_LINE = 20_000;

    /**
     * As {@link #read(String, io.gongkai.budget.Budget.Deadline)}, adding to {@code longLines} the numbers of the lines left
     * out for being longer than {@link #LONGEST_LINE}.
     */
    public List<RawBlock> read(String text, io.gongkai.budget.Budget.Deadline deadline, List<Integer> longLines) {
        deadline.check("reading the text's lines");
        List<RawBlock> blocks = new ArrayList<>();
        Builder cur = new Builder(1);
        int n = 0, lastRow = 0;
        // a blank line before this one: a table's next part (an OCR tool's next page) may start here
        boolean gap = false;
        for (SourceLine source : TableMarkup.lines(text)) {
            if (++n % 1000 == 0) deadline.check("reading the text's lines (line " + source.number() + ")");
            String line = source.text();
            int lineNo = source.number();
            if (length(source) > LONGEST_LINE) {
                longLines.add(lineNo);
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) { gap = true; continue; }
            if (RULE.matcher(line).matches()) continue;
            if (trimmed.startsWith("#")) {
                if (!cur.rows.isEmpty()) { cur.close(blocks); cur = new Builder(lineNo); }
                if (cur.title == null || cur.number == null) cur.title = trimmed.replaceFirst("^#+\\s*", "");
                continue;
            }
            boolean tabbed = source.isRow();
            Matcher label = LABEL.matcher(line);
            boolean hasLabel = label.find();
            if (hasLabel) {
                String printed = label.group().strip();
                boolean sameTable = cur.number == null ? cur.rows.isEmpty()
                        : label.group(1).equals(digits(cur.number)) && cur.notes.isEmpty() && cur.rows.size() < 2;
                if (!sameTable) { cur.close(blocks); cur = new Builder(lineNo); }
                if (cur.number == null) cur.number = printed;
                if (!tabbed || nonEmptyCells(source) < 3) { cur.header.add(trimmed); continue; }
            }
            if (!tabbed) {
                if (NOTE.matcher(trimmed).find() && !cur.rows.isEmpty()) cur.notes.add(trimmed);
                else if (!cur.notes.isEmpty()) cur.notes.add(trimmed);
                else cur.header.add(trimmed);
                continue;
            }
            if (TABBED_NOTE.matcher(trimmed).find()) {
                cur.notes.add(trimmed.replace('\t', ' '));
                continue;
            }
            if (!cur.notes.isEmpty()) { cur.close(blocks); cur = new Builder(lineNo); }
            List<RawCell> cells = new ArrayList<>();
            for (String c : source.cells()) cells.add(RawCell.of(c));
            deadline.cells(cells.size(), "line " + lineNo);
            // each row its own line: an HTML table written on one line (as MinerU and PP-Structure write them) numbers
            // its rows from that line on, so that what is keyed by a row's line (its 行次's repair, the cells it read)
            // is the row's alone; later rows follow on
            lastRow = Math.max(lineNo, lastRow + 1);
            RawRow row = new RawRow(lastRow, cells);
            // the table's header printed again after rows of figures, after a blank line (an OCR tool writes a table
            // page by page, each part under its header): the table goes on, as over a PDF's page break. Not within a
            // run of rows: a 三公 table's rows of counts, no figure among them, read like its first rows
            if (gap && cur.figures && ContinuedTable.repeatsHeader(cur.part(), List.of(), List.of(row))) cur.continued();
            gap = false;
            cur.figures |= io.gongkai.normalize.NumberParser.printsFigure(row.joined());
            cur.rows.add(row);
        }
        cur.close(blocks);
        return blocks;
    }

    private static long length(SourceLine line) {
        if (!line.isRow()) return line.text().length();
        long n = 0;
        for (String c : line.cells()) n += c.length() + 1;
        return n;
    }

    private static String digits(String printed) {
        Matcher m = LABEL.matcher(printed);
        return m.find() ? m.group(1) : "";
    }

    private static int nonEmptyCells(SourceLine line) {
        int n = 0;
        for (String c : line.cells()) if (!c.isBlank()) n++;
        return n;
    }

    private static final class Builder {
        final int line;
        String title, number;
        final List<String> header = new ArrayList<>();
        final List<RawRow> rows = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        Builder(int line) {
            this.line = line;
        }

        /** Whether a row of this part of the table prints a figure. */
        boolean figures;
        /** The table's parts before this one, each printing its header again ({@link ContinuedTable}). */
        final List<RawBlock> before = new ArrayList<>();

        RawBlock part() {
            return new RawBlock(line, List.of(), title, number, header, rows, notes);
        }

        /** The rows so far a part of the table; the rows after, its next part. */
        void continued() {
            before.add(part());
            rows.clear();
            figures = false;
        }

        void close(List<RawBlock> out) {
            if (rows.isEmpty() && number == null) return; // prose, a cover page: nothing to invent
            RawBlock table = before.isEmpty() ? part() : before.get(0);
            for (int k = 1; k < before.size(); k++) table = ContinuedTable.join(table, before.get(k));
            out.add(before.isEmpty() ? table : ContinuedTable.join(table, part()));
        }
    }
}
