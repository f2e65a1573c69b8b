package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Repair;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.normalize.CodeParser;
import io.gongkai.normalize.CodeReading;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.NumberReading;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateColumn;
import io.gongkai.template.TemplateRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Economic classification tables printed as several (code, name, amount) groups side by side. Each group is read
 * down its own column; a code lost or misread by OCR is restored from the classification by its name and its
 * neighbours ({@link CodeCheck}). Total lines (人员经费合计 / 公用经费合计) become named rows.
 *
 * <p>A group's code is printed in one column ({@code 30101}) or in two, 类 | 款 ({@code 301 | 01}, or the 类 once
 * above its 款 rows, as ONLYOFFICE and WPS print it): the columns of each group are found from what they hold
 * ({@link #groupColumns}), and the code cells are joined where every code is ({@link CodeParser#economicCode(List, String)}).
 */
final class EconomicGridRowParser implements RowParser {

    private record Entry(String code, String name, RawCell amount, int line, List<Repair> repairs) {
    }

    /** One group's columns: its code columns (类, or 类 and 款), its name column, its amount column. */
    record GroupColumns(List<Integer> code, int name, int amount) {
        GroupColumns {
            code = List.copyOf(code);
        }
    }

    @Override
    public ParsedRows parse(RawBlock block, Template template) {
        List<GroupColumns> layout = groupColumns(block.rows(), Math.max(1, template.groups()));
        int groups = layout.size();
        TemplateColumn col = template.columns().get(0);
        List<List<Entry>> byGroup = new ArrayList<>();
        for (int g = 0; g < groups; g++) byGroup.add(new ArrayList<>());
        String[] classAbove = new String[groups];
        List<Row> totals = new ArrayList<>();
        List<Diagnostic> diags = new ArrayList<>();
        for (RawRow r : block.rows()) {
            List<RawCell> cells = r.cells();
            if (r.texts().stream().anyMatch(t -> TextNormalizer.canonical(t).contains("合计"))) {
                readTotals(r, template, col, totals);
                continue;
            }
            for (int g = 0; g < groups; g++) {
                GroupColumns gc = layout.get(g);
                List<String> codeCells = gc.code().stream().map(k -> text(cells, k)).toList();
                String name = TextNormalizer.normalize(text(cells, gc.name()));
                RawCell amount = gc.amount() < cells.size() ? cells.get(gc.amount()) : RawCell.of("");
                // a 款 alone takes the 类 above it only where the group prints its code in two columns
                CodeReading reading = CodeParser.economicCode(codeCells, gc.code().size() > 1 ? classAbove[g] : null);
                String code = reading.code();
                if (code != null) classAbove[g] = code.substring(0, 3);
                NumberReading value = NumberParser.parse(amount.text(), 2);
                boolean dataLike = code != null ? true : TextNormalizer.hanCount(name) >= 2 && (value.isValue() || value.kind() == NumberReading.Kind.DASH);
                if (!dataLike) continue;
                byGroup.get(g).add(new Entry(code, name, amount, r.line(), reading.repairs()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (List<Entry> entries : byGroup) {
            // each column group is read down on its own: a code's neighbours are the group's rows above and below it
            List<CodeCheck.Item> items = new ArrayList<>();
            for (Entry e : entries) {
                Cell cell = CellReader.read(e.amount(), col.key(), col.kind());
                RowKey key = e.code() != null ? RowKey.economicCode(e.code()) : RowKey.label(TextNormalizer.canonical(e.name()));
                items.add(new CodeCheck.Item(new Row(key, e.name(), List.of(cell), e.repairs(), e.line()), e.code() == null));
            }
            CodeCheck.Result checked = CodeCheck.economic(items);
            rows.addAll(checked.rows());
            diags.addAll(checked.diagnostics());
        }
        rows.addAll(totals);
        return new ParsedRows(rows, diags);
    }

    private enum Role { NONE, CODE, NAME, AMOUNT }

    /**
     * The groups' columns, from what the columns hold down the block: a code column holds bare digits (a 类, a 款, a
     * code), a name column Han text, an amount column figures with a separator or a point, or dashes. Each name column
     * after one or more code columns and before an amount column makes a group. Where the columns say no such thing
     * (a scan's ragged rows), the printed row is {@code templateGroups} groups of three cells, code | name | amount.
     */
    static List<GroupColumns> groupColumns(List<RawRow> rows, int templateGroups) {
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        int[][] votes = new int[width][Role.values().length];
        for (RawRow r : rows) {
            if (r.texts().stream().anyMatch(t -> TextNormalizer.canonical(t).contains("合计"))) continue;
            for (int k = 0; k < r.cells().size(); k++) votes[k][role(r.cells().get(k).text()).ordinal()]++;
        }
        Role[] roles = new Role[width];
        for (int k = 0; k < width; k++) {
            Role best = Role.NONE;
            for (Role x : List.of(Role.CODE, Role.NAME, Role.AMOUNT)) if (votes[k][x.ordinal()] > votes[k][best.ordinal()] || best == Role.NONE && votes[k][x.ordinal()] > 0) best = x;
            roles[k] = best;
        }
        List<GroupColumns> found = new ArrayList<>();
        List<Integer> code = new ArrayList<>();
        for (int k = 0; k < width; k++) {
            if (roles[k] == Role.CODE) code.add(k);
            else if (roles[k] == Role.NAME && !code.isEmpty() && k + 1 < width && roles[k + 1] == Role.AMOUNT) {
                found.add(new GroupColumns(code, k, k + 1));
                code = new ArrayList<>();
                k++;
            } else code = new ArrayList<>();
        }
        boolean twoColumnCodes = found.stream().anyMatch(g -> g.code().size() > 1);
        if (twoColumnCodes && found.size() <= templateGroups) return found;
        List<GroupColumns> threes = new ArrayList<>();
        for (int g = 0; g < templateGroups; g++) threes.add(new GroupColumns(List.of(3 * g), 3 * g + 1, 3 * g + 2));
        return threes;
    }

    private static Role role(String text) {
        String t = TextNormalizer.characters(TextNormalizer.stripMarkup(text == null ? "" : text)).replace(" ", "");
        if (t.isEmpty()) return Role.NONE;
        if (t.matches("\\d{1,3}|\\d{5}")) return Role.CODE;
        if (TextNormalizer.hanCount(t) >= 2) return Role.NAME;
        NumberReading n = NumberParser.parse(t, -1);
        if (n.kind() == NumberReading.Kind.DASH || n.isValue() && (t.contains(".") || t.contains(","))) return Role.AMOUNT;
        return Role.NONE;
    }

    /** "人员经费合计 | 30,392,132.03 | … | 公用经费合计 | 3,243,634.99": each total takes the next value after its label. */
    private static void readTotals(RawRow r, Template template, TemplateColumn col, List<Row> out) {
        List<RawCell> cells = r.cells();
        for (int k = 0; k < cells.size(); k++) {
            String c = TextNormalizer.canonical(cells.get(k).text());
            if (!c.contains("合计")) continue;
            TemplateRow named = match(template, c);
            if (named == null) continue;
            for (int v = k + 1; v < cells.size(); v++) {
                if (cells.get(v).text().isBlank()) continue;
                if (TextNormalizer.canonical(cells.get(v).text()).contains("合计")) break;
                Cell cell = CellReader.read(cells.get(v), col.key(), col.kind());
                boolean fuzzy = !c.equals(TextNormalizer.canonical(named.label())) && named.aliases().stream().noneMatch(a -> c.endsWith(TextNormalizer.canonical(a)));
                List<io.gongkai.model.Repair> repairs = !fuzzy ? List.of()
                        : List.of(new io.gongkai.model.Repair(io.gongkai.model.RepairKind.LABEL_FROM_TEMPLATE, cells.get(k).text(), named.label()));
                out.add(new Row(RowKey.label(named.key()), named.label(), List.of(cell), repairs, r.line()));
                break;
            }
        }
    }

    private static TemplateRow match(Template template, String canonical) {
        for (TemplateRow row : template.rows()) {
            if (canonical.equals(TextNormalizer.canonical(row.label()))) return row;
        }
        for (TemplateRow row : template.rows()) {
            for (String a : row.aliases()) if (canonical.endsWith(TextNormalizer.canonical(a))) return row;
        }
        // a scan's reading one character off a total's label (公用经合计): the one label it is that close to
        TemplateRow near = null;
        for (TemplateRow row : template.rows()) {
            String label = TextNormalizer.canonical(row.label());
            if (label.length() < 4 || TextNormalizer.editDistance(canonical, label) > 1) continue;
            if (near != null) return null;
            near = row;
        }
        return near;
    }

    private static String text(List<RawCell> cells, int i) {
        return i < cells.size() ? cells.get(i).text() : "";
    }
}
