package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Diagnostic;
import io.gongkai.normalize.CodeParser;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Classification;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * A name printed over two rows of a table: its first characters on one row, the rest alone in the same column of the
 * row under it (a name typed into two cells of a workbook; a wrapped cell that an OCR tool writes as two lines). The two
 * are one name when together they are a name this project knows — a row of the table's template ({@code rows} of its
 * JSON, any variant's) or a name of the classification (支出功能分类, 经济分类) — and neither part alone is one: {@code 资源勘探工} and
 * {@code 业信息等支出} are {@code 资源勘探工业信息等支出}. The name goes to the row that prints the code or the figures
 * (the first, when both or neither do); the other row's cell is left blank, and a row left blank throughout is dropped.
 * A name neither part of which nor whose whole is known is left as printed. The header (down to its 栏次 row, or the
 * first row printing a figure) is not touched: its words over two rows are the header's. Pure and thread-safe.
 */
final class SplitNames {
    /**
     * The names of each template id's rows (every variant's), compared on their Han characters without their enumeration
     * (一、, (一), 1.): a table's names are its template's, not another's (a budget's 一般公共预算 is a line of its own;
     * a final account's 一般公共预算财政拨款收入 is one name).
     */
    private final Map<String, Set<String>> vocabulary;

    /** @param templates whose rows' names are known names, each for tables of its id */
    SplitNames(List<Template> templates) {
        Map<String, Set<String>> v = new HashMap<>();
        for (Template t : templates) {
            Set<String> names = v.computeIfAbsent(t.id(), k -> new HashSet<>());
            for (TemplateRow r : t.rows()) {
                if (r.label() != null) names.add(key(r.label()));
                if (r.aliases() != null) for (String a : r.aliases()) names.add(key(a));
            }
            names.remove("");
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        v.forEach((k, names) -> frozen.put(k, Set.copyOf(names)));
        this.vocabulary = Map.copyOf(frozen);
    }

    /** The block of a table identified as {@code template} with each name printed over two rows joined, and a note of each. */
    GridNotes.Result join(RawBlock block, Template template, String ref) {
        Set<String> names = vocabulary.getOrDefault(template.id(), Set.of());
        List<List<String>> rows = new ArrayList<>();
        for (RawRow r : block.rows()) rows.add(new ArrayList<>(r.texts().stream().map(t -> t == null ? "" : t).toList()));
        int start = bodyStart(rows);
        List<String> joined = new ArrayList<>();
        for (int i = Math.max(start + 1, 1); i < rows.size(); i++) {
            List<String> above = rows.get(i - 1), here = rows.get(i);
            for (int k = 0; k < Math.min(above.size(), here.size()); k++) {
                String a = above.get(k).strip(), b = here.get(k).strip();
                // a code printed before the name in the name's cell (201 一般公共服务支出, codes and names in one column
                // without a rule between): the name is what follows it, the code stays with its row
                String[] ca = codeAndName(a), cb = codeAndName(b);
                if (!cb[0].isEmpty() && !ca[0].isEmpty()) continue;
                String na = ca[1], nb = cb[1];
                if (!nameLike(na) || !fragment(nb)) continue;
                String whole = na + nb;
                if (!known(whole, names) || known(na, names) || known(nb, names)) continue;
                boolean toHere = !cb[0].isEmpty() || ca[0].isEmpty() && printsFigures(here, k) && !printsFigures(above, k);
                String code = ca[0].isEmpty() ? cb[0] : ca[0];
                String joinedName = code.isEmpty() ? whole : code + " " + whole;
                above.set(k, toHere ? "" : joinedName);
                here.set(k, toHere ? joinedName : "");
                joined.add(a + " + " + b);
            }
        }
        if (joined.isEmpty()) return new GridNotes.Result(block, List.of());
        List<RawRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RawRow r = block.rows().get(i);
            if (rows.get(i).stream().allMatch(String::isBlank)) continue;
            List<RawCell> cells = new ArrayList<>();
            for (int k = 0; k < r.cells().size(); k++) {
                RawCell c = r.cells().get(k);
                String t = rows.get(i).get(k);
                cells.add(t.equals(c.text() == null ? "" : c.text()) ? c : new RawCell(t, c.box(), c.confidence()));
            }
            out.add(new RawRow(r.line(), cells));
        }
        Diagnostic note = new Diagnostic(Diagnostic.Severity.INFO, ref, joined.size() + (joined.size() == 1 ? " name" : " names")
                + " printed over two rows read as one: " + String.join(", ", joined));
        return new GridNotes.Result(new RawBlock(block.line(), block.pages(), block.title(), block.printedNumber(), block.headerText(), out, block.notes()),
                List.of(note));
    }

    /** The first body row: after the 栏次 row, at the first row that prints a figure, a code or a total. */
    private static int bodyStart(List<List<String>> rows) {
        int i = 0;
        for (int r = 0; r < rows.size(); r++) if (HeaderLocator.isColumnNumbers(rows.get(r))) i = r + 1;
        while (i < rows.size() && rows.get(i).stream().noneMatch(t -> figure(t) || code(t) || HeaderLocator.isTotalLabel(t))) i++;
        return i;
    }

    private static final java.util.regex.Pattern CODE_BEFORE_NAME = java.util.regex.Pattern.compile("^(\\d{3}(?:\\d{2}){0,2})\\s+(\\D.*)$");

    /** A cell's code printed before its name ({@code 20103 相关机构事务}) and the name: {@code ["20103", "相关机构事务"]}; {@code ["", s]} when none is. */
    private static String[] codeAndName(String s) {
        java.util.regex.Matcher m = CODE_BEFORE_NAME.matcher(s);
        return m.matches() ? new String[]{m.group(1), m.group(2).strip()} : new String[]{"", s};
    }

    private static boolean nameLike(String s) {
        return TextNormalizer.hanCount(s) >= 2 && !HeaderLocator.isTotalLabel(s) && !figure(s);
    }

    /** The rest of a name: Han characters (and punctuation), no digit, no total. */
    private static boolean fragment(String s) {
        return TextNormalizer.hanCount(s) >= 1 && s.chars().noneMatch(Character::isDigit) && !HeaderLocator.isTotalLabel(s);
    }

    /** Whether a row prints a figure or a code in a cell other than {@code k}. */
    private static boolean printsFigures(List<String> row, int k) {
        for (int c = 0; c < row.size(); c++) if (c != k && (figure(row.get(c)) || code(row.get(c)))) return true;
        return false;
    }

    private static boolean figure(String s) {
        return s != null && !s.isBlank() && NumberParser.parse(s, -1).isValue() && s.chars().anyMatch(ch -> ch == '.' || ch == ',');
    }

    private static boolean code(String s) {
        String t = s == null ? "" : s.strip();
        return CodeParser.isCodePart(t) || t.matches("\\d{5}|\\d{7}");
    }

    private static boolean known(String name, Set<String> vocabulary) {
        String key = key(name);
        if (key.length() < 2) return false;
        String bare = Outline.key(TextNormalizer.normalize(name));
        return vocabulary.contains(key) || !Classification.function().codesNamedExactly(bare).isEmpty()
                || !Classification.economic().codesNamedExactly(bare).isEmpty() || !Classification.functionClasses().codesNamedExactly(bare).isEmpty();
    }

    private static String key(String name) {
        return TextNormalizer.hanOnly(Outline.key(TextNormalizer.normalize(name)));
    }
}
