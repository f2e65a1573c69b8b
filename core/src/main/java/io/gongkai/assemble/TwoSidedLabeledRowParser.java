package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;
import io.gongkai.template.TemplateSide;

import java.util.ArrayList;
import java.util.List;

/**
 * Two tables side by side without 行次: each printed row is "label | values | label | values". Rows are keyed
 * {@code side:label} (enumeration dropped), with the enumeration's outline level; a side's total (收入总计, 支出总计)
 * is keyed {@code side-total}.
 */
final class TwoSidedLabeledRowParser implements RowParser {

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        List<io.gongkai.model.Diagnostic> diags = new ArrayList<>();
        java.util.Map<String, String> context = new java.util.HashMap<>(); // side → the unnumbered row enumerated rows now belong to
        // each side's labels in order, with enumerations OCR lost put back from their neighbours
        java.util.Map<String, List<String>> restored = new java.util.HashMap<>();
        java.util.Map<String, KnownLabels> known = new java.util.HashMap<>();
        for (TemplateSide side : template.sides()) known.put(side.id(), KnownLabels.of(template, side.id()));
        // below the 栏次 row, if the table prints one ("栏次 | 1 | 栏次 | 2" is no row of either side)
        List<RawRow> body = stackedApart(block.rows().subList(HeaderLocator.firstDataRow(block.rows()), block.rows().size()), template);
        for (int s = 0, at = 0; s < template.sides().size(); at += 1 + template.sides().get(s).columns().size(), s++) {
            List<String> labels = new ArrayList<>();
            for (RawRow r : body) labels.add(at < r.cells().size() ? TextNormalizer.normalize(r.cells().get(at).text()) : "");
            restored.put(template.sides().get(s).id(), Outline.restoreLost(labels));
        }
        java.util.Set<String> figured = new java.util.HashSet<>(); // the sides a row with figures was read on
        for (int ri = 0; ri < body.size(); ri++) {
            RawRow r = body.get(ri);
            List<RawCell> cells = r.cells();
            int at = 0;
            for (TemplateSide side : template.sides()) {
                int width = side.columns().size();
                List<String> sideLabels = restored.get(side.id());
                String restoredLabel = sideLabels.get(ri);
                if (at >= cells.size()) continue;
                String printed = TextNormalizer.normalize(cells.get(at).text());
                List<Repair> repairs = new ArrayList<>();
                if (!restoredLabel.equals(printed)) repairs.add(new Repair(RepairKind.ENUMERATION_FROM_SEQUENCE, printed, restoredLabel));
                String label = known.get(side.id()).restoreName(restoredLabel, cells.get(at), repairs);
                List<TemplateColumn> cols = side.columns().stream().map(k -> template.column(k).orElseThrow()).toList();
                List<Cell> values = CellReader.readColumns(cells, at + 1, cols);
                at += 1 + width;
                boolean total = side.totals().stream().anyMatch(t -> TextNormalizer.lookAlike(t, label));
                int level = Outline.level(label);
                // one of the names the side prints, unnumbered between two numbered rows whose numbers skip more than
                // one (六、 lost whole and 七、's numeral too, under a seal's ring): a numbered row whose number is not
                // known, not the heading of every row after it
                if (level == 0 && !total && Outline.amidItems(sideLabels, ri) && known.get(side.id()).knows(Outline.key(label))) level = 1;
                // a 类 name whose number OCR lost (二十、粮油物资储备支出 read 粮油物资储备支出) on a side that numbers its rows:
                // an item as the others, not the heading of the numbered 类 after it (a 1-bit copy of the national 决算
                // template's 财政拨款收支总表 had 灾害防治及应急管理支出 keyed under 国有资本经营预算支出)
                if (level == 0 && !total && known.get(side.id()).isClass(Outline.key(label)) && numbered(sideLabels)) level = 1;
                boolean numbers = values.stream().anyMatch(Cell::isNumeric);
                // a blank line of a table that prints blanks for 0 is a line of zeros, not a header
                boolean keepBlank = template.blankMeansZero() && values.stream().allMatch(c -> c.raw().isBlank())
                        && !isHeaderWord(label, template, !figured.contains(side.id()) && !known.get(side.id()).knows(Outline.key(label)));
                if (numbers) figured.add(side.id());
                if (label.isEmpty() && numbers) {
                    // a side's amounts without a label: kept under its line, and reported
                    RowKey key = RowKey.label(side.id() + ":unlabeled-line-" + r.line());
                    rows.add(new Row(key, "", values, repairs, r.line()));
                    diags.add(new io.gongkai.model.Diagnostic(io.gongkai.model.Diagnostic.Severity.WARNING, "line " + r.line(), "a row of amounts without a label on the " + side.id() + " side: kept as " + key.value()));
                    continue;
                }
                if (label.isEmpty() || !total && level == 0 && !numbers && !keepBlank) continue; // header or an unused line
                // a line of header words (项目 | 合计 | 一般公共预算 …) is no row; a numbered line or a total whose figures
                // were read as letters and marks (a seal's ring turned dark gray over them) is a row whose cells are in
                // doubt: dropped, it went missing without a word (a newcomer's gray copy of a sealed budget page lost
                // 二、公共安全支出 and 八、住房保障支出 so, its other rows adding up)
                if (!numbers && values.stream().anyMatch(c -> c.status() == io.gongkai.model.CellStatus.SUSPECT)
                        && (level == 0 && !total || values.stream().anyMatch(c -> isColumnWord(c.raw(), template)))) continue;
                if (!total && FIGURE.matcher(label.replaceAll("\\s", "")).matches()) {
                    // a figure where the row's name stands: the row was laid out in other columns than the table's (a
                    // newcomer's Chromium print read by stream: each 支出 line's amount as its name, the 0.00 of the
                    // column after it as its 合计, status ok and exit 0)
                    String named = label;
                    values = values.stream().map(c -> c.number() == null ? c : c.revised(c.number(), io.gongkai.model.CellStatus.SUSPECT,
                            new Repair(RepairKind.LABEL_DOUBTFUL, c.raw(), "the row's name is a figure, " + named + ": its cells stand in other columns than the table's"))).toList();
                    repairs.add(new Repair(RepairKind.LABEL_DOUBTFUL, label, "a figure, not a name: the row's columns are not the table's"));
                } else if (!total && doubtful(label, cells, known.get(side.id()), values)) {
                    values = values.stream().map(c -> c.number() == null ? c : c.revised(c.number(), io.gongkai.model.CellStatus.SUSPECT,
                            new Repair(RepairKind.LABEL_DOUBTFUL, c.raw(), "the row's name " + label + " is none the table prints"))).toList();
                    repairs.add(new Repair(RepairKind.LABEL_DOUBTFUL, label, "none of the names the table prints"));
                }
                RowKey key;
                if (total) {
                    key = new RowKey(side.id() + "-total", RowKey.Kind.TOTAL, 0);
                    context.remove(side.id());
                } else if (level == 0) {
                    key = new RowKey(side.id() + ":" + Outline.key(label), RowKey.Kind.LABEL, 0);
                    context.put(side.id(), Outline.key(label));
                } else if (context.containsKey(side.id())) {
                    // 一、二、三 under 年初财政拨款结转和结余: parts of that line, not of the side's total
                    key = new RowKey(side.id() + ":" + context.get(side.id()) + "/" + Outline.key(label), RowKey.Kind.LABEL, level + 1);
                } else {
                    key = new RowKey(side.id() + ":" + Outline.key(label), RowKey.Kind.LABEL, level);
                }
                rows.add(new Row(key, label, values, repairs, r.line()));
            }
        }
        return new ParsedRows(rows, diags);
    }

    /** Whether a side numbers its rows: two of its labels or more are numbered items (一、 二、). */
    private static boolean numbered(List<String> labels) {
        return labels.stream().filter(l -> Outline.level(l) == 1).limit(2).count() == 2;
    }

    /**
     * The rows of a two-sided table printed stacked — the first side's rows, its total, then the other side's, all in
     * one 项目 | 预算数 pair (a newcomer's Calc print of a 财务收支预算总表: its 支出 rows were keyed as 收入 rows, 支出总计
     * among them) — with the rows after the first side's total set in the second side's columns. Rows of a table that
     * prints anything right of the first side's columns are as printed.
     */
    private static List<RawRow> stackedApart(List<RawRow> body, Template template) {
        if (template.sides().size() != 2) return body;
        TemplateSide first = template.sides().get(0);
        int width = 1 + first.columns().size();
        int totalAt = -1;
        for (int i = 0; i < body.size(); i++) {
            List<RawCell> cells = body.get(i).cells();
            for (int c = width; c < cells.size(); c++) if (!cells.get(c).text().isBlank()) return body;
            String label = cells.isEmpty() ? "" : TextNormalizer.normalize(cells.get(0).text());
            if (totalAt < 0 && first.totals().stream().anyMatch(t -> TextNormalizer.lookAlike(t, label))) totalAt = i;
        }
        if (totalAt < 0 || totalAt == body.size() - 1) return body;
        List<RawRow> out = new ArrayList<>(body.subList(0, totalAt + 1));
        for (RawRow r : body.subList(totalAt + 1, body.size())) {
            List<RawCell> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) cells.add(RawCell.of(""));
            cells.addAll(r.cells().subList(0, Math.min(width, r.cells().size())));
            out.add(new RawRow(r.line(), cells));
        }
        return out;
    }

    /**
     * Whether a row's label, read by OCR, is none of the names the table prints while its row holds figures: the key
     * it gives the row may be a misreading (a text layer's label is as printed).
     */
    private static boolean doubtful(String label, List<RawCell> cells, KnownLabels known, List<Cell> values) {
        boolean ocr = cells.stream().anyMatch(c -> !c.text().isBlank() && c.confidence() < io.gongkai.model.Confidence.TEXT_LAYER);
        return ocr && values.stream().anyMatch(Cell::isNumeric) && !known.knows(Outline.key(label));
    }

    /** A figure as printed (an amount with separators or decimals, or a bare number of four digits or more), alone. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[-−(（]?(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d+|\\d{4,})[)）]?");

    /**
     * Whether a cell's text is a word of the template's column headings (合计, 一般公共预算, 预算数 …), give or take one
     * character read wrong in a word of four or more.
     */
    private static boolean isColumnWord(String text, Template template) {
        String han = TextNormalizer.hanOnly(text);
        if (han.length() < 2) return false;
        for (TemplateColumn col : template.columns()) {
            for (String word : col.path()) {
                String w = TextNormalizer.hanOnly(word);
                if (han.equals(w) || w.length() >= 4 && han.length() >= 4 && TextNormalizer.editDistance(han, w) <= 1) return true;
            }
        }
        return false;
    }

    /**
     * Whether a line without figures is one of the table's header lines: 项目, a side's heading (收入, 财政拨款支出), or
     * a word of the template's column headings read by OCR with one character lost or misread (a newcomer's 150 dpi
     * scan read 财政拨款收入 as 财政拨款!入: kept as a line of zeros, it became the group of every income row after it,
     * and their keys changed from {@code income:一般公共预算资金} to {@code income:财政拨款入/一般公共预算资金}); a word of
     * four, one character read as its look-alike ({@link TextNormalizer#lookAlike(String, String)}: a newcomer's 1-bit
     * scan read 本年收入 as 本年收人, and seven income rows became {@code income:本年收人/财政拨款收入}); above the side's
     * first figures ({@code aboveFigures}: and naming no row the template knows), a word of four with any one
     * character misread (a 1-bit halftone scan read 本年收入 as 本年较入: the same seven keys went wrong).
     */
    private static boolean isHeaderWord(String label, Template template, boolean aboveFigures) {
        String c = TextNormalizer.canonical(label);
        if (c.equals("项目") || c.endsWith("收入") && c.length() <= 6 && !c.contains("合计") || c.endsWith("支出") && c.length() <= 6 && !c.contains("合计")) return true;
        String han = TextNormalizer.hanOnly(label);
        if (han.length() < 4) return false;
        for (TemplateColumn col : template.columns()) {
            for (String word : col.path()) {
                String w = TextNormalizer.hanOnly(word);
                if (w.length() >= 5 && TextNormalizer.editDistance(han, w) <= 1 || w.length() >= 4 && TextNormalizer.lookAlike(han, w)) return true;
                if (aboveFigures && w.length() >= 4 && han.length() == w.length() && TextNormalizer.editDistance(han, w) <= 1) return true;
            }
        }
        return false;
    }
}
