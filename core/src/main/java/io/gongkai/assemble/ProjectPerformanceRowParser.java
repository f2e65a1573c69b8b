package io.gongkai.assemble;

import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Repair;
import io.gongkai.model.Column;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.NumberReading;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * A project performance self-evaluation (项目支出绩效自评表): project name, the funds block (年初预算数, 全年预算数,
 * 全年执行数, 分值, 执行率, 得分), the indicators, and the total score. OCR of these forms is loose, so amounts are
 * placed by what they look like (money, percent, small score) rather than by position, and anything that cannot be
 * placed is left out and reported.
 */
final class ProjectPerformanceRowParser implements RowParser {
    private static final String[][] FUNDS = {
            {"funds-total", "年度资金总额"}, {"funds-current", "当年财政拨款"}, {"funds-carryover", "上年结转资金"},
            {"funds-other", "其他资金"}, {"funds-other", "非财政拨款"}};

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        int indicators = 0;
        boolean sawTotal = false;
        for (RawRow r : block.rows()) {
            List<RawCell> cells = r.cells();
            String joined = TextNormalizer.canonical(r.joined());
            String nameLabel = nameLabel(r, block.rows().indexOf(r));
            if (nameLabel != null && rows.stream().noneMatch(x -> x.key().value().equals("project"))) {
                String name = valueAfter(cells, nameLabel);
                if (name != null) {
                    rows.add(textRow("project", "项目名称", name, r));
                    continue;
                }
            }
            if (IndicatorReader.isIndicator(r)) {
                rows.add(IndicatorReader.read(r, ++indicators, true));
                continue;
            }
            String fundKey = null, fundLabel = null;
            int labelAt = -1;
            for (String[] f : FUNDS) {
                int end = HeaderLocator.phraseEnd(cells, f[1]);
                if (end >= 0) { fundKey = f[0]; fundLabel = f[1]; labelAt = end; break; }
            }
            if (fundKey != null) {
                String key = fundKey;
                if (rows.stream().noneMatch(x -> x.key().value().equals(key))) rows.add(fundsRow(key, fundLabel, cells.subList(labelAt + 1, cells.size()), r));
                continue;
            }
            if (!sawTotal && (joined.contains("总分") || looksLikeTotal(cells))) {
                Row total = totalRow(cells, r);
                if (total != null) { rows.add(total); sawTotal = true; }
            }
        }
        if (rows.stream().noneMatch(x -> x.key().value().equals("project")))
            diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "table", "project name not found"));
        if (indicators == 0) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "table", "no indicator rows found"));
        return new ParsedRows(rows, diags);
    }

    private static final java.util.regex.Pattern SPLIT_AT_PERCENT = java.util.regex.Pattern.compile("\\s+(?=\\d+(\\.\\d+)?%)|(?<=%)\\s+");
    private static final java.util.regex.Pattern FRAGMENT = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("(\\d{1,2}),\\s?\\d{3}.*");

    /**
     * Amounts by look: money (grouped digits or over 100), a percent, and small scores (分值 first, 得分 last). A money
     * amount OCR split over two cells ("1" | "17, 148. 80") is joined, and the join is recorded.
     */
    private static Row fundsRow(String key, String label, List<RawCell> cells, RawRow r) {
        List<RawCell> pieces = new ArrayList<>();
        for (RawCell c : cells) {
            if (c.text().isBlank()) continue;
            for (String part : SPLIT_AT_PERCENT.split(c.text().trim())) pieces.add(new RawCell(part, c.box(), c.confidence()));
        }
        List<Cell> money = new ArrayList<>(), scores = new ArrayList<>();
        Cell percent = null;
        boolean irregular = false;
        for (int i = 0; i < pieces.size(); i++) {
            RawCell piece = pieces.get(i);
            String t = piece.text().trim();
            if (FRAGMENT.matcher(t).matches() && i + 1 < pieces.size()) {
                java.util.regex.Matcher g = GROUPED.matcher(pieces.get(i + 1).text().trim());
                if (g.matches() && t.length() + g.group(1).length() <= 3) {
                    RawCell joined = new RawCell(t + pieces.get(i + 1).text().trim(), piece.box(), piece.confidence());
                    Cell c = CellReader.read(joined, "", Column.Kind.MONEY);
                    money.add(c.revised(c.number(), CellStatus.SUSPECT, new Repair("split-cell-joined", t + " | " + pieces.get(i + 1).text().trim(), joined.text())));
                    i++;
                    continue;
                }
            }
            NumberReading n = NumberParser.parse(t, -1);
            if (!n.isValue() && n.kind() != NumberReading.Kind.DASH || t.startsWith(",") || t.startsWith(".")
                    || (FRAGMENT.matcher(t).matches() && i + 1 < pieces.size() && money.isEmpty() && GROUPED.matcher(pieces.get(i + 1).text().trim()).matches()))
                irregular = true;
            if (n.kind() == NumberReading.Kind.PERCENT) percent = CellReader.read(piece, "5", Column.Kind.PERCENT);
            else if (n.isValue() && (t.contains(",") || n.value().abs().compareTo(java.math.BigDecimal.valueOf(100)) > 0)) money.add(CellReader.read(piece, "", Column.Kind.MONEY));
            else if (n.isValue()) scores.add(CellReader.read(piece, "", Column.Kind.COUNT));
        }
        List<Cell> out = new ArrayList<>();
        String[] moneyCols = money.size() >= 3 ? new String[]{"1", "2", "3"} : money.size() == 2 ? new String[]{"2", "3"} : new String[]{"3"};
        for (int i = 0; i < Math.min(3, money.size()); i++) out.add(money.get(i).withColumn(moneyCols[i]));
        if (!scores.isEmpty()) out.add(scores.get(0).withColumn("4"));
        if (percent != null) out.add(percent);
        if (scores.size() > 1) out.add(scores.get(scores.size() - 1).withColumn("6"));
        if (irregular) {
            // pieces that fit no column (a number split over cells, a stray ". 00"): no placement here is trustworthy
            Repair why = new Repair("irregular-row", String.join(" | ", pieces.stream().map(RawCell::text).toList()), "cells could not be placed with certainty");
            out.replaceAll(c -> c.status() == CellStatus.SUSPECT ? c : c.revised(c.number(), CellStatus.SUSPECT, why));
        }
        return new Row(RowKey.label(key), label, out, List.of(), r.line());
    }

    /** The spelling of 项目名称 this row starts with (OCR drops or doubles characters: 项目 目名称, 名称), or null. */
    private static String nameLabel(RawRow r, int index) {
        String han = TextNormalizer.hanOnly(r.joined());
        if (han.contains("项目名称")) return "项目名称";
        if (index > 6) return null;
        String first = "";
        for (RawCell c : r.cells()) if (!c.text().isBlank()) { first = TextNormalizer.hanOnly(c.text()); break; }
        if (han.startsWith("项目目名称")) return "目名称";
        return first.equals("名称") ? "名称" : null;
    }

    private static boolean looksLikeTotal(List<RawCell> cells) {
        List<String> nonBlank = cells.stream().map(RawCell::text).filter(t -> !t.isBlank()).toList();
        if (nonBlank.size() < 3) return false;
        String grade = TextNormalizer.normalize(nonBlank.get(nonBlank.size() - 1));
        return grade.matches("优|优秀|良|良好|中|合格|差|不合格");
    }

    private static Row totalRow(List<RawCell> cells, RawRow r) {
        List<Cell> out = new ArrayList<>();
        List<RawCell> numbers = new ArrayList<>();
        RawCell grade = null;
        for (RawCell c : cells) {
            NumberReading n = NumberParser.parse(c.text(), -1);
            if (n.isValue()) numbers.add(c);
            else if (!c.text().isBlank() && TextNormalizer.normalize(c.text()).matches("优|优秀|良|良好|中|合格|差|不合格")) grade = c;
        }
        if (numbers.size() < 2) return null;
        out.add(CellReader.read(numbers.get(numbers.size() - 2), "weight", Column.Kind.COUNT));
        out.add(CellReader.read(numbers.get(numbers.size() - 1), "score", Column.Kind.COUNT));
        if (grade != null) out.add(CellReader.read(grade, "grade", Column.Kind.TEXT));
        return new Row(RowKey.label("score-total"), "总分", out, List.of(), r.line());
    }

    private static Row textRow(String key, String label, String value, RawRow r) {
        Cell c = CellReader.read(RawCell.of(value), "text", Column.Kind.TEXT);
        return new Row(RowKey.label(key), label, List.of(c), List.of(), r.line());
    }

    /** The first non-blank cell after the cells that spell {@code label} (OCR may split it over cells); null if none. */
    static String valueAfter(List<RawCell> cells, String label) {
        int end = HeaderLocator.phraseEnd(cells, label);
        if (end < 0) return null;
        String own = TextNormalizer.normalize(cells.get(end).text());
        int at = own.indexOf(label.charAt(label.length() - 1));
        if (at >= 0 && TextNormalizer.hanOnly(own.substring(at + 1)).length() > 1) return own.substring(at + 1).trim();
        int v = end + 1;
        while (v < cells.size() && cells.get(v).text().isBlank()) v++;
        if (v >= cells.size()) return null;
        // a name OCR split over cells continues up to the next blank cell; the split often repeats characters
        String name = TextNormalizer.normalize(cells.get(v).text());
        for (int w = v + 1; w < cells.size() && !cells.get(w).text().isBlank(); w++) name = joinOverlapping(name, TextNormalizer.normalize(cells.get(w).text()));
        return name;
    }

    /** "2024年省级中小企业发展" + "展专项资金" → "2024年省级中小企业发展专项资金". */
    static String joinOverlapping(String a, String b) {
        for (int k = Math.min(a.length(), b.length()); k > 0; k--) {
            if (a.endsWith(b.substring(0, k))) return a + b.substring(k);
        }
        return a + b;
    }
}
