package io.gongkai.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tables without (vertical) rulings, from text alignment ("stream"): lines of text whose runs are separated by wide
 * gaps form a table where several such lines follow each other; its columns are the x-ranges no word of those lines
 * crosses. A line with fewer runs (a wrapped name, a section heading) stays in the table.
 *
 * <p>Rows: one per text line; or, where horizontal rules run across the table (an "open" table style: row lines
 * kept, column lines left out), the bands between the rules, read as a ruled grid by {@link GridBuilder} with a column
 * line drawn at each column edge no word of the band crosses (a header over several columns stays one merged cell, as
 * on the ruled page). Thread-safe (stateless).
 */
public final class StreamBuilder {
    /** A gap this many times the font size separates two cells: a line with such gaps is tabular. */
    private static final double CELL_GAP = 1.5;
    /**
     * A gap wider than one character (this many times the font size) separates two words; a column edge may fall
     * between words. Wider than a space or the letter-spacing within a phrase, narrower than the gap a code column
     * leaves before the name beside it (上海市普陀区财政局 2025 budget p. 12: the 项 code "01" ends 1.17 em before "行政运行").
     */
    private static final double WORD_GAP = 1.0;
    /** A horizontal rule that spans this share of a table's width is one of its row lines. */
    private static final double RULE_SPAN = 0.7;
    private static final int MIN_ROWS = 3, MIN_COLUMNS = 3;
    /** Two words whose left (or right) edges are this close (pt) stand in one column: a left- (or right-) aligned cell. */
    private static final double ALIGNED = 1.5;
    /**
     * A figure ends at its decimals, or its last group of thousands: a gap this many times the font size after it
     * separates two words, however narrow (an amount right-aligned against the next cell's left-aligned code or name, no
     * column rule between: LibreOffice leaves 0.85 pt, 0.16 em of 5.2 pt type). Within a figure a text layer sets its
     * glyphs edge to edge.
     */
    private static final double AFTER_DECIMALS = 0.1;
    /** Words of two lines closer than this (pt) without overlapping still stand in one column. */
    private static final double TOUCHING = 0.25;

    private record Run(double x0, double x1, List<Glyph> glyphs) {
    }

    /** A line of text: its runs (split at cell gaps) and its words (split at word gaps). */
    private record Line(double y0, double y1, List<Run> runs, List<Run> words) {
        double cy() {
            return (y0 + y1) / 2;
        }
    }

    /** Tables of a page without rulings, one row per text line. */
    public List<GridTable> stream(int page, List<Glyph> glyphs) {
        return stream(page, glyphs, List.of());
    }

    /**
     * Tables of a page without vertical rulings: rows from the horizontal rules among {@code segments} where they run
     * across a table, else from its text lines; columns from text alignment.
     */
    public List<GridTable> stream(int page, List<Glyph> glyphs, List<Segment> segments) {
        List<Segment> rules = GridBuilder.merge(segments.stream().filter(Segment::horizontal).toList(), true);
        List<Line> lines = new ArrayList<>();
        for (GlyphText.Line l : GlyphText.lines(glyphs)) lines.add(new Line(l.y0(), l.y1(), runs(l.glyphs(), CELL_GAP), runs(l.glyphs(), WORD_GAP)));
        List<GridTable> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).runs().size() < MIN_COLUMNS || signOff(lines.get(i)) || prose(lines.get(i))) { i++; continue; }
            int j = i;
            int multi = 0;
            while (j < lines.size()) {
                Line l = lines.get(j);
                // the sign-off under a table (填报单位：… 单位负责人：… 填表人：…) ends it: its fields stand apart as cells do,
                // and wide ones cross its columns (财务负责人：李四 over 合计 and 基本支出 made one column of two)
                if (signOff(l)) break;
                // a sentence under it (the 情况说明 after a table's 合计) ends it, however its figures part it into runs
                if (prose(l)) break;
                // the head of the next table (its title, 公开NN表, its unit) ends this one, whatever it aligns with: Calc
                // prints two tables of a page in the same columns, the second's title in column A where the first's codes stand
                if (j > i && headsTable(l)) break;
                boolean tabular = l.runs().size() >= 2;
                // two plain lines end it, unless they stand in its columns (a two-sided 总表's lines printed on one side only),
                // or a line of figures follows them packed (one row's wrapped name ending, the next's beginning, centred on
                // their figures: 支出 | 216 商业服务业等 | 31,364,000.00 … under a header printed again had cut a continued
                // page's table there, its first three rows lost)
                boolean namesOverFigures = j + 2 < lines.size() && packed(lines, j, j + 1) && packedTabular(lines, j + 1, j + 2) && printsAmount(lines.get(j + 2));
                if (!tabular && !aligned(l, lines.subList(i, j)) && !wrappedPiece(lines, j) && !namesOverFigures
                        && (j + 1 >= lines.size() || lines.get(j + 1).runs().size() < 2)) break;
                // a wide vertical gap ends it, unless the table's rules run on across it (empty ruled rows above its 合计)
                if (j > i && l.y0() - lines.get(j - 1).y1() > 3 * lineHeight(lines.get(j - 1)) && !ruledAcross(rules, lines.subList(i, j), l)
                        && !totalUnder(l, lines.subList(i, j))) break;
                if (tabular) multi++;
                j++;
            }
            // an empty table: its header's lines and its note saying it is empty (注：本部门无…，故本表为空表), in its
            // columns or under them
            boolean empty = false;
            for (int k = i; k <= Math.min(j, lines.size() - 1) && !empty; k++) {
                empty = lines.get(k).runs().size() == 1 && io.gongkai.template.Vocabulary.saysEmpty(text(lines.get(k)));
            }
            // (or under its 合计 line, a line of its own that ended it: the note below the table, its rows up to the 合计)
            for (int k = j; !empty && k < Math.min(j + 2, lines.size() - 1) && lines.get(k).runs().size() == 1; k++) {
                if (lines.get(k + 1).runs().size() == 1 && io.gongkai.template.Vocabulary.saysEmpty(text(lines.get(k + 1)))) {
                    empty = true;
                    j = k + 1;
                }
            }
            // a table of one row (a "三公" table: its header, then one line of figures under it)
            boolean oneRow = multi == 2 && figureRuns(lines.get(j - 1)) >= MIN_COLUMNS;
            // a table's title, header and first row at the foot of a page, the rest of it on the next (Writer breaks a
            // 财政拨款收支总表 so): its first row, for the next page's rows to continue
            boolean foot = multi == 2 && j >= lines.size() && headedAt(lines, i) && printsAmount(lines.get(j - 1));
            // a table of one row whose header cells are set so close that none of its lines holds three runs (Writer's
            // narrow 三公 columns): the line of figures under the table's head, the lines between them its header
            int headed = multi == 1 && figureRuns(lines.get(i)) >= MIN_COLUMNS ? headerUnder(lines, i) : -1;
            if (multi >= MIN_ROWS || empty || oneRow || foot || headed >= 0) {
                // a group's name printed once over its parts' headers (公务用车购置及运行费 over 小计 | 购置费 | 运行费), a
                // line of one run, is the header's first line: left above, it was taken for the table's title
                int start = headed >= 0 ? headed : i;
                while (headed < 0 && start > 0 && i - start < 2 && groupHeader(lines.get(start - 1), lines.get(start), lines.subList(start, j))) start--;
                // a table of one row whose header wraps its names over several lines (因公出国（境） / 费, 公务接待 / 费, a
                // group's name over 小计 购置费 运行费: LibreOffice's print of a borderless 三公 table): its first line of
                // three runs is inside its header, and the lines above it up to the table's head are the header's top
                // (its columns as the lines from the first of three runs set them: a group's name up there spans its parts)
                int above = 0;
                if (headed < 0 && start == i && amountLines(lines.subList(i, j)) == 1 && printsAmount(lines.get(j - 1))) {
                    int top = wrappedHeaderOver(lines, i);
                    if (top >= 0) above = i - top;
                    start -= above;
                }
                GridTable t = table(page, lines.subList(start, j), headed >= 0, above);
                if (t != null) {
                    GridTable ruled = ruled(page, t, lines, rules, glyphs);
                    out.add(ruled != null ? ruled : t);
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /**
     * The first of the lines of fewer runs than a table's columns between a table's head ({@link #headsTable}, or a label
     * such as 编制部门：…) and line {@code i}, none printing an amount, when there are one to {@value #WRAPPED_HEAD_LINES}
     * of them and the head is just above them; else -1. (A 三公 table printed by Writer in narrow columns without
     * borders sets its header in six lines of one run each: 公务用车购置及运行 / 费 beside 机关运行经费预算数.)
     */
    private static int headerUnder(List<Line> lines, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= WRAPPED_HEAD_LINES && lines.get(k).runs().size() < MIN_COLUMNS && !printsAmount(lines.get(k)) && !headsTable(lines.get(k))
                && !labelled(lines.get(k))) k--;
        if (k == i - 1 || k < 0 || !(headsTable(lines.get(k)) || labelled(lines.get(k)))) return -1;
        return k + 1;
    }

    /**
     * The first line of the header over line {@code i}, when every line from the table's head (its title,
     * number or unit, or a label line: {@link #headerUnder}) down to it is a header line packed under the one before (no
     * amount, no sign-off, at most a line apart; line {@code i} at most two lines under the last), at most
     * {@value #WRAPPED_HEAD_LINES} of them; else -1.
     */
    private static int wrappedHeaderOver(List<Line> lines, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= WRAPPED_HEAD_LINES && !printsAmount(lines.get(k)) && !signOff(lines.get(k)) && !headsTable(lines.get(k)) && !labelled(lines.get(k))
                && lines.get(k + 1).y0() - lines.get(k).y1() <= (k + 1 == i ? 2 : 1) * lineHeight(lines.get(k))) k--;
        if (k == i - 1 || k < 0 || !(headsTable(lines.get(k)) || labelled(lines.get(k)))) return -1;
        return k + 1;
    }

    /** The most header lines above a one-row table's first line of three runs when its names wrap (a group's name, its parts, each over two lines). */
    private static final int WRAPPED_HEAD_LINES = 6;

    /** How many of {@code lines} print an amount ({@link #printsAmount}). */
    private static int amountLines(List<Line> lines) {
        int n = 0;
        for (Line l : lines) if (printsAmount(l)) n++;
        return n;
    }

    /** Whether a line is a label and its value (编制部门：…, 单位：万元): a colon in it. */
    private static boolean labelled(Line l) {
        String t = text(l);
        return t.contains("：") || t.contains(":");
    }

    /** Whether one of the {@value #HEAD_LINES} lines above line {@code i} heads a table ({@link #headsTable}: its title, number or unit). */
    private static boolean headedAt(List<Line> lines, int i) {
        for (int k = i - 1; k >= Math.max(0, i - HEAD_LINES); k--) if (headsTable(lines.get(k))) return true;
        return false;
    }

    /**
     * The most lines between a table's head and its first line of figures or columns: 编制部门 and unit, a group's
     * name, its parts, their parts.
     */
    private static final int HEAD_LINES = 4;

    /**
     * Whether {@code l}, a line of one run just above {@code below} (no more than half a line between), names a group
     * of the columns under it: a word, not a figure, a label (编制单位：…) or a table's head, over a run of one of the
     * table's first two lines (a part's header: the name is centred over its parts, and may be narrower than their
     * span, 公务用车购置及运行费 over 购置费 alone).
     */
    private static boolean groupHeader(Line l, Line below, List<Line> table) {
        if (l.runs().size() != 1 || headsTable(l) || signOff(l) || below.y0() - l.y1() > 0.5 * lineHeight(l)) return false;
        String text = text(l).strip();
        if (text.isEmpty() || labelled(l) || FIGURE.matcher(text).matches()) return false;
        Run run = l.runs().get(0);
        for (Line t : table.subList(0, Math.min(2, table.size()))) {
            long under = t.runs().stream().filter(r -> Math.min(r.x1(), run.x1()) > Math.max(r.x0(), run.x0())).count();
            if (under >= 1) return true;
        }
        return false;
    }

    /**
     * Whether a line of one run stands in the columns of the tabular lines above it: it starts or ends where a word of
     * one of them does (within {@link #ALIGNED} pt). A 收入支出决算总表 prints its income side's 8 lines beside 26 of
     * expenditure, so 18 lines print one name on the right, most of them without an amount; the same 总表 of 财政拨款
     * prints 年初财政拨款结转和结余's parts on the left with nothing beside them.
     */
    private static boolean aligned(Line l, List<Line> above) {
        if (l.runs().size() != 1) return false;
        Run run = l.runs().get(0);
        for (Line a : above) {
            if (a.runs().size() < 2) continue;
            for (Run w : a.words()) if (Math.abs(w.x0() - run.x0()) <= ALIGNED || Math.abs(w.x1() - run.x1()) <= ALIGNED) return true;
        }
        return false;
    }

    /**
     * Whether line {@code j} is a piece of a figure that its narrow cell wrapped (Writer and Word print
     * {@code 12,291,733.0} on a line over the row's and {@code 0} on a line under it): one run, a figure or a figure's end
     * ({@link #TAIL}), packed (at most a line's height apart) against a line of the table's (two runs or more) or
     * against another such piece that is. Two of them in a row (one row's tail, the next row's head) had ended the table
     * as two plain lines do: a newcomer's Writer print of a 一般公共预算支出功能分类预算表 without rules came out as a
     * table of one row.
     */
    private static boolean wrappedPiece(List<Line> lines, int j) {
        if (!figurePiece(lines.get(j))) return false;
        if (packedTabular(lines, j, j - 1) || packedTabular(lines, j, j + 1)) return true;
        for (int k : new int[]{j - 1, j + 1}) {
            if (k < 0 || k >= lines.size() || !figurePiece(lines.get(k)) || !packed(lines, j, k)) continue;
            if (packedTabular(lines, k, 2 * k - j)) return true;
        }
        return false;
    }

    /** A line of one run that is a figure or a figure's end ({@link #FIGURE}, {@link #TAIL}). */
    private static boolean figurePiece(Line l) {
        if (l.runs().size() != 1) return false;
        String t = text(l).strip();
        return FIGURE.matcher(t).matches() || TAIL.matcher(t).matches();
    }

    /** Whether line {@code k} exists, holds two runs or more and stands at most a line's height from line {@code j}. */
    private static boolean packedTabular(List<Line> lines, int j, int k) {
        return k >= 0 && k < lines.size() && lines.get(k).runs().size() >= 2 && packed(lines, j, k);
    }

    private static boolean packed(List<Line> lines, int j, int k) {
        Line a = lines.get(Math.min(j, k)), b = lines.get(Math.max(j, k));
        return b.y0() - a.y1() <= Math.min(lineHeight(a), lineHeight(b));
    }

    /**
     * A table's title (of six Han characters or more, ending in 表, after its 公开NN表 label if printed with it), its
     * 公开NN表 label alone, or its unit line (单位：元, 金额单位：万元), printed on a line of one or two runs.
     */
    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile("^(?:\\d{4}年度?)?[\\p{IsHan}（）()“”\"]{6,48}表$");
    private static final java.util.regex.Pattern UNIT_LINE = java.util.regex.Pattern.compile("^(?:金额)?单位[:：](?:人民币)?(?:万元|元|千元)$");

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("^-?[0-9][0-9,]*(?:\\.[0-9]+)?$");

    /** How many runs of a line are figures or dashes printed for nothing, when all of them are and one is a figure (else 0). */
    private static int figureRuns(Line l) {
        boolean figure = false;
        for (Run r : l.runs()) {
            String t = GlyphText.cellText(r.glyphs()).strip();
            if (FIGURE.matcher(t).matches()) figure = true;
            else if (!DASH.matcher(t).matches()) return 0;
        }
        return figure ? l.runs().size() : 0;
    }

    /** A dash printed for nothing (a 三公 table's 因公出国(境)费 of none: -, —). */
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("^[-—－–]{1,2}$");

    /** A line's text, its words run together. */
    private static String text(Line l) {
        StringBuilder b = new StringBuilder();
        for (Run w : l.words()) b.append(GlyphText.cellText(w.glyphs()));
        return b.toString();
    }

    /** Whether a line is the head of a table: its title, its printed number, or its unit (see {@link #TITLE}). */
    private static boolean headsTable(Line l) {
        if (l.runs().size() > 2) return false;
        String text = io.gongkai.normalize.TextNormalizer.normalize(text(l)).replaceAll("\\s+", "");
        String rest = io.gongkai.template.Vocabulary.TABLE_LABEL.matcher(text).replaceAll("");
        if (rest.isEmpty() && !text.isEmpty()) return true;
        return TITLE.matcher(rest).matches() && !io.gongkai.template.Vocabulary.isNote(rest) || UNIT_LINE.matcher(text).matches();
    }

    /** Whether a line is a sign-off line ({@link io.gongkai.template.Vocabulary#isSignOff}). */
    private static boolean signOff(Line l) {
        return io.gongkai.template.Vocabulary.isSignOff(text(l));
    }

    /**
     * Whether line {@code l}, under a wide gap, is the total row of the table above it: it begins with a total's name
     * (合计, 总计, 收入总计, 支出合计 …) and each of its amounts ends where a word of the table's lines ends (its figure
     * columns). Empty rows above a table's 合计 print nothing where no rule is drawn: a Writer print of a 财政拨款收支总表
     * whose borders it dropped lost its 收入总计 and 支出总计 line (and with it its template) at that gap.
     */
    private static boolean totalUnder(Line l, List<Line> table) {
        if (l.runs().size() < 2 || !printsAmount(l)) return false;
        String first = io.gongkai.normalize.TextNormalizer.normalize(GlyphText.cellText(l.runs().get(0).glyphs())).replaceAll("\\s", "");
        if (first.length() > TOTAL_NAME || !(first.endsWith("合计") || first.endsWith("总计"))) return false;
        int figures = 0;
        for (Run w : l.words()) {
            if (!amount(w.glyphs())) continue;
            figures++;
            boolean under = false;
            for (Line a : table) for (Run v : a.words()) under |= amount(v.glyphs()) && Math.abs(v.x1() - w.x1()) <= ALIGNED;
            if (!under) return false;
        }
        return figures > 0;
    }

    /** The longest name of a total row, in characters (本年收入合计, 一般公共预算支出合计). */
    private static final int TOTAL_NAME = 10;

    /**
     * Whether a line is a sentence of prose: {@value #PROSE_HAN} Han characters or more and a comma, full stop or
     * semicolon of a sentence (，。；). Its amounts (收入预算 37,151.47 万元，其中：…) part it into runs as a row's
     * cells are parted: a Writer print of a table without borders took the 情况说明 under its 合计 for rows, and the
     * table was lost.
     */
    private static boolean prose(Line l) {
        String t = text(l);
        return io.gongkai.normalize.TextNormalizer.hanCount(t) >= PROSE_HAN && (t.indexOf('，') >= 0 || t.indexOf('。') >= 0 || t.indexOf('；') >= 0);
    }

    /** Han characters of a line of prose at least ({@link #prose}): more than a table's longest name (机关事业单位基本养老保险缴费, 14). */
    private static final int PROSE_HAN = 20;

    private static double lineHeight(Line l) {
        return Math.max(4, l.y1() - l.y0());
    }

    /**
     * Whether the gap between {@code table}'s last line and {@code next} is ruled rows: rules spanning {@link #RULE_SPAN}
     * of the table's width stand in it, none more than three lines' height from the one before (or from either line).
     * A scanned two-sided 总表 ruled across only, three empty rows above its 收入总计, lost its totals at the gap (a
     * text layer's empty cells print spaces, and no gap was there).
     */
    private static boolean ruledAcross(List<Segment> rules, List<Line> table, Line next) {
        double left = Double.MAX_VALUE, right = -Double.MAX_VALUE;
        for (Line l : table) {
            for (Run r : l.runs()) {
                left = Math.min(left, r.x0());
                right = Math.max(right, r.x1());
            }
        }
        double width = right - left, from = table.get(table.size() - 1).y1(), to = next.y0();
        double most = 3 * lineHeight(table.get(table.size() - 1));
        if (width <= 0) return false;
        double l0 = left, r0 = right;
        List<Double> ys = rules.stream().filter(r -> Math.min(r.x1(), r0) - Math.max(r.x0(), l0) >= RULE_SPAN * width)
                .map(Segment::y).filter(y -> y > from && y < to).sorted().toList();
        if (ys.isEmpty()) return false;
        double at = from;
        for (double y : ys) {
            if (y - at > most) return false;
            at = y;
        }
        return to - at <= most;
    }

    /** A line's glyphs split where the gap exceeds {@code gap} times the font size. */
    private static List<Run> runs(List<Glyph> line, double gap) {
        List<Run> runs = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            double size = prev == null ? 0 : Math.max(prev.fontSize(), g.fontSize());
            double space = prev == null ? 0 : g.x0() - prev.x1();
            if (prev != null && (space > gap * size || space > AFTER_DECIMALS * size && figureEnds(cur, g) || space >= 0 && phrasesPart(cur, g) || nameEnds(cur, g))) {
                runs.add(new Run(cur.get(0).x0(), cur.get(cur.size() - 1).x1(), cur));
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) runs.add(new Run(cur.get(0).x0(), cur.get(cur.size() - 1).x1(), cur));
        return runs;
    }

    /**
     * Whether {@code run} ends in a figure read from a text layer — its decimals (2,555.90; 6.4), its last group of
     * thousands (189,767,551: a budget's whole 元), or five digits and more — and {@code next} does not go on with it (a
     * point, a comma; after its decimals nothing), so that {@code next} is another cell's — a digit too, after five
     * digits and more: a text layer sets a figure's digits edge to edge, and a CSV's whole 元 printed by LibreOffice
     * Calc without separators stand 0.68 em apart in a 合计 row ({@code 127642039 102464260 25177779}, read as one
     * cell). OCR's glyph boxes are estimates: a gap between them says nothing. An enumeration (1. 一般公共预算资金) or a
     * year (2025 年) is no figure.
     */
    private static boolean figureEnds(List<Glyph> run, Glyph next) {
        if (run.isEmpty() || next.confidence() < 1 || run.get(run.size() - 1).confidence() < 1 || next.text().isEmpty()) return false;
        StringBuilder tail = new StringBuilder();
        for (int k = Math.max(0, run.size() - 9); k < run.size(); k++) tail.append(run.get(k).text());
        char n = next.text().charAt(0);
        boolean separator = ",.，．".indexOf(n) >= 0;
        if (DECIMALS.matcher(tail).find()) return true;                                    // nothing goes on after the 分
        if (THOUSANDS.matcher(tail).find()) return !separator;                              // another group, or the decimals
        return DIGITS.matcher(tail).find() && !separator;                                   // a whole figure without separators
    }

    /**
     * Whether {@code run} ends in a name — a Han character, spaces aside — and {@code next}, a text layer's digit or a
     * dash printed for nothing, begins a figure {@value #NAME_GAP} em or more after it: two cells, however close. LibreOffice and Chromium print an unruled
     * 收入预算总表's long 项 names up to their 合计 (2080505 机关事业单位基本养老保险缴费支出, 1.5 pt before 1,410,886.00 at
     * 9 pt): taken as one word, the name reached across the 合计 column and the page's columns were one — no table;
     * Writer sets 三、国有资本经营预算 one space before its dash (a newcomer's P11). A name's own digits follow it
     * without a gap (第2, 2024年 after 其中：), and OCR's glyphs are phrases.
     */
    private static boolean nameEnds(List<Glyph> run, Glyph next) {
        if (run.isEmpty() || next.confidence() < 1 || next.text().isEmpty()) return false;
        char first = next.text().charAt(0);
        if (!Character.isDigit(first) && "-—－–".indexOf(first) < 0) return false;
        int k = run.size() - 1;
        while (k >= 0 && run.get(k).text().isBlank()) k--;
        if (k < 0 || run.get(k).confidence() < 1) return false;
        String t = run.get(k).text();
        if (t.isEmpty() || Character.UnicodeScript.of(t.codePointAt(t.length() - 1)) != Character.UnicodeScript.HAN) return false;
        double size = Math.max(run.get(k).fontSize(), next.fontSize());
        return next.x0() - run.get(k).x1() >= NAME_GAP * size;
    }

    /**
     * Whether {@code next}, an OCR phrase, stands in another cell than the OCR phrase ending {@code run}, however close
     * (the caller has found them apart, if by nothing): one ends in an amount printed with its decimals or its groups of
     * thousands and the other begins with a Han character, or the other way round (digits alone may be a classification
     * code beside its name in one cell, as {@code FigureBesideName} leaves them). OCR's
     * glyphs are phrases, each the ink's own (its gaps found in the ink, not estimated): a figure and a name are never
     * one phrase's parts. A two-sided 总表 ruled across only, right-aligned figures 0.8 em from the other side's names
     * (a newcomer's Chromium print, scanned at 300 dpi: `371,514,655.00 一、一般公共服务支出` read as one cell), lost its
     * columns and the table. So are two phrases that are each a whole amount (figures set flush left in narrow columns,
     * 0.4 em apart: 合计's 6,958,414 and 人员经费's, one word, joined the two columns).
     */
    private static boolean phrasesPart(List<Glyph> run, Glyph next) {
        if (run.isEmpty() || next.confidence() >= 1) return false;
        Glyph last = run.get(run.size() - 1);
        if (last.confidence() >= 1) return false;
        String a = last.text().strip(), b = next.text().strip();
        if (a.isEmpty() || b.isEmpty()) return false;
        boolean nameFirst = Character.UnicodeScript.of(b.codePointAt(0)) == Character.UnicodeScript.HAN;
        if (nameFirst && (DECIMALS.matcher(a).find() || THOUSANDS.matcher(a).find())) return true;
        if (AMOUNT_FIRST.matcher(a).matches() && AMOUNT_FIRST.matcher(b).lookingAt()) return true;
        return AMOUNT_FIRST.matcher(b).lookingAt() && Character.UnicodeScript.of(a.codePointBefore(a.length())) == Character.UnicodeScript.HAN;
    }

    /** The least gap, in em, between a name and a figure after it that makes them two cells ({@link #nameEnds}). */
    private static final double NAME_GAP = 0.1;

    private static final java.util.regex.Pattern DECIMALS = java.util.regex.Pattern.compile("\\d[.．]\\d{1,2}$");
    private static final java.util.regex.Pattern THOUSANDS = java.util.regex.Pattern.compile("\\d[,，]\\d{3}$");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{5,}$");
    /** An amount printed with its groups of thousands or its decimals, at the start of a text. */
    private static final java.util.regex.Pattern AMOUNT_FIRST = java.util.regex.Pattern.compile("-?\\d{1,3}(?:[,，]\\d{3})+(?:[.．]\\d{1,2})?(?!\\d)|-?\\d+[.．]\\d{1,2}(?!\\d)");

    /**
     * Columns at the x-ranges no word of a multi-run line crosses; one row per line. The lines that print amounts set
     * the columns first: a word of another line (a header's) that bridges two of their columns joins none (Writer sets
     * a table's header cells 0.6 em apart, 人员经费 公用经费, read as one word, and its two columns of figures were one).
     * The first {@code headOnly} lines are placed in the columns the others set, and set none (a group's name over its
     * parts' columns).
     */
    private static GridTable table(int page, List<Line> printed, boolean byHeader, int headOnly) {
        List<double[]> figureSpans = new ArrayList<>(), otherSpans = new ArrayList<>();
        List<List<Run>> amountsByLine = new ArrayList<>();
        for (int k = headOnly; k < printed.size(); k++) {
            Line l = printed.get(k);
            boolean figures = printsAmount(l);
            if (byHeader && !figures) {
                // a one-row table under its head: its header's leaves (words no word of a header line below stands
                // under) are its columns, as a ruled one's cells would be (its line of figures leaves blanks out)
                // (a header's cells set half an em apart or more are cells, however close: 小计 购置费 运行费)
                for (Run r : runs(l.words().stream().flatMap(w -> w.glyphs().stream()).toList(), HEADER_GAP)) if (leaf(r, printed.subList(k + 1, printed.size()))) otherSpans.add(new double[]{r.x0(), r.x1()});
                continue;
            }
            if (l.runs().size() < 2) {
                // a header line of narrow cells, set closer than a cell gap apart: its cells parted at half an em, when
                // it has two or more (Writer's 事业收 事业单位经营收 其他收, 8 pt apart in 10 pt type, their 入 wrapped onto
                // the line below; without them the 入 under 事业单位经营收, centred right of its column's figures set flush
                // left, was a column of its own, and every figure after it was read a column right)
                List<Run> cells = figures ? List.of() : runs(l.words().stream().flatMap(w -> w.glyphs().stream()).toList(), HEADER_GAP);
                if (cells.size() >= 2) for (Run r : cells) otherSpans.add(new double[]{r.x0(), r.x1()});
                // a figure alone on its line (the head of one its narrow cell wrapped) stands in its column: where a
                // column's every figure wraps (a two-sided 总表's income side, 371,514,655.00 three times), its column
                // was set by its centred header alone, and the flush-left figures' ends fell among the names
                if (figures) for (Run r : l.words()) figureSpans.add(new double[]{r.x0(), r.x1()});
                continue;
            }
            for (Run r : l.words()) (figures ? figureSpans : otherSpans).add(new double[]{r.x0(), r.x1()});
            if (figures) amountsByLine.add(l.words().stream().filter(r -> amount(r.glyphs())).toList());
        }
        List<Double> cuts = figureCuts(amountsByLine);
        // a word of the other lines that reaches over two columns of figures is a group's name over its parts (基本支出
        // over 人员经费 | 公用经费), no column's; the lines nearest the figures first, each word that stays in one column
        // widening it: a group's name centred over two narrow columns of right-aligned figures reaches into the first
        // only, but over both their headers (a newcomer's 总表 printed by Chromium with no inner rules: 基本支出 joined
        // 人员经费's column to 公用经费's, their figures read as one, and 项目支出's verified under 公用经费)
        List<double[]> ofFigures = columnBlocks(figureSpans, cuts);
        List<double[]> spans = new ArrayList<>(figureSpans);
        for (int k = otherSpans.size() - 1; k >= 0; k--) {
            double[] s = otherSpans.get(k);
            List<double[]> reached = ofFigures.stream().filter(b -> s[0] < b[1] && s[1] > b[0]).toList();
            if (reached.size() >= 2) continue;
            spans.add(s);
            if (reached.size() == 1) {
                reached.get(0)[0] = Math.min(reached.get(0)[0], s[0]);
                reached.get(0)[1] = Math.max(reached.get(0)[1], s[1]);
            }
        }
        List<double[]> blocks = columnBlocks(spans, cuts);
        if (blocks.size() < MIN_COLUMNS) return null;
        List<Double> xs = new ArrayList<>();
        xs.add(blocks.get(0)[0] - 1);
        for (int b = 0; b + 1 < blocks.size(); b++) xs.add((blocks.get(b)[1] + blocks.get(b + 1)[0]) / 2);
        xs.add(blocks.get(blocks.size() - 1)[1] + 1);
        List<List<List<Glyph>>> grid = place(printed, xs);
        // a centred header and right-aligned numbers under it occupy different x-ranges but are one column: neighbouring
        // columns that no line fills both of are merged. Never a header into the figures on its left: a header set flush
        // left, or centred over figures narrower than half its column, stands left of its own figures and right of the
        // column before's (a Chromium print, headers in <td>, rules across only: 合计's header went with the names,
        // 财政拨款收入's with 合计's figures, and every figure was read one template column off, all verified)
        boolean merged = !byHeader;
        while (merged) {
            merged = false;
            for (int c = 0; c + 1 < xs.size() - 1; c++) {
                final int col = c;
                boolean disjoint = grid.stream().noneMatch(row -> !row.get(col).isEmpty() && !row.get(col + 1).isEmpty());
                if (!disjoint) continue;
                if (headerOnly(grid, c + 1) && grid.stream().anyMatch(row -> amount(row.get(col)))) continue;
                // two columns of money apart are two, however no line fills both: the figures of one column share an
                // edge or a centre, so their ranges overlap (a newcomer's scan of a borderless 基本支出 table, figures
                // flush left, each row printing 人员经费 or 公用经费: the two were merged, 公用经费's figures read under
                // 人员经费, unflagged)
                if (moneyLines(grid, col) >= 2 && moneyLines(grid, col + 1) >= 2) continue;
                xs.remove(c + 1);
                grid = place(printed, xs);
                merged = true;
                break;
            }
        }
        // a figure its narrow cell wrapped: its last digits on a line of their own, its row's name centred between
        List<Line> lines = wrappedFigures(printed, grid);
        if (lines != printed) grid = place(lines, xs);
        List<Double> ys = new ArrayList<>();
        ys.add(lines.get(0).y0() - 1);
        for (int k = 0; k + 1 < lines.size(); k++) ys.add((lines.get(k).y1() + lines.get(k + 1).y0()) / 2);
        ys.add(lines.get(lines.size() - 1).y1() + 1);
        // a name wrapped onto lines of its own is its row's: the lines of one row, in order
        int[] wrappedIn = new int[lines.size()];
        List<List<Integer>> rows = wrapped(lines, grid, wrappedIn);
        List<Double> rowYs = new ArrayList<>();
        rowYs.add(ys.get(0));
        for (List<Integer> row : rows) rowYs.add(ys.get(row.get(row.size() - 1) + 1));
        List<String[]> texts = new ArrayList<>();
        List<double[][]> extents = new ArrayList<>();  // each row's columns: where their text begins and ends
        for (List<Integer> row : rows) {
            double[][] e = new double[xs.size() - 1][];
            for (int c = 0; c + 1 < xs.size(); c++) {
                double x0 = Double.NaN, x1 = Double.NaN;
                for (int line : row) for (Glyph g : grid.get(line).get(c)) {
                    if (g.text().isBlank()) continue;
                    x0 = Double.isNaN(x0) ? g.x0() : Math.min(x0, g.x0());
                    x1 = Double.isNaN(x1) ? g.x1() : Math.max(x1, g.x1());
                }
                e[c] = new double[]{x0, x1};
            }
            extents.add(e);
            String[] t = new String[xs.size() - 1];
            for (int c = 0; c + 1 < xs.size(); c++) {
                if (row.size() == 1) {
                    t[c] = GlyphText.cellText(grid.get(row.get(0)).get(c));
                } else {
                    // the row's own text of the column (a code printed there, or nothing), then the name's wrapped lines;
                    // a name's middle line printed beside the figures stands in its place among them
                    List<String> own = new ArrayList<>();
                    StringBuilder name = new StringBuilder();
                    for (int line : row) {
                        String text = GlyphText.cellText(grid.get(line).get(c));
                        if (text.isEmpty()) continue;
                        final int col = c;
                        boolean ofName = (wrappedIn[line] >> c & 1) == 1 || c < 31 && io.gongkai.normalize.TextNormalizer.hasHan(text) && row.stream().anyMatch(l -> (wrappedIn[l] >> col & 1) == 1);
                        // a code set before its name in the name's cell (Calc: 20103 相关机构事务 under 政府办公厅（室）及)
                        // stays before the whole name
                        java.util.regex.Matcher coded = ofName ? io.gongkai.normalize.CodeParser.CODE_AND_NAME.matcher(text) : null;
                        if (coded != null && coded.matches()) {
                            own.add(coded.group(1));
                            name.append(coded.group(2));
                        } else if (ofName) name.append(text);
                        else own.add(text);
                    }
                    if (name.length() > 0) own.add(name.toString());
                    t[c] = String.join(" ", own);
                }
            }
            texts.add(t);
        }
        List<Double> centres = rows.stream().map(row -> (lines.get(row.get(0)).y0() + lines.get(row.get(row.size() - 1)).y1()) / 2).toList();
        boolean[] drop = CentredCodes.spread(texts, centres);
        // a code's own line, its code spread over the rows of its merged cell, is no row: the row above takes its band
        List<Double> bands = new ArrayList<>(List.of(rowYs.get(0)));
        List<Integer> keptRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!drop[i]) {
                keptRows.add(i);
                bands.add(rowYs.get(i + 1));
            } else if (!keptRows.isEmpty()) {
                bands.set(bands.size() - 1, rowYs.get(i + 1));
            }
        }
        List<GridCell> cells = new ArrayList<>();
        for (int r = 0; r < keptRows.size(); r++) {
            String[] t = texts.get(keptRows.get(r));
            double[][] e = extents.get(keptRows.get(r));
            for (int c = 0; c + 1 < xs.size(); c++) {
                cells.add(new GridCell(r, c, 1, 1, xs.get(c), bands.get(r), xs.get(c + 1), bands.get(r + 1), t[c], 1.0, e[c][0], e[c][1]));
            }
        }
        return new GridTable(page, bands, xs, cells);
    }

    /** A figure's wrapped end on a line of its own: one to three digits, perhaps after a separator. */
    private static final java.util.regex.Pattern TAIL = java.util.regex.Pattern.compile("[.,]?\\d{1,3}");

    /**
     * The lines with each figure its narrow cell wrapped made whole: a line that holds nothing but figures' ends
     * ({@link #TAIL}), each under a figure of its column on one of the two lines above (within a line's height) that it
     * completes as {@link io.gongkai.normalize.NumberParser} joins a wrapped figure ({@code 79,189,400.3 | 4}), is
     * joined to those figures; and a line of those figures alone then joins the line next to it that prints its row's
     * name and leaves their columns blank (a name centred on a cell of two lines stands between them). A newcomer's
     * Writer print of a 收入预算总表 without vertical rules read each such row as three: figures without a name, kept
     * {@code ok} and verified as rows of their own, and a named row without them. Returns {@code lines} itself when no
     * figure is wrapped.
     */
    private static List<Line> wrappedFigures(List<Line> lines, List<List<List<Glyph>>> grid) {
        int n = lines.size();
        List<List<List<Glyph>>> extra = new ArrayList<>(); // each line's figures' ends joined to it
        for (int i = 0; i < n; i++) extra.add(new ArrayList<>());
        boolean[] gone = new boolean[n], completed = new boolean[n];
        for (int i = 1; i < n; i++) {
            List<List<Glyph>> line = grid.get(i);
            if (line.stream().allMatch(List::isEmpty)) continue;
            boolean tails = line.stream().allMatch(c -> c.isEmpty() || TAIL.matcher(GlyphText.cellText(c)).matches());
            if (!tails) continue;
            int[] into = new int[line.size()];
            boolean all = true;
            for (int c = 0; c < line.size() && all; c++) {
                into[c] = -1;
                if (line.get(c).isEmpty()) continue;
                for (int k = i - 1; k >= Math.max(0, i - 2) && into[c] < 0; k--) {
                    if (gone[k] || grid.get(k).get(c).isEmpty()) continue;
                    if (lines.get(i).y0() - lines.get(k).y1() > lineHeight(lines.get(k))) break;
                    String joined = GlyphText.cellText(grid.get(k).get(c)) + " " + GlyphText.cellText(line.get(c));
                    boolean wraps = io.gongkai.normalize.NumberParser.parse(joined, 2).repairs().stream()
                            .anyMatch(r -> r.kind() == io.gongkai.model.RepairKind.WRAPPED_FIGURE);
                    into[c] = wraps ? k : -2;
                }
                all = into[c] >= 0;
            }
            if (!all) continue;
            for (int c = 0; c < line.size(); c++) {
                if (into[c] < 0) continue;
                extra.get(into[c]).add(line.get(c));
                completed[into[c]] = true;
            }
            gone[i] = true;
        }
        if (java.util.stream.IntStream.range(0, n).noneMatch(i -> gone[i])) return lines;
        // a line of completed figures alone joins the nearer line beside it that names the row and is blank where they stand
        int[] joins = new int[n];
        java.util.Arrays.fill(joins, -1);
        for (int i = 0; i < n; i++) {
            if (!completed[i]) continue;
            List<List<Glyph>> line = grid.get(i);
            if (!line.stream().allMatch(c -> c.isEmpty() || amount(c))) continue;
            int best = -1;
            double nearest = Double.MAX_VALUE;
            for (int k : new int[]{i - 1, i + 1}) {
                while (k >= 0 && k < n && gone[k]) k += k < i ? -1 : 1;
                if (k < 0 || k >= n) continue;
                List<List<Glyph>> other = grid.get(k);
                boolean named = other.stream().anyMatch(c -> io.gongkai.normalize.TextNormalizer.hasHan(GlyphText.cellText(c)));
                boolean blankThere = true;
                for (int c = 0; c < line.size(); c++) if (!line.get(c).isEmpty() && !other.get(c).isEmpty()) blankThere = false;
                double gap = k < i ? lines.get(i).y0() - lines.get(k).y1() : lines.get(k).y0() - lines.get(i).y1();
                if (named && blankThere && gap < 0.5 * lineHeight(lines.get(i)) && gap < nearest) {
                    nearest = gap;
                    best = k;
                }
            }
            if (best >= 0) {
                joins[i] = best;
                gone[i] = true;
            }
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (gone[i]) continue;
            Line l = lines.get(i);
            List<List<Glyph>> ends = new ArrayList<>(extra.get(i));
            double y0 = l.y0(), y1 = l.y1();
            List<Run> words = new ArrayList<>(l.words()), runs = new ArrayList<>(l.runs());
            for (int k = 0; k < n; k++) {
                if (joins[k] != i) continue;
                Line j = lines.get(k);
                words.addAll(j.words());
                runs.addAll(j.runs());
                ends.addAll(extra.get(k));
                y0 = Math.min(y0, j.y0());
                y1 = Math.max(y1, j.y1());
            }
            for (List<Glyph> end : ends) {
                Run r = new Run(end.get(0).x0(), end.get(end.size() - 1).x1(), end);
                words.add(r);
                runs.add(r);
                for (Glyph g : end) {
                    y0 = Math.min(y0, g.y0());
                    y1 = Math.max(y1, g.y1());
                }
            }
            words.sort(java.util.Comparator.comparingDouble(Run::x0));
            runs.sort(java.util.Comparator.comparingDouble(Run::x0));
            out.add(new Line(y0, y1, runs, words));
        }
        return out;
    }

    /** The gap, in em, that parts two cells of a one-row table's header line ({@link #table}). */
    private static final double HEADER_GAP = 0.5;

    /** Whether no word of the header lines {@code below} (lines without an amount) stands under {@code word}: a leaf of the header. */
    private static boolean leaf(Run word, List<Line> below) {
        for (Line l : below) {
            if (printsAmount(l)) continue;
            for (Run r : l.words()) if (r.x0() < word.x1() && r.x1() > word.x0()) return false;
        }
        return true;
    }

    /**
     * Where columns of amounts that overlap are parted: amounts set flush left in narrow columns (LibreOffice Writer's
     * default) overlap, the longest of one column reaching the first digit of the next (6,958,414 under 人员经费 ending
     * where 公用经费's 2,120,950 begins), and their x-ranges were one column: a newcomer's scan of a borderless 基本支出
     * table had every 公用经费 figure read under 人员经费, unverified and unflagged. A line that prints two amounts or
     * more in one such range says it is that many columns; the amounts' centres then fall into as many groups, parted at
     * the widest gaps between them — taken only where every such line has one amount in each group, each group holds
     * two amounts or more, and each gap is a cell gap ({@link #CELL_GAP} em) or wider (a figure OCR read as two pieces,
     * 6,958, and 414, gives no such groups).
     *
     * @param amountsByLine the amounts of each line of figures
     * @return x positions (pt) that no column crosses, left to right
     */
    private static List<Double> figureCuts(List<List<Run>> amountsByLine) {
        List<double[]> spans = new ArrayList<>();
        for (List<Run> line : amountsByLine) for (Run r : line) spans.add(new double[]{r.x0(), r.x1()});
        List<Double> cuts = new ArrayList<>();
        for (double[] block : columnBlocks(spans)) {
            List<List<Run>> inBlock = new ArrayList<>();
            List<Run> all = new ArrayList<>();
            int most = 0;
            for (List<Run> line : amountsByLine) {
                List<Run> in = line.stream().filter(r -> r.x0() >= block[0] && r.x1() <= block[1]).toList();
                if (in.isEmpty()) continue;
                inBlock.add(in);
                all.addAll(in);
                most = Math.max(most, in.size());
            }
            if (most < 2) continue;
            double em = all.stream().flatMap(r -> r.glyphs().stream()).mapToDouble(Glyph::fontSize).sorted().skip(all.size() / 2).findFirst().orElse(10);
            double[] centres = all.stream().mapToDouble(r -> (r.x0() + r.x1()) / 2).sorted().toArray();
            // the most - 1 widest gaps between neighbouring centres
            Integer[] gaps = java.util.stream.IntStream.range(0, centres.length - 1).boxed().toArray(Integer[]::new);
            java.util.Arrays.sort(gaps, (a, b) -> Double.compare(centres[b + 1] - centres[b], centres[a + 1] - centres[a]));
            if (gaps.length < most - 1) continue;
            List<Double> here = new ArrayList<>();
            boolean wide = true;
            for (int g = 0; g < most - 1; g++) {
                int at = gaps[g];
                wide &= centres[at + 1] - centres[at] >= CELL_GAP * em;
                here.add((centres[at] + centres[at + 1]) / 2);
            }
            if (!wide) continue;
            java.util.Collections.sort(here);
            int[] sizes = new int[most];
            for (double c : centres) sizes[group(c, here)]++;
            boolean parted = java.util.Arrays.stream(sizes).allMatch(n -> n >= 2);
            for (List<Run> line : inBlock) {
                java.util.Set<Integer> groups = new java.util.HashSet<>();
                for (Run r : line) parted &= groups.add(group((r.x0() + r.x1()) / 2, here));
            }
            if (parted) cuts.addAll(here);
        }
        java.util.Collections.sort(cuts);
        return cuts;
    }

    /** The group a centre falls in, of those the cuts part. */
    private static int group(double centre, List<Double> cuts) {
        int g = 0;
        while (g < cuts.size() && centre > cuts.get(g)) g++;
        return g;
    }

    /** {@link #columnBlocks(List)} of the spans between each two cuts (a span goes by its centre): no block crosses a cut. */
    private static List<double[]> columnBlocks(List<double[]> spans, List<Double> cuts) {
        if (cuts.isEmpty()) return columnBlocks(spans);
        List<List<double[]>> parts = new ArrayList<>();
        for (int g = 0; g <= cuts.size(); g++) parts.add(new ArrayList<>());
        for (double[] s : spans) parts.get(group((s[0] + s[1]) / 2, cuts)).add(s);
        List<double[]> out = new ArrayList<>();
        for (List<double[]> part : parts) out.addAll(columnBlocks(part));
        return out;
    }

    /** Spans (x0, x1) merged where they overlap or all but touch: the x-ranges of a table's columns, left to right. */
    private static List<double[]> columnBlocks(List<double[]> spans) {
        List<double[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingDouble(a -> a[0]));
        List<double[]> blocks = new ArrayList<>();
        for (double[] s : sorted) {
            // words that overlap, or all but touch, are of one column; an amount set right against the next column's code
            // (0.85 pt apart, no rule between) is not
            if (!blocks.isEmpty() && s[0] <= blocks.get(blocks.size() - 1)[1] + TOUCHING) blocks.get(blocks.size() - 1)[1] = Math.max(blocks.get(blocks.size() - 1)[1], s[1]);
            else blocks.add(new double[]{s[0], s[1]});
        }
        return blocks;
    }

    /**
     * The table's lines grouped into rows: one row a line, but for a name wrapped onto lines of its own. Such a line —
     * below the first line of figures, text in name columns only (one, or both names of a two-sided 总表) and no digit
     * in it — belongs with a line beside it that holds a figure or a code and nothing but a name (or nothing) in those
     * columns, and nearer than three quarters of the gap between two rows' lines (a wrapped cell's lines are set closer
     * than two rows'; a note under the table is none): above where the cell is set from its top, below where from its
     * bottom (LibreOffice Calc's default), both for a name centred beside its code and figures. Wrapped lines between two
     * rows' lines go up to the row above as far as the widest gap between them and down to the row below from there (a
     * row's lines are set closer than two rows'); when no gap is the widest by a fifth, each goes to the nearer row. A
     * name centred on three lines or more prints its middle line beside the figures: a line of figures whose name lines
     * above and below are both wrapped takes them, and its name stands between them; so does the first line of figures
     * with a name line just above and just below it (its name's first line, not the header's). A newcomer's borderless
     * sheets printed by Calc and Writer read 机关事业单位基本养老保险缴 | 301 08 … 8,000,000 | 费 as a name without a row, a
     * row without a name (kept under 301) and a second name; a Chromium 财政拨款收支总表 without rules, both names of each
     * row on two lines around its figures, kept 13 of its 29 figures under no name or half of one.
     *
     * @param mask set here: each line's name columns when it is a wrapped name's line (bit c for column c), else 0
     */
    private static List<List<Integer>> wrapped(List<Line> lines, List<List<List<Glyph>>> grid, int[] mask) {
        int n = lines.size();
        int firstFigures = 0;
        // (a code before a name, alone on its line, is no line of figures: the name's first line)
        while (firstFigures < n && (!figures(lines.get(firstFigures)) || nameOnly(grid.get(firstFigures)) != 0)) firstFigures++;
        java.util.Arrays.fill(mask, 0);
        for (int i = firstFigures - 1; i < n; i++) {
            if (i < 0 || i == firstFigures) continue;
            mask[i] = nameOnly(grid.get(i));
        }
        // the first row's name set from its cell's bottom and wrapped: lines of its name only over the first line of
        // figures, which prints the name's last words, set closer to it than to what stands above them (the header; on
        // a page that goes on, nothing: a row the page break cut); a Chromium print: 一般公 | 共服务 | 201 支出 … had
        // the first two lines for the header's and a row named 支出
        boolean bottomSet = false;
        if (firstFigures > 0 && firstFigures < n) {
            int m = nameOnly(grid.get(firstFigures - 1));
            if (m != 0 && namedRow(grid, firstFigures, m)) {
                int top = firstFigures - 1;
                while (top > 0 && nameOnly(grid.get(top - 1)) == m) top--;
                double inner = 0;
                for (int k = top + 1; k <= firstFigures; k++) inner = Math.max(inner, lines.get(k).y0() - lines.get(k - 1).y1());
                double outer = top > 0 ? lines.get(top).y0() - lines.get(top - 1).y1() : Double.MAX_VALUE;
                if (outer > 1.2 * inner) {
                    for (int k = top; k < firstFigures; k++) mask[k] = m;
                    bottomSet = true;
                }
            }
        }
        // else the line just above the first line of figures is its name's first line only when the line just below it
        // is its last (a name centred on the figures); else it is the header's
        if (!bottomSet && firstFigures > 0 && (firstFigures + 1 >= n || mask[firstFigures - 1] == 0 || mask[firstFigures + 1] != mask[firstFigures - 1])) mask[firstFigures - 1] = 0;
        // the gap between two rows' lines: a wrapped cell's lines stand closer (a line farther off is a row of its own)
        List<Double> gaps = new ArrayList<>();
        for (int i = firstFigures + 1; i < n; i++) if (mask[i] == 0 && mask[i - 1] == 0) gaps.add(lines.get(i).y0() - lines.get(i - 1).y1());
        // (no two rows' lines follow each other, every row's name wrapped: nothing to measure a row's gap by, none is too far)
        double rowGap = gaps.isEmpty() ? Double.MAX_VALUE : gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray()[gaps.size() / 2];
        int[] joins = new int[n]; // 0: its own row; -1 or +1: with the line above or below
        for (int i = 0; i < n; i++) {
            if (mask[i] == 0 || joins[i] != 0) continue;
            // a run of wrapped lines of the same columns, between two lines
            int from = i, to = i;
            while (to + 1 < n && mask[to + 1] == mask[i]) to++;
            int above = from - 1, below = to + 1;
            // the gaps: before the run's first line, between its lines, after its last
            double[] gap = new double[to - from + 2];
            for (int k = 0; k < gap.length; k++) {
                int a = from + k - 1, b = from + k;
                gap[k] = a < 0 || b >= n ? Double.MAX_VALUE : lines.get(b).y0() - lines.get(a).y1();
            }
            // a row whose line prints its name's first (or last) part takes the rest when the run stands closer to it than
            // rows stand to each other: a name set from its cell's top (Word's default, an HTML cell's valign top) or
            // bottom (Calc's) wrapped over three lines or more (a Chromium print of a 经济分类 table without rules:
            // 机关事 | 业单位 | 基本养 | 老保险 | 缴费 were a row of 机关事 and four rows of no figures)
            boolean up = above >= 0 && above >= firstFigures && (holdsRow(grid, above, mask[i], mask) || namedRow(grid, above, mask[i]) && gap[0] < 0.75 * rowGap);
            boolean down = below < n && (holdsRow(grid, below, mask[i], mask) || namedRow(grid, below, mask[i]) && gap[gap.length - 1] < 0.75 * rowGap);
            int widest = -1;
            if (up && down) {
                double first = -1, second = -1;
                for (int k = 0; k < gap.length; k++) {
                    if (gap[k] > first) { second = first; first = gap[k]; widest = k; }
                    else if (gap[k] > second) second = gap[k];
                }
                if (first < 1.2 * second) widest = -1;
            }
            for (int k = from; k <= to; k++) {
                int dir;
                // one row beside the run can take it: the whole run goes to it (when near it), each line however it
                // stands between (a name's lines spaced alike: its middle line's nearer side was no row, and it a row)
                if (up != down) dir = up ? -1 : 1;
                else if (widest >= 0) dir = k - from < widest ? -1 : 1;
                else {
                    double toAbove = k > 0 ? lines.get(k).y0() - lines.get(k - 1).y1() : Double.MAX_VALUE;
                    double toBelow = k + 1 < n ? lines.get(k + 1).y0() - lines.get(k).y1() : Double.MAX_VALUE;
                    dir = toAbove <= toBelow ? -1 : 1;
                    if (Math.min(toAbove, toBelow) >= 0.75 * rowGap) continue;
                }
                if (dir < 0 ? !up : !down) continue;
                // the run's lines between it and the row's line go with it
                int end = dir < 0 ? above : below;
                boolean near = dir < 0 ? gap[0] < 0.75 * rowGap || widest >= 0 : gap[gap.length - 1] < 0.75 * rowGap || widest >= 0;
                if (!near) continue;
                for (int j = k; j != end; j += dir) if (joins[j] == 0) joins[j] = dir;
            }
        }
        for (int i = 0; i < n; i++) if (joins[i] == 0) mask[i] = 0; // joined to no row: a line of its own
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cur.add(i);
            // a row ends at a line that joins none below, unless the next line joins it from below
            boolean nextJoinsUp = i + 1 < n && joins[i + 1] == -1;
            if (joins[i] != 1 && !nextJoinsUp) {
                rows.add(cur);
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) rows.add(cur);
        return rows;
    }

    /** The columns (bit c for column c) of a line that holds text and no digit (but a code set before a name), in no more than two columns; 0 when it holds a digit, nothing, more, or a note. */
    private static int nameOnly(List<List<Glyph>> line) {
        int bits = 0, filled = 0;
        for (int c = 0; c < line.size() && c < 31; c++) {
            if (line.get(c).isEmpty()) continue;
            String text = GlyphText.cellText(line.get(c));
            // a note under the table (注：本表反映…) is no name; a code set before a name in its cell is the name's first
            // line (科目编码及名称 in one column: 201 一般公共 | 127,886,849 … | 服务支出, the name centred on the figures)
            if (text.chars().anyMatch(Character::isDigit) && !io.gongkai.normalize.CodeParser.CODE_AND_NAME.matcher(text).matches() || io.gongkai.template.Vocabulary.isNote(text)) return 0;
            bits |= 1 << c;
            filled++;
        }
        return filled >= 1 && filled <= 2 ? bits : 0;
    }

    /**
     * Whether line {@code j} holds a row a wrapped name in the columns {@code columns} completes: digits in another
     * column (a figure, a code), and no name in those (nothing, or a code: the 款 of 301 | 08 set where the names
     * stand) — unless the lines just above and below it are both that name's (a name centred on three lines prints its
     * middle line beside the figures).
     */
    private static boolean holdsRow(List<List<List<Glyph>>> grid, int j, int columns, int[] mask) {
        List<List<Glyph>> line = grid.get(j);
        boolean sandwiched = j > 0 && j + 1 < grid.size() && (mask[j - 1] & columns) == columns && (mask[j + 1] & columns) == columns;
        for (int c = 0; c < line.size() && c < 31; c++) {
            if ((columns >> c & 1) == 0 || sandwiched) continue;
            if (io.gongkai.normalize.TextNormalizer.hasHan(GlyphText.cellText(line.get(c)))) return false;
        }
        for (int c = 0; c < line.size(); c++) {
            if ((c >= 31 || (columns >> c & 1) == 0) && GlyphText.cellText(line.get(c)).chars().anyMatch(Character::isDigit)) return true;
        }
        return false;
    }

    /** Whether line {@code j} holds a row of its own name: a name in the columns {@code columns}, and digits in another (a figure, a code). */
    private static boolean namedRow(List<List<List<Glyph>>> grid, int j, int columns) {
        List<List<Glyph>> line = grid.get(j);
        boolean named = false, digits = false;
        for (int c = 0; c < line.size(); c++) {
            String text = GlyphText.cellText(line.get(c));
            boolean ofName = c < 31 && (columns >> c & 1) == 1;
            if (ofName && io.gongkai.normalize.TextNormalizer.hasHan(text)) named = true;
            if (!ofName && text.chars().anyMatch(Character::isDigit)) digits = true;
        }
        return named && digits;
    }

    /**
     * The table {@code t} found by alignment, with its rows taken from the horizontal rules that run across it: the
     * rules spanning {@link #RULE_SPAN} of its width from the last above its first line to the first below its last,
     * further up while they follow each other within three text lines (header rows above the aligned lines), and any
     * shorter rule between them (a rule under part of a header). A column line is drawn at each of {@code t}'s column
     * edges in each band between rules, except where a word of the band crosses it (a header over several columns);
     * {@link GridBuilder#lattice} then reads the grid as a ruled one. Null when no such rules enclose {@code t}, or when
     * two lines of figures share a band (rules under the header and at the bottom only: the rows are the lines).
     */
    private static GridTable ruled(int page, GridTable t, List<Line> lines, List<Segment> rules, List<Glyph> glyphs) {
        double left = t.left(), right = t.right(), width = right - left;
        List<Segment> across = rules.stream()
                .filter(r -> Math.min(r.x1(), right) - Math.max(r.x0(), left) >= RULE_SPAN * width)
                .sorted(java.util.Comparator.comparingDouble(Segment::y)).toList();
        double height = lines.stream().mapToDouble(StreamBuilder::lineHeight).max().orElse(12);
        // the rules around the table: from the last above its first line to the first below its last, and further up
        // while rules follow each other within three lines (header rows above the aligned lines)
        int start = -1, end = -1;
        for (int k = 0; k < across.size(); k++) {
            if (across.get(k).y() <= t.top() + 1) start = k;
            if (end < 0 && across.get(k).y() >= t.bottom() - 1) end = k;
        }
        if (start < 0 || end < 0 || end - start < 2) return null;
        while (start > 0 && across.get(start).y() - across.get(start - 1).y() <= 3 * height) start--;
        double top = across.get(start).y(), bottom = across.get(end).y();
        // rules that separate rows hold one line of figures between each two; a rule under the header and one at the
        // bottom (many rows of figures between them) do not give the rows. A line that prints a code alone is no row of
        // figures: a 类 or 款 code printed once for its group, centred in a merged cell (the row rules stop short of its
        // column), shares a band with a row of its group
        for (int k = start; k < end; k++) {
            double y0 = across.get(k).y(), y1 = across.get(k + 1).y();
            if (lines.stream().filter(l -> l.cy() > y0 && l.cy() < y1 && figures(l) && !codeAlone(l)).count() > 1) return null;
        }
        double x0 = Math.min(left, across.subList(start, end + 1).stream().mapToDouble(Segment::x0).min().orElse(left));
        double x1 = Math.max(right, across.subList(start, end + 1).stream().mapToDouble(Segment::x1).max().orElse(right));
        List<Segment> segs = new ArrayList<>();
        for (Segment r : rules) {
            if (r.y() >= top - 1 && r.y() <= bottom + 1 && r.x1() > x0 && r.x0() < x1) segs.add(r);
        }
        List<Double> ys = new ArrayList<>(segs.stream().map(Segment::y).distinct().sorted().toList());
        List<Double> xs = new ArrayList<>(t.colEdges());
        xs.set(0, x0);
        xs.set(xs.size() - 1, x1);
        List<Line> inside = lines.stream().filter(l -> l.cy() > top && l.cy() < bottom).toList();
        for (int k = 0; k + 1 < ys.size(); k++) {
            double y0 = ys.get(k), y1 = ys.get(k + 1);
            if (y1 - y0 < 1) continue;
            List<Run> words = inside.stream().filter(l -> l.cy() > y0 && l.cy() < y1).flatMap(l -> l.words().stream()).toList();
            for (int c = 0; c < xs.size(); c++) {
                double x = xs.get(c);
                boolean edge = c == 0 || c == xs.size() - 1;
                if (edge || words.stream().noneMatch(w -> w.x0() < x && w.x1() > x)) segs.add(new Segment(x, y0, x, y1));
            }
        }
        List<Glyph> within = glyphs.stream().filter(g -> g.cy() > top && g.cy() < bottom && g.cx() > x0 && g.cx() < x1).toList();
        List<GridTable> grids = new GridBuilder().lattice(page, within, segs);
        return grids.size() == 1 ? grids.get(0) : null;
    }

    /**
     * Whether a line prints a classification code and nothing else: one word, of 3 to 7 digits without separators (a
     * 类 {@code 201}, a 款 {@code 20113}, a 项 {@code 2011301}).
     */
    private static boolean codeAlone(Line l) {
        return l.words().size() == 1 && GlyphText.cellText(l.words().get(0).glyphs()).strip().matches("[0-9]{3,7}");
    }

    /** Whether a line prints a figure: a word of digits (with separators). */
    private static boolean figures(Line l) {
        return l.words().stream().anyMatch(w -> {
            String text = GlyphText.cellText(w.glyphs()).replaceAll("[,.\\s-]", "");
            return !text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() >= 3;
        });
    }

    /** Whether no line that prints in column {@code col} prints an amount anywhere: the column's text is header words. */
    private static boolean headerOnly(List<List<List<Glyph>>> grid, int col) {
        return grid.stream().filter(row -> !row.get(col).isEmpty()).noneMatch(row -> row.stream().anyMatch(StreamBuilder::amount));
    }

    /** How many lines print money in column {@code col}: an amount with a thousands separator or decimals. */
    private static int moneyLines(List<List<List<Glyph>>> grid, int col) {
        int n = 0;
        for (List<List<Glyph>> row : grid) {
            String t = GlyphText.cellText(row.get(col)).strip();
            if (amount(row.get(col)) && (t.indexOf(',') >= 0 || t.indexOf('.') >= 0)) n++;
        }
        return n;
    }

    /** Whether a line prints an amount ({@link #amount}) in one of its words. */
    private static boolean printsAmount(Line l) {
        return l.words().stream().anyMatch(r -> amount(r.glyphs()));
    }

    /** Whether glyphs read as an amount: a figure with a separator or decimals, or of three digits and more (a 栏次's 1 2 3 is none). */
    private static boolean amount(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) return false;
        String t = GlyphText.cellText(glyphs).strip();
        return FIGURE.matcher(t).matches() && (t.indexOf(',') >= 0 || t.indexOf('.') >= 0 || t.chars().filter(Character::isDigit).count() >= 3);
    }

    /**
     * Each line's words placed in the columns their centres fall in; a word across a column's edge where a gap between
     * its glyphs ({@link #PARTED} em or more) holds that edge, each of its parts in its own (two header cells set 0.6 em
     * apart, read as one word over two columns of figures).
     */
    private static List<List<List<Glyph>>> place(List<Line> lines, List<Double> xs) {
        List<List<List<Glyph>>> grid = new ArrayList<>();
        for (Line line : lines) {
            List<List<Glyph>> byColumn = new ArrayList<>();
            for (int c = 0; c + 1 < xs.size(); c++) byColumn.add(new ArrayList<>());
            for (Run run : line.words()) {
                for (List<Glyph> part : parted(run.glyphs(), xs)) {
                    double cx = (part.get(0).x0() + part.get(part.size() - 1).x1()) / 2;
                    int col = 0;
                    while (col + 2 < xs.size() && cx > xs.get(col + 1)) col++;
                    byColumn.get(col).addAll(part);
                }
            }
            grid.add(byColumn);
        }
        return grid;
    }

    /** The least gap between two glyphs of a word, in em, at which a column's edge in it parts it ({@link #place}). */
    private static final double PARTED = 0.3;

    /**
     * A word's glyphs cut, for each column edge ({@code xs}, inner ones) within it, at the gap of {@link #PARTED} em or
     * more between two of its glyphs nearest that edge, if one is within an em of it (header cells are set where their
     * column's text starts or is centred, not where its figures end).
     */
    private static List<List<Glyph>> parted(List<Glyph> word, List<Double> xs) {
        java.util.Set<Integer> cuts = new java.util.TreeSet<>(); // cut before glyph k
        for (int c = 1; c + 1 < xs.size(); c++) {
            double edge = xs.get(c);
            if (word.isEmpty() || edge <= word.get(0).x1() || edge >= word.get(word.size() - 1).x0()) continue;
            int best = -1;
            double nearest = Double.MAX_VALUE;
            for (int k = 1; k < word.size(); k++) {
                Glyph prev = word.get(k - 1), g = word.get(k);
                double em = Math.max(prev.fontSize(), g.fontSize());
                if (g.x0() - prev.x1() < PARTED * em) continue;
                double away = edge < prev.x1() ? prev.x1() - edge : edge > g.x0() ? edge - g.x0() : 0;
                if (away <= em && away < nearest) { nearest = away; best = k; }
            }
            if (best > 0) cuts.add(best);
        }
        if (cuts.isEmpty()) return List.of(word);
        List<List<Glyph>> parts = new ArrayList<>();
        int from = 0;
        for (int k : cuts) {
            parts.add(word.subList(from, k));
            from = k;
        }
        parts.add(word.subList(from, word.size()));
        return parts;
    }
}
