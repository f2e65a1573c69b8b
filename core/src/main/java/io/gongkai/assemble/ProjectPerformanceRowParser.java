package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Column;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.NumberReading;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A project's performance form, one a project. The 决算's self-evaluation (项目支出绩效自评表): project name, the funds
 * block (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分), the indicators, and the total score. OCR of these forms is
 * loose, so amounts are placed by what they look like (money, percent, small score) rather than by position, and
 * anything that cannot be placed is left out and reported. The budget's target form (财政项目支出绩效目标填报表) has the
 * same shape without execution or scores; what its template declares is read as such:
 * <ul>
 *   <li>rows of kind {@code text} (主管部门, 实施单位, 计划开始日期, …): the value after the label, or under it;</li>
 *   <li>an {@code amount} column: each funds row is "label | amount", in blocks side by side, one a row group
 *       (项目资金总额 … | 年度资金申请总额 …): a label belongs to the block whose first label stands at or left of
 *       its column;</li>
 *   <li>a {@code level1} column: the indicators are read by their header's columns ({@link IndicatorReader.Columns}).</li>
 * </ul>
 */
final class ProjectPerformanceRowParser implements RowParser {
    private static final String[][] FUNDS = {
            {"funds-total", "年度资金总额"}, {"funds-current", "当年财政拨款"}, {"funds-carryover", "上年结转资金"},
            {"funds-other", "其他资金"}, {"funds-other", "非财政拨款"}};
    /** The column of a funds block printed "label | amount" (the budget's target form, in 元 as its 项目资金(元) says). */
    static final String AMOUNT = "amount";

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        int indicators = 0;
        boolean sawTotal = false;
        List<RawRow> raw = block.rows();
        Set<String> labels = new HashSet<>();
        for (TemplateRow t : template.rows()) labels.add(TextNormalizer.canonical(t.label()));
        List<TemplateRow> texts = template.rows().stream().filter(t -> t.kind() == Column.Kind.TEXT && !t.key().equals("project")).toList();
        IndicatorReader.Columns header = template.column("level1").isPresent() ? IndicatorReader.columns(raw) : null;
        LabeledFunds funds = template.column(AMOUNT).isPresent() ? LabeledFunds.of(raw, template) : null;
        String[] spanning = new String[2];
        for (int i = 0; i < raw.size(); i++) {
            RawRow r = raw.get(i);
            List<RawCell> cells = r.cells();
            if (header != null && i > header.row()) {
                Row indicator = IndicatorReader.read(r, indicators + 1, header, spanning);
                if (indicator != null) { rows.add(indicator); indicators++; }
                continue;
            }
            String joined = TextNormalizer.canonical(r.joined());
            String nameLabel = nameLabel(r, i);
            if (nameLabel != null && !has(rows, "project")) {
                RawCell name = valueAfter(raw, i, nameLabel, labels, false);
                if (name != null) {
                    rows.add(textRow("project", "项目名称", name, r));
                    if (texts.isEmpty()) continue;
                }
            }
            for (TemplateRow t : texts) {
                if (has(rows, t.key()) || HeaderLocator.phraseEnd(cells, TextNormalizer.hanOnly(t.label())) < 0) continue;
                RawCell value = valueAfter(raw, i, t.label(), labels, true);
                if (value != null) rows.add(textRow(t.key(), t.label(), value, r));
            }
            if (funds != null) {
                for (Row f : funds.read(r)) if (!has(rows, f.key().value())) rows.add(f);
                continue;
            }
            if (header == null && IndicatorReader.isIndicator(r)) {
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
            if (!sawTotal && template.row("score-total").isPresent() && (joined.contains("总分") || looksLikeTotal(cells))) {
                Row total = totalRow(cells, r);
                if (total != null) { rows.add(total); sawTotal = true; }
            }
        }
        if (!has(rows, "project"))
            diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "table", "project name not found"));
        if (indicators == 0) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "table", "no indicator rows found"));
        if (funds != null) {
            List<String> missing = template.rows().stream().filter(t -> t.group() != null && !has(rows, t.key())).map(TemplateRow::label).toList();
            if (!missing.isEmpty()) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "table", "funds rows not found: " + missing));
        }
        return new ParsedRows(rows, diags);
    }

    private static boolean has(List<Row> rows, String key) {
        return rows.stream().anyMatch(x -> x.key().value().equals(key));
    }

    /**
     * The funds of a form that prints them "label | amount", several blocks side by side (项目资金总额, 其中:财政资金,
     * 其他资金 | 年度资金申请总额, 其中:当年财政拨款, 上年结转资金, 其他资金): the template's rows with a group, a block a
     * group in the template's order. A block begins at the column where its first label stands, so a label printed in
     * two blocks (其他资金) is told apart by its column.
     */
    private record LabeledFunds(List<List<TemplateRow>> blocks, int[] from) {
        static LabeledFunds of(List<RawRow> raw, Template template) {
            java.util.Map<String, List<TemplateRow>> byGroup = new java.util.LinkedHashMap<>();
            for (TemplateRow t : template.rows()) if (t.group() != null) byGroup.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(t);
            List<List<TemplateRow>> blocks = List.copyOf(byGroup.values());
            int[] from = new int[blocks.size()];
            for (int b = 1; b < blocks.size(); b++) {
                from[b] = Integer.MAX_VALUE;
                for (RawRow r : raw) {
                    for (int k = 0; k < r.cells().size(); k++) if (is(r.cells().get(k), blocks.get(b).get(0))) from[b] = Math.min(from[b], k);
                }
            }
            return new LabeledFunds(blocks, from);
        }

        /** The funds rows this printed row holds: each label of a block with the amount printed after it. */
        List<Row> read(RawRow r) {
            List<Row> out = new ArrayList<>();
            List<RawCell> cells = r.cells();
            for (int k = 0; k < cells.size(); k++) {
                int b = 0;
                while (b + 1 < blocks.size() && from[b + 1] <= k) b++;
                for (TemplateRow t : blocks.get(b)) {
                    if (!is(cells.get(k), t)) continue;
                    int v = k + 1;
                    while (v < cells.size() && cells.get(v).text().isBlank()) v++;
                    Cell amount = v < cells.size() && NumberParser.parse(cells.get(v).text(), -1).isValue()
                            ? CellReader.read(cells.get(v), AMOUNT, Column.Kind.MONEY) : CellReader.absent(AMOUNT);
                    out.add(new Row(RowKey.label(t.key()), t.label(), List.of(amount), List.of(), r.line()));
                    break;
                }
            }
            return out;
        }

        private static boolean is(RawCell cell, TemplateRow t) {
            if (cell.text() == null || cell.text().isBlank()) return false;
            if (TextNormalizer.lookAlike(cell.text(), t.label())) return true;
            return t.aliases().stream().anyMatch(a -> TextNormalizer.lookAlike(cell.text(), a));
        }
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
                    money.add(c.revised(c.number(), CellStatus.SUSPECT, new Repair(RepairKind.SPLIT_CELL_JOINED, t + " | " + pieces.get(i + 1).text().trim(), joined.text())));
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
            Repair why = new Repair(RepairKind.IRREGULAR_ROW, String.join(" | ", pieces.stream().map(RawCell::text).toList()), "cells could not be placed with certainty");
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

    private static Row textRow(String key, String label, RawCell value, RawRow r) {
        Cell c = CellReader.read(value, "text", Column.Kind.TEXT);
        return new Row(RowKey.label(key), label, List.of(c), List.of(), r.line());
    }

    /**
     * The value of {@code label} in row {@code i}: the first non-blank cell after the cells that spell it (OCR may split
     * it over cells), with the cells that continue it up to the next blank one or the next of the template's
     * {@code labels}; null if none. A value of one cell keeps its place on the page. With {@code under}, a label with
     * nothing after it has its value in the cell below (项目总目标 over its text).
     */
    static RawCell valueAfter(List<RawRow> rows, int i, String label, Set<String> labels, boolean under) {
        List<RawCell> cells = rows.get(i).cells();
        int end = HeaderLocator.phraseEnd(cells, label);
        if (end < 0) return null;
        RawCell own = cells.get(end);
        String ownText = TextNormalizer.normalize(own.text());
        int at = ownText.indexOf(label.charAt(label.length() - 1));
        if (at >= 0 && TextNormalizer.hanOnly(ownText.substring(at + 1)).length() > 1) return new RawCell(ownText.substring(at + 1).trim(), null, own.confidence());
        int v = end + 1;
        while (v < cells.size() && cells.get(v).text().isBlank()) v++;
        if (v >= cells.size() || labels.contains(TextNormalizer.canonical(cells.get(v).text()))) {
            if (!under || i + 1 >= rows.size() || end >= rows.get(i + 1).cells().size()) return null;
            RawCell below = rows.get(i + 1).cells().get(end);
            return below.text().isBlank() || labels.contains(TextNormalizer.canonical(below.text())) ? null : below;
        }
        // a name OCR split over cells continues up to the next blank cell; the split often repeats characters
        String name = TextNormalizer.normalize(cells.get(v).text());
        int w = v + 1;
        for (; w < cells.size() && !cells.get(w).text().isBlank() && !labels.contains(TextNormalizer.canonical(cells.get(w).text())); w++)
            name = joinOverlapping(name, TextNormalizer.normalize(cells.get(w).text()));
        return w == v + 1 ? cells.get(v) : new RawCell(name, null, cells.get(v).confidence());
    }

    /** "2024年省级中小企业发展" + "展专项资金" → "2024年省级中小企业发展专项资金". */
    static String joinOverlapping(String a, String b) {
        for (int k = Math.min(a.length(), b.length()); k > 0; k--) {
            if (a.endsWith(b.substring(0, k))) return a + b.substring(k);
        }
        return a + b;
    }
}
