package io.gongkai.extract.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * HTML as OCR tools write it into markdown or as a whole document: MinerU's {@code <table><tr><td colspan="4">},
 * PaddleOCR PP-Structure's {@code <div><html><body><table border="1">}, headings and paragraphs around them. Parsed by
 * jsoup (the HTML5 parsing algorithm, so unclosed cells and stray {@code <html>} tags read as a browser reads them).
 * Pure and thread-safe.
 *
 * <p>A table becomes a grid, one row per {@code <tr>}: a cell spanning columns or rows ({@code colspan}, {@code rowspan})
 * puts its text in its top-left position and leaves the positions it covers blank, as the same table printed
 * tab-separated has it ({@code 项目\t\t\t\t收入预算\t\t\t\t}); but a code part (类 201, 款 04) spanning the rows it
 * heads is each of those rows'. Text outside tables becomes one line per block element,
 * a heading ({@code <h1>}..{@code <h6>}) as a markdown heading ({@code # 标题}).
 */
final class HtmlTables {
    /** HTML allows at most 1000 columns and 65534 rows for a span; more is junk. */
    private static final int MAX_COLSPAN = 1000, MAX_ROWSPAN = 65534;

    private HtmlTables() {
    }

    /**
     * The lines of an HTML fragment that starts on input line {@code firstLine}: text blocks and table rows in
     * document order, each numbered by the input line it starts on.
     */
    static List<SourceLine> lines(String html, int firstLine) {
        Element body = Jsoup.parse(html, Parser.htmlParser().setTrackPosition(true)).body();
        List<SourceLine> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] textLine = {firstLine};
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (insideTable(node)) return;
                if (node instanceof TextNode t) {
                    if (text.length() == 0 && t.isBlank()) return;
                    if (text.length() == 0) textLine[0] = lineOf(t, firstLine);
                    text.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
                    flush(out, text, textLine[0]);
                    if (e.nameIs("table")) {
                        out.add(SourceLine.plain(lineOf(e, firstLine), "")); // (a table of its own starts, as after a blank line)
                        out.addAll(rows(e, firstLine));
                    }
                    else if (e.normalName().matches("h[1-6]")) text.append("#".repeat(e.normalName().charAt(1) - '0')).append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock() && !insideTable(node)) flush(out, text, textLine[0]);
            }
        });
        flush(out, text, textLine[0]);
        return out;
    }

    /**
     * The rows of {@code table} as a grid of cell texts, all as wide as the widest row (its own rows only, not those of
     * a table nested in a cell). {@code rowspan="0"} spans to the table's last row.
     */
    static List<List<String>> grid(Element table) {
        List<Element> trs = ownRows(table);
        List<List<String>> grid = new ArrayList<>();
        List<List<Boolean>> taken = new ArrayList<>();
        List<int[]> codeSpans = new ArrayList<>(); // {row, column, rows}: code parts spanning rows
        for (int r = 0; r < trs.size(); r++) {
            ensure(grid, taken, r);
            int c = 0;
            for (Element cell : trs.get(r).children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) continue;
                while (c < taken.get(r).size() && taken.get(r).get(c)) c++;
                int colspan = Math.max(1, span(cell.attr("colspan"), 1, MAX_COLSPAN));
                int rowspan = span(cell.attr("rowspan"), 1, MAX_ROWSPAN);
                if (rowspan == 0) rowspan = trs.size() - r;
                rowspan = Math.max(1, Math.min(rowspan, trs.size() - r));
                if (rowspan > 1 && colspan == 1 && io.gongkai.normalize.CodeParser.isCodePart(cell.text())) codeSpans.add(new int[]{r, c, rowspan});
                for (int dr = 0; dr < rowspan; dr++) {
                    ensure(grid, taken, r + dr);
                    for (int dc = 0; dc < colspan; dc++) put(grid.get(r + dr), taken.get(r + dr), c + dc, dr == 0 && dc == 0 ? cell.text() : "");
                }
                c += colspan;
            }
        }
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        for (List<String> row : grid) while (row.size() < width) row.add("");
        // a code part (类 201, 款 04) in a cell spanning the rows it heads belongs to each of them that prints cells of its
        // own (as on a ruled page: io.gongkai.grid.GridTable#toRawRows)
        for (int[] span : codeSpans) {
            String code = grid.get(span[0]).get(span[1]);
            for (int r = span[0] + 1; r < span[0] + span[2] && r < grid.size(); r++) {
                List<String> row = grid.get(r);
                boolean own = false;
                for (int k = 0; k < row.size() && !own; k++) own = k != span[1] && !row.get(k).isBlank();
                if (own && row.get(span[1]).isBlank()) row.set(span[1], code);
            }
        }
        return grid;
    }

    private static List<SourceLine> rows(Element table, int firstLine) {
        List<Element> trs = ownRows(table);
        List<List<String>> grid = grid(table);
        List<SourceLine> out = new ArrayList<>(grid.size());
        for (int r = 0; r < grid.size(); r++) out.add(SourceLine.row(lineOf(trs.get(r), firstLine), grid.get(r)));
        return out;
    }

    private static List<Element> ownRows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) out.add(child);
            else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                for (Element tr : child.children()) if (tr.nameIs("tr")) out.add(tr);
            }
        }
        return out;
    }

    private static boolean insideTable(Node node) {
        for (Node p = node.parent(); p != null; p = p.parent()) if (p instanceof Element e && e.nameIs("table")) return true;
        return false;
    }

    /** A span attribute's value: {@code dflt} when absent or not a number, at most {@code max}; 0 is kept (rowspan 0). */
    private static int span(String attr, int dflt, int max) {
        String s = attr.strip();
        if (s.isEmpty() || !s.chars().allMatch(Character::isDigit) || s.length() > 6) return dflt;
        return Math.min(Integer.parseInt(s), max);
    }

    private static void ensure(List<List<String>> grid, List<List<Boolean>> taken, int r) {
        while (grid.size() <= r) {
            grid.add(new ArrayList<>());
            taken.add(new ArrayList<>());
        }
    }

    private static void put(List<String> row, List<Boolean> taken, int c, String text) {
        while (row.size() <= c) {
            row.add("");
            taken.add(false);
        }
        row.set(c, text);
        taken.set(c, true);
    }

    private static int lineOf(Node node, int firstLine) {
        var start = node.sourceRange().start();
        return start.isTracked() ? firstLine + start.lineNumber() - 1 : firstLine;
    }

    private static void flush(List<SourceLine> out, StringBuilder text, int line) {
        String s = text.toString().strip();
        if (!s.isEmpty() && !s.matches("#+")) out.add(SourceLine.plain(line, s.replace('\t', ' ')));
        text.setLength(0);
    }
}
