package io.gongkai.assemble;

import io.gongkai.model.DocumentKind;
import io.gongkai.normalize.TextNormalizer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A banner: the line a publisher prints above a table (and on the cover) naming the department, the year and the kind
 * of disclosure, not the table: {@code 上海市 XX 局 2024 年度部门决算表}, {@code 第二部分 上海市XX局2024年度部门决算表},
 * {@code 上海市普陀区财政局2025年部门预算}. It is set larger than the title under it ({@code 收入支出决算总表}), so it
 * is never the table's title; it is where a document that prints no 部门：/编制单位： line names its department.
 * Source: the blank national 部门决算 template ({@code ../shared/corpus/templates/附件2：部门决算模板.pdf}, p5: the
 * banner above 收入支出决算总表; its table of contents prints the same as 第二部分 …).
 *
 * @param department the department as printed, without spaces (Chinese names have none); null when the banner names
 *                   none ({@code 第二部分 2025年部门预算表}: a part of the document, its year and kind)
 * @param year       the fiscal year
 * @param kind       final accounts (决算) or budget (预算)
 */
record Banner(String department, int year, DocumentKind kind) {
    /**
     * An optional part number (第二部分), a name of 2 to 40 characters, a year (2024年, 2024年度), 部门 or 单位, 决算 or
     * 预算, and at most 表, 公开 or 公开表 after: nothing else. A table's title names a table between the year and 决算/预算
     * (2025年部门政府性基金预算支出功能分类预算表) or starts with the year, so it never reads as one.
     */
    private static final Pattern BANNER = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d]{1,3}部分)?(\\S{2,40}?)(20\\d\\d)年度?(?:部门|单位)?(决算|预算)(?:表|公开表?)?$");
    /** A part of the document (第二部分), printed before a banner's name. */
    private static final Pattern PART = Pattern.compile("第[一二三四五六七八九十\\d]{1,3}部分");
    /** Words of a table or its header, never of a department's name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("收入|支出|预算|决算|表|合计|单位[:：]|金额");

    /** The year first: 2025年南山市司法局部门预算 (a cover's line), then the name, 部门 or 单位, 决算 or 预算. */
    private static final Pattern YEAR_FIRST = Pattern.compile("^(20\\d\\d)年度?(\\S{2,40}?)(?:部门|单位)(决算|预算)(?:表|公开表?)?$");

    /** The banner a line is, if it is one. */
    static Optional<Banner> read(String line) {
        if (line == null || line.isBlank()) return Optional.empty();
        String s = TextNormalizer.normalize(line).replaceAll("\\s+", "");
        Matcher y = YEAR_FIRST.matcher(s);
        if (y.matches() && TextNormalizer.hanCount(y.group(2)) >= 3 && !NOT_A_NAME.matcher(y.group(2)).find()) {
            return Optional.of(new Banner(y.group(2), Integer.parseInt(y.group(1)), y.group(3).equals("决算") ? DocumentKind.FINAL : DocumentKind.BUDGET));
        }
        Matcher m = BANNER.matcher(s);
        if (!m.matches()) return Optional.empty();
        String name = m.group(1);
        // the part number alone before the year: a banner that names no department (a newcomer's print of 第二部分
        // 2025年部门预算表 over every table made 第二部分 the department)
        if (PART.matcher(name).matches()) return Optional.of(new Banner(null, Integer.parseInt(m.group(2)), m.group(3).equals("决算") ? DocumentKind.FINAL : DocumentKind.BUDGET));
        if (TextNormalizer.hanCount(name) < 2 || NOT_A_NAME.matcher(name).find()) return Optional.empty();
        return Optional.of(new Banner(name, Integer.parseInt(m.group(2)), m.group(3).equals("决算") ? DocumentKind.FINAL : DocumentKind.BUDGET));
    }

    /**
     * A table's title printed under the department's name and the year: 曲靖市工业和信息化局2024年度收入支出决算表,
     * 上海市XX局2024年部门决算一般公共预算财政拨款支出决算表 — a name of 2 to 40 characters, a year, then a table's title
     * (…决算…表, …预算…表). A title that starts with its year (2025年部门收入预算总表) names no department.
     */
    private static final Pattern TITLED = Pattern.compile(
            "^(?:第[一二三四五六七八九十\\d]{1,3}部分)?(\\S{2,40}?)(20\\d\\d)年度?((?:部门|单位)?\\S*?(决算|预算)\\S*表)$");

    /**
     * The department, year and kind a table's title prints before the table's own name, if it does (a document printed
     * so names its department nowhere else but on its cover).
     */
    static Optional<Banner> inTitle(String title) {
        if (title == null || title.isBlank()) return Optional.empty();
        String s = TextNormalizer.normalize(title).replaceAll("\\s+", "");
        Matcher m = TITLED.matcher(s);
        if (!m.matches() || TextNormalizer.hanCount(m.group(3)) < 4) return Optional.empty();
        String name = m.group(1);
        if (TextNormalizer.hanCount(name) < 3 || NOT_A_NAME.matcher(name).find() || name.matches("(本|我)?(部门|单位)") || PART.matcher(name).matches()) return Optional.empty();
        return Optional.of(new Banner(name, Integer.parseInt(m.group(2)), m.group(4).equals("决算") ? DocumentKind.FINAL : DocumentKind.BUDGET));
    }

    /** A cover's line of year and kind, under the department's name: 2024年度部门决算, 2025年单位预算, 2024年部门决算公开. */
    private static final Pattern COVER_YEAR = Pattern.compile("^(20\\d\\d)年度?(?:部门|单位)?(决算|预算)(?:公开|报告|表)?$");

    /**
     * What a cover prints ({@code lines}: a document's text before its first table, in reading order): a banner on one
     * line, or the department's name on one line and the year and kind on the next (曲靖市工业和信息化局 / 2024年度部门决算).
     */
    static Optional<Banner> onCover(java.util.List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Optional<Banner> one = read(lines.get(i));
            if (one.isPresent() && one.get().department() != null) return one;
            if (i + 1 >= lines.size()) break;
            String name = TextNormalizer.normalize(lines.get(i)).replaceAll("\\s+", "");
            Matcher m = COVER_YEAR.matcher(TextNormalizer.normalize(lines.get(i + 1)).replaceAll("\\s+", ""));
            if (!m.matches() || name.length() > 40 || TextNormalizer.hanCount(name) < 3 || NOT_A_NAME.matcher(name).find()) continue;
            return Optional.of(new Banner(name, Integer.parseInt(m.group(1)), m.group(2).equals("决算") ? DocumentKind.FINAL : DocumentKind.BUDGET));
        }
        return Optional.empty();
    }

    /** Whether a line is a banner. */
    static boolean is(String line) {
        return read(line).isPresent();
    }
}
