package io.gongkai.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an OCR tool's text with its table markup read: the one place that decides what in the text is a table
 * row. Three forms are rows, all given as cells left to right:
 * <ul>
 *   <li>a line holding tabs (the tab-separated rows of OCR text);</li>
 *   <li>a markdown pipe table: a header row, a {@code |---|} delimiter row, body rows ({@link PipeTables});</li>
 *   <li>an HTML {@code <table>}, inside markdown or a whole HTML document, spans expanded into a grid ({@link HtmlTables}).</li>
 * </ul>
 * A line that starts with an HTML block element outside a table ({@code <div>标题</div>}, {@code <h1>}, {@code <p>}) and
 * holds no tab becomes its text; any other line is kept as written (markdown headings, 公开NN表 labels, notes, rows;
 * inline tags such as {@code <sup>}, {@code <b>} stay, as the reader has always taken them). A pipe or HTML table is
 * preceded by a blank line, as a table of its own starts (an OCR tool's next page may start one).
 * Pure and thread-safe.
 */
final class TableMarkup {
    private static final Pattern TABLE_TAG = Pattern.compile("<(/?)table(?=[\\s>/])", Pattern.CASE_INSENSITIVE);
    /** The first tag of a line that is HTML markup rather than text with an inline tag. */
    private static final Pattern LEADING_TAG = Pattern.compile("^<(/?)([a-zA-Z][a-zA-Z0-9]*|!doctype)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCK_TAGS = Set.of("!doctype", "html", "head", "body", "title", "meta", "link", "style",
            "script", "div", "p", "center", "section", "article", "header", "footer", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "hr", "figure", "figcaption", "caption");

    private TableMarkup() {
    }

    static List<SourceLine> lines(String text) {
        String[] lines = text.split("\r?\n", -1);
        List<SourceLine> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int depth = tableDepth(line);
            if (depth > 0 || hasTableTag(line)) {
                // an HTML table, up to the line that closes it (or the end of a cut-off input)
                StringBuilder html = new StringBuilder(line);
                int j = i;
                while (depth > 0 && j + 1 < lines.length) {
                    html.append('\n').append(lines[++j]);
                    depth += tableDepth(lines[j]);
                }
                out.addAll(HtmlTables.lines(html.toString(), i + 1));
                i = j;
            } else if (PipeTables.isRow(line) && !PipeTables.isDelimiter(line) && i + 1 < lines.length && PipeTables.isDelimiter(lines[i + 1])) {
                out.add(SourceLine.plain(i + 1, ""));
                out.add(SourceLine.row(i + 1, PipeTables.cells(line)));
                int j = i + 2;
                for (; j < lines.length && PipeTables.isRow(lines[j]); j++) {
                    if (!PipeTables.isDelimiter(lines[j])) out.add(SourceLine.row(j + 1, PipeTables.cells(lines[j])));
                }
                i = j - 1;
            } else if (isMarkup(line)) {
                out.addAll(HtmlTables.lines(line, i + 1));
            } else {
                out.add(SourceLine.plain(i + 1, line));
            }
        }
        return out;
    }

    /** {@code <table>} opened minus closed on a line. */
    private static int tableDepth(String line) {
        if (line.indexOf('<') < 0) return 0;
        int depth = 0;
        Matcher m = TABLE_TAG.matcher(line);
        while (m.find()) depth += m.group(1).isEmpty() ? 1 : -1;
        return depth;
    }

    private static boolean hasTableTag(String line) {
        return line.indexOf('<') >= 0 && TABLE_TAG.matcher(line).find();
    }

    /** A line that starts with a block element and holds no tab (a tab-separated row keeps its inline tags: {@code <b>}, {@code <sup>}). */
    private static boolean isMarkup(String line) {
        if (line.indexOf('\t') >= 0) return false;
        Matcher m = LEADING_TAG.matcher(line.strip());
        return m.find() && BLOCK_TAGS.contains(m.group(2).toLowerCase(Locale.ROOT));
    }
}
