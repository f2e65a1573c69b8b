package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.CodeParser;
import io.gongkai.normalize.CodeReading;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Classification;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows keyed by function classification code: code cells, a name, then one value per column. Codes split or
 * damaged by OCR are repaired; a 类 lost in front of a 款项 tail is taken from the neighbouring rows; a row whose code
 * is gone entirely keeps its label and is resolved by the document builder from the other tables.
 */
final class CodedRowParser implements RowParser {

    /** Marks a row whose code was lost entirely; the document builder resolves it from other tables. */
    static final io.gongkai.model.RepairKind CODE_MISSING = io.gongkai.model.RepairKind.CODE_MISSING;

    private static final java.util.regex.Pattern CODE_AND_NAME = io.gongkai.normalize.CodeParser.CODE_AND_NAME;

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<Row> rows = new ArrayList<>();
        List<CodeReading> codes = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        List<TemplateColumn> cols = template.columns();
        List<RawRow> raw = block.rows();
        int first = HeaderLocator.firstDataRow(raw);
        int labelColumn = labelColumn(raw, first);
        boolean headerEnded = first > 0; // without a 栏次 row, the header ends at the first coded or total row
        List<String> partsAbove = null; // the code cells of the last coded row, filled: a 类 or 款 printed once above its rows
        String classAbove = null;
        boolean namesWithCodes = false;
        for (int i = first; i < raw.size(); i++) {
            RawRow r = raw.get(i);
            List<RawCell> cells = r.cells();
            int labelAt = -1;
            for (int k = 0; k < cells.size(); k++) {
                if (HeaderLocator.isTotalLabel(cells.get(k).text())) { labelAt = k; break; }
            }
            boolean total = labelAt >= 0;
            if (!total) {
                for (int k = 0; k < cells.size(); k++) {
                    if (HeaderLocator.isLabel(cells.get(k).text())) { labelAt = k; break; }
                }
            }
            boolean unlabeled = false;
            if (labelAt < 0) {
                // a row of amounts without a label (its name cell blank): kept under its code, or its line, and reported
                int amountAt = headerEnded ? firstAmount(cells, labelColumn + 1) : -1;
                if (amountAt < 0) continue; // not a data row (stray header fragment)
                labelAt = labelColumn >= 0 && labelColumn < amountAt ? labelColumn : amountAt - 1;
                unlabeled = true;
            }
            // a header line that names a column 合计, wherever it stands: "合计 | 基本支出 | 项目支出", "人员经费 | 公用经费 | 合计"
            if (total && !headerEnded && !holdsAmounts(cells, 0) && hasHeaderWords(others(cells, labelAt))) continue;
            // a 合计 merged over the code and name columns: its values still start after the name column
            int valuesFrom = (total ? Math.max(labelAt, labelColumn) : labelAt) + 1;
            List<String> codeCells = new ArrayList<>();
            for (int k = 0; k < labelAt; k++) codeCells.add(cells.get(k).text());
            String label = total ? "合计" : labelAt < 0 ? "" : TextNormalizer.normalize(cells.get(labelAt).text());
            java.util.regex.Matcher codeAndName = CODE_AND_NAME.matcher(label);
            java.util.regex.Matcher partsAndName = PARTS_AND_NAME.matcher(label);
            if (!total && codeCells.stream().allMatch(String::isBlank) && !codeAndName.matches() && partsAndName.matches()
                    && isClass(partsAndName.group(1), template.economicCodes())) {
                // the code's parts before the name in one column, a 款 or 项 of one digit where a CSV lost its leading 0
                // ("301 1 基本工资", a CSV opened in Calc and printed without rules): the parts are the code cells
                List<String> parts = new ArrayList<>(List.of(partsAndName.group(1)));
                parts.addAll(List.of(partsAndName.group(2).strip().split("\\s+")));
                codeCells = parts;
                label = partsAndName.group(3);
                if (!namesWithCodes) diags.add(new Diagnostic(Diagnostic.Severity.INFO, "line " + r.line(),
                        "codes printed before the names in one column (" + String.join(" ", parts) + " " + label + "): read as the rows' codes"));
                namesWithCodes = true;
            } else if (!total && codeCells.stream().allMatch(String::isBlank) && codeAndName.matches()) {
                // 科目编码及名称 in one column: "2010507 专项普查活动" is the code and the name of the row
                codeCells = List.of(codeAndName.group(1));
                label = codeAndName.group(2);
                if (!namesWithCodes) diags.add(new Diagnostic(Diagnostic.Severity.INFO, "line " + r.line(),
                        "codes printed before the names in one column (" + codeAndName.group(1) + " " + label + "): read as the rows' codes"));
                namesWithCodes = true;
            }
            if (template.economicCodes()) {
                CodeReading ecoCode = total ? CodeReading.NONE : CodeParser.economicCode(codeCells, codeCells.size() > 1 ? classAbove : null);
                PartInName ecoMoved = partInName(ecoCode, label, io.gongkai.template.Classification.economic());
                if (ecoMoved != null) {
                    ecoCode = ecoMoved.code();
                    label = ecoMoved.label();
                }
                if (!total && !ecoCode.present() && !codeCells.isEmpty() && codeCells.stream().allMatch(String::isBlank)) {
                    CodeReading named = namedClass(label, io.gongkai.template.Classification.economic(), null);
                    if (named != null) ecoCode = named;
                }
                String eco = ecoCode.code();
                if (eco != null) classAbove = eco.substring(0, 3);
                if (eco == null && !total && !headerEnded && !holdsAmounts(cells, labelAt + 1)) continue;
                headerEnded = true;
                List<Cell> out = CellReader.readColumns(CellReader.splitJoined(cells.subList(Math.min(valuesFrom, cells.size()), cells.size())), 0, cols);
                if (!total && holdsFigure(label)) out = misaligned(out, label);
                RowKey key = total ? RowKey.total() : eco != null ? RowKey.economicCode(eco) : unlabeled ? unlabeledKey(r) : RowKey.label(TextNormalizer.canonical(label));
                if (unlabeled) diags.add(unlabeledRow(r, key));
                rows.add(new Row(key, label, out, ecoCode.repairs(), r.line()));
                codes.add(CodeReading.NONE);
                continue;
            }
            CodeReading code = total ? CodeReading.NONE : CodeParser.functionCode(codeCells, partsAbove);
            if (!total && !code.present() && !code.classLost() && !codeCells.isEmpty() && codeCells.stream().allMatch(String::isBlank)) {
                CodeReading named = namedClass(label, io.gongkai.template.Classification.functionClasses(),
                        partsAbove == null || partsAbove.isEmpty() ? null : partsAbove.get(0).strip());
                if (named == null && partsAbove != null && !partsAbove.isEmpty()) named = namedKuan(label, partsAbove.get(0).strip());
                if (named != null) code = named;
            }
            if (code.present()) partsAbove = filledParts(codeCells, code.code());
            PartInName moved = partInName(code, label, io.gongkai.template.Classification.function());
            if (moved != null) {
                code = moved.code();
                label = moved.label();
            }
            if (!headerEnded && !total && !code.present() && !code.classLost() && !holdsAmounts(cells, labelAt + 1)) continue; // a header row
            headerEnded = true;
            List<RawCell> values = CellReader.splitJoined(cells.subList(Math.min(valuesFrom, cells.size()), cells.size()));
            while (values.size() > cols.size() && isBlank(values.get(values.size() - 1))) values.remove(values.size() - 1);
            if (values.size() > cols.size()) {
                diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "line " + r.line(),
                        "row has " + values.size() + " values for " + cols.size() + " columns; extra cells ignored"));
            }
            List<Cell> out = CellReader.readColumns(values, 0, cols);
            if (!total && holdsFigure(label)) out = misaligned(out, label);
            RowKey key = total ? RowKey.total() : code.present() ? RowKey.functionCode(code.code()) : unlabeled ? unlabeledKey(r) : RowKey.label(label);
            List<Repair> repairs = new ArrayList<>(code.repairs());
            // a row without code nor label has nothing another table could restore its code from
            if (!total && !unlabeled && !code.present() && !code.classLost()) repairs.add(new Repair(CODE_MISSING, "", label));
            Row cut = unlabeled ? cutAbove(rows, out) : null;
            if (cut != null) {
                // a coded row that printed no figure, then figures under no code nor name: one row its page break (or its
                // cell's wrap) cut, its figures printed with the next part (a newcomer's Chromium print of a 收入决算表:
                // 2101199's amounts at the top of the next page were kept as a row of their own, status ok, besides
                // 2101199's recovered from the sums: its column totals counted them twice)
                rows.set(rows.size() - 1, cut.withCells(out));
                diags.add(new Diagnostic(Diagnostic.Severity.INFO, "line " + r.line(), "figures under no code nor name, after "
                        + cut.key().value() + " " + cut.label() + " which printed none: read as its own (a row its page break cut)"));
                continue;
            }
            if (unlabeled) diags.add(unlabeledRow(r, key));
            rows.add(new Row(key, label, out, repairs, r.line()));
            codes.add(code);
        }
        resolveLostClasses(rows, codes, diags);
        CodeCheck.Result checked = template.economicCodes()
                // a named row whose code OCR did not read (noise over it) is sought by its name, as in economic grids; a
                // text layer's row without a code is printed so
                ? CodeCheck.economic(rows.stream().map(r -> new CodeCheck.Item(r, r.key().kind() == RowKey.Kind.LABEL && TextNormalizer.hanCount(r.label()) >= 2
                        && CodeCheck.readByOcr(r))).toList())
                : CodeCheck.function(rows);
        diags.addAll(checked.diagnostics());
        return new ParsedRows(checked.rows(), diags);
    }

    /** The row above when it holds a code and prints no figure while {@code figures} print some; else null. */
    private static Row cutAbove(List<Row> rows, List<Cell> figures) {
        if (rows.isEmpty() || figures.stream().noneMatch(c -> c.number() != null)) return null;
        Row above = rows.get(rows.size() - 1);
        if (above.key().kind() != RowKey.Kind.FUNCTION_CODE) return null;
        return above.cells().stream().allMatch(c -> c.status() == io.gongkai.model.CellStatus.EMPTY) ? above : null;
    }

    /** A 类 and one or two more parts of its code, each of one or two digits, then the name: "301 1 基本工资", "201 13 1 行政运行". */
    private static final java.util.regex.Pattern PARTS_AND_NAME = java.util.regex.Pattern.compile("(\\d{3})((?:\\s+\\d{1,2}){1,2})\\s+(\\p{IsHan}.*)");

    /**
     * The code of a 类 row that prints none, named exactly (its Han characters) as one 类 of the classification: a 类
     * printed once in a cell merged down its rows, the cell cut by a page break and its code printed on the next page's
     * part, or at the bottom of the cell (a newcomer's Calc print: 商品和服务支出 kept without a code, its 款 rows filed
     * under the 类 above, 301). The repair is recorded ({@code code-from-name}); the rows after it take it as theirs.
     *
     * @param current the 类 of the rows above, or null: a name of that 类 is not a new one
     * @return the 类's code, or null when the name is no 类's or several's
     */
    private static CodeReading namedClass(String label, io.gongkai.template.Classification classes, String current) {
        List<String> named = classes.codesNamedExactly(label).stream().filter(c -> c.length() == 3 && !c.equals(current)).toList();
        if (named.size() != 1) return null;
        return new CodeReading(named.get(0), null, -1, List.of(new Repair(RepairKind.CODE_FROM_NAME, "", named.get(0) + " (the 类 named " + label + ")")));
    }

    /** As {@link #namedClass}, for a 款 of the 类 above ({@code clazz}) named exactly so in the function classification. */
    private static CodeReading namedKuan(String label, String clazz) {
        if (clazz == null || clazz.length() != 3) return null;
        List<String> named = io.gongkai.template.Classification.function().codesNamedExactly(label).stream()
                .filter(c -> c.length() == 5 && c.startsWith(clazz)).toList();
        if (named.size() != 1) return null;
        return new CodeReading(named.get(0), null, -1, List.of(new Repair(RepairKind.CODE_FROM_NAME, "", named.get(0) + " (the 款 named " + label + " under " + clazz + ")")));
    }

    /** Whether three digits are a 类 of the table's classification (economic, or function). */
    private static boolean isClass(String code, boolean economic) {
        return (economic ? io.gongkai.template.Classification.economic() : io.gongkai.template.Classification.functionClasses()).contains(code);
    }

    private static final java.util.regex.Pattern PART_AND_NAME = java.util.regex.Pattern.compile("(\\d{2})\\s*(\\p{IsHan}.*)");

    /** A code with its next part, taken from the start of the row's name, and the name without it. */
    record PartInName(CodeReading code, String label) {
    }

    /**
     * The next part of a row's code printed at the start of its name: a 项 (or economic 款) column with no rule between
     * it and the name's reads as one column by text alignment ({@code 216 99 | 99 其他商业服务业等支出}, a newcomer's
     * Writer table without borders). Taken when the code read is a 类 or 款 (3 or 5 digits), the name begins with two
     * digits, and the classification names the code they complete by the rest of the name (216 99 is itself 其他商业服务业等
     * 支出: without the check against 2169999 the row was a second 21699). The repair is recorded ({@code split-code}).
     *
     * @return the completed code and the name without its part, or null when the name holds no such part
     */
    static PartInName partInName(CodeReading code, String label, io.gongkai.template.Classification classification) {
        if (!code.present() || code.code().length() != 3 && code.code().length() != 5) return null;
        java.util.regex.Matcher m = PART_AND_NAME.matcher(label);
        if (!m.matches()) return null;
        String full = code.code() + m.group(1), name = m.group(2).strip();
        if (!classification.fits(full, name)) return null;
        List<Repair> repairs = new ArrayList<>(code.repairs());
        repairs.add(new Repair(RepairKind.SPLIT_CODE, code.code() + "|" + m.group(1), full));
        return new PartInName(new CodeReading(full, null, -1, repairs), name);
    }

    /**
     * Whether a name ends in an amount (死亡执排 191.28, 行政私行服务 i 5.396 96): after its last letter, a run of digits
     * and separators holding at least three digits and a point, comma or space between digits. The name cell took the
     * first amount's.
     */
    static boolean holdsFigure(String label) {
        int start = label.length();
        while (start > 0 && "0123456789,，.。 ".indexOf(label.charAt(start - 1)) >= 0) start--;
        if (start == 0 || !TextNormalizer.hasHan(label.substring(0, start))) return false;
        String tail = label.substring(start).trim();
        long digits = tail.chars().filter(Character::isDigit).count();
        return digits >= 3 && tail.matches("\\d.*[.,，。 ]\\d.*");
    }

    /** The row's cells, blanks too, flagged: which column each figure belongs to is not known. */
    private static List<Cell> misaligned(List<Cell> cells, String label) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            out.add(c.revised(c.number(), io.gongkai.model.CellStatus.SUSPECT, new Repair(RepairKind.NAME_HOLDS_FIGURE, c.raw(),
                    "the name '" + label + "' ends in a figure: the first amount column's rule was not seen, the figures may stand a column off")));
        }
        return out;
    }

    /** A 类 lost in front of "8 0505": take the class of a neighbouring row ending in 8, else the only class that does. */
    private static void resolveLostClasses(List<Row> rows, List<CodeReading> codes, List<Diagnostic> diags) {
        for (int i = 0; i < rows.size(); i++) {
            CodeReading c = codes.get(i);
            if (!c.classLost()) continue;
            char last = (char) ('0' + c.classLastDigit());
            String chosen = null, why = null;
            for (int d = 1; d < rows.size() && chosen == null; d++) {
                for (int j : new int[]{i - d, i + d}) {
                    if (j < 0 || j >= rows.size() || !codes.get(j).present()) continue;
                    String cls = codes.get(j).code().substring(0, 3);
                    if (cls.charAt(2) == last) { chosen = cls; why = "neighbouring row " + codes.get(j).code(); break; }
                }
            }
            if (chosen == null) {
                List<String> candidates = Classification.functionClasses().codes().stream().filter(k -> k.charAt(2) == last).toList();
                if (candidates.size() == 1) { chosen = candidates.get(0); why = "only class ending in " + last; }
            }
            Row row = rows.get(i);
            if (chosen == null) {
                diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "line " + row.line(), "function class of ?" + last + c.tail() + " could not be restored"));
                List<Repair> rep = new ArrayList<>(row.repairs());
                rep.add(new Repair(CODE_MISSING, "?" + last + c.tail(), row.label()));
                rows.set(i, new Row(row.key(), row.label(), row.cells(), rep, row.line()));
                continue;
            }
            CodeReading fixed = c.withClass(chosen, why);
            codes.set(i, fixed);
            rows.set(i, new Row(RowKey.functionCode(fixed.code()), row.label(), row.cells(), fixed.repairs(), row.line()));
        }
    }

    /**
     * The code cells of a coded row with its code's parts in them, column by column: 类, 款, 项 where the row prints its
     * code in three columns (its blanks filled from its code), the cells as printed otherwise.
     */
    private static List<String> filledParts(List<String> cells, String code) {
        if (cells.size() != 3) return cells;
        List<String> out = new ArrayList<>();
        out.add(code.substring(0, 3));
        out.add(code.length() >= 5 ? code.substring(3, 5) : "");
        out.add(code.length() >= 7 ? code.substring(5, 7) : "");
        return out;
    }

    /** The column most coded rows print their name in (-1 when none). */
    private static int labelColumn(List<RawRow> raw, int first) {
        java.util.Map<Integer, Integer> votes = new java.util.HashMap<>();
        for (int i = first; i < raw.size(); i++) {
            List<RawCell> cells = raw.get(i).cells();
            for (int k = 1; k < cells.size(); k++) {
                if (!HeaderLocator.isLabel(cells.get(k).text())) continue;
                List<String> codeCells = cells.subList(0, k).stream().map(RawCell::text).toList();
                // a code before the name, in the cells before it or in its own cell (301 工资福利支出)
                boolean codeInCell = codeCells.stream().allMatch(String::isBlank) && CODE_AND_NAME.matcher(TextNormalizer.normalize(cells.get(k).text())).matches();
                if (codeInCell || CodeParser.functionCode(codeCells).present() || CodeParser.economicCode(codeCells).present()) votes.merge(k, 1, Integer::sum);
                break;
            }
        }
        return votes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(-1);
    }

    /** The key of a row that prints amounts and neither code nor label: its source line. */
    private static RowKey unlabeledKey(RawRow r) {
        return RowKey.label("unlabeled-line-" + r.line());
    }

    private static Diagnostic unlabeledRow(RawRow r, RowKey key) {
        return new Diagnostic(Diagnostic.Severity.WARNING, "line " + r.line(), "a row of amounts without a label: kept as " + key.value());
    }

    /**
     * Whether a row holds an amount after its label: a figure printed as money is (a separator, a decimal point, or
     * four digits and more), where a header's column numbers (1, 2, 3) are not. Before the first coded row, a row whose
     * code was not read (a scan's rule read | in front of it: '| 301') but that holds amounts is the table's first data
     * row, kept under its name (its code sought by the classification check), not taken for the header unsaid.
     */
    static boolean holdsAmounts(List<RawCell> cells, int from) {
        for (int k = Math.max(0, from); k < cells.size(); k++) {
            String t = cells.get(k).text() == null ? "" : cells.get(k).text().strip();
            if (!io.gongkai.normalize.NumberParser.parse(t, -1).isValue()) continue;
            if (t.indexOf(',') >= 0 || t.indexOf('.') >= 0 || t.chars().filter(Character::isDigit).count() >= 4) return true;
        }
        return false;
    }

    /** Index of the first cell from {@code from} on that reads as an amount, -1 when none does. */
    static int firstAmount(List<RawCell> cells, int from) {
        for (int k = Math.max(0, from); k < cells.size(); k++) {
            if (io.gongkai.normalize.NumberParser.parse(cells.get(k).text(), -1).isValue()) return k;
        }
        return -1;
    }

    /** The cells of a line but the one at {@code k}. */
    private static List<RawCell> others(List<RawCell> cells, int k) {
        List<RawCell> out = new ArrayList<>(cells);
        out.remove(k);
        return out;
    }

    private static boolean hasHeaderWords(List<RawCell> cells) {
        for (RawCell c : cells) {
            if (!c.text().isBlank() && io.gongkai.normalize.TextNormalizer.hanCount(c.text()) >= 2) return true;
        }
        return false;
    }

    private static boolean isBlank(RawCell c) {
        return c.text() == null || c.text().isBlank();
    }
}
