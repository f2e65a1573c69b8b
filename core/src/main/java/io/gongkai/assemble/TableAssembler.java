package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Identification;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.template.Layout;
import io.gongkai.template.Template;
import io.gongkai.template.TemplateCatalog;
import io.gongkai.template.TemplateColumn;
import io.gongkai.template.TemplateMatcher;
import io.gongkai.unit.PrintedUnit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link RawBlock} into a typed {@link Table}: identifies its template, reads its rows with the template's
 * layout, types every cell. Validation comes after, over the whole document. Thread-safe.
 */
public final class TableAssembler {
    private static final Map<Layout, RowParser> PARSERS = new EnumMap<>(Map.ofEntries(
            Map.entry(Layout.TWO_SIDED_LABELED, new TwoSidedLabeledRowParser()),
            Map.entry(Layout.SINGLE_ROW, new SingleRowParser()),
            Map.entry(Layout.TWO_SIDED, new TwoSidedRowParser()),
            Map.entry(Layout.CODED, new CodedRowParser()),
            Map.entry(Layout.ECONOMIC_GRID, new EconomicGridRowParser()),
            Map.entry(Layout.LINE_ITEMS, new LineItemsRowParser()),
            Map.entry(Layout.LABELED, new LabeledRowParser()),
            Map.entry(Layout.PERFORMANCE_DEPARTMENT, new DepartmentPerformanceRowParser()),
            Map.entry(Layout.PERFORMANCE_PROJECT, new ProjectPerformanceRowParser()),
            Map.entry(Layout.REPORT, new ReportRowParser()),
            Map.entry(Layout.LIST, new ListRowParser())));

    private static final int HEADER_ROWS = 24, TAIL_ROWS = 8;
    private final TemplateCatalog catalog;
    private final TemplateMatcher matcher;
    private final SplitNames splitNames;

    public TableAssembler(TemplateCatalog catalog) {
        this.catalog = catalog;
        this.matcher = new TemplateMatcher(catalog);
        this.splitNames = new SplitNames(catalog.all());
    }

    /**
     * @param block the table as an extractor found it
     * @param ref   its reference in the document ({@code T01} …)
     * @return the typed table, its unit as printed with it or {@link MoneyUnit#UNKNOWN} (see {@link PrintedUnit})
     */
    public Table assemble(RawBlock block, String ref) {
        return assemble(block, ref, io.gongkai.model.DocumentKind.UNKNOWN);
    }

    /**
     * As {@link #assemble(RawBlock, String)}, for a table of a document of a known kind: a template of the other kind is
     * taken only where the table's title names that kind ({@link TemplateMatcher#identify(String, String, String,
     * io.gongkai.model.DocumentKind)}).
     */
    public Table assemble(RawBlock block, String ref, io.gongkai.model.DocumentKind documentKind) {
        block = headInGrid(block);
        block = titled(block);
        GridNotes.Result lifted = GridNotes.lift(block, ref);
        block = lifted.block();
        GridNotes.Result spanned = SpannedColumns.join(block, ref);
        block = spanned.block();
        lifted = new GridNotes.Result(block, concat(lifted.diagnostics(), spanned.diagnostics()));
        Identification id = identify(block, documentKind);
        // names printed over two rows joined by the names of the template identified; identified again on the names
        // whole (a 总表's names tell its variant)
        GridNotes.Result names = new GridNotes.Result(block, List.of());
        if (id.templateId() != null) {
            names = splitNames.join(block, catalog.get(id.templateKey()).orElseThrow(), ref);
            if (!names.diagnostics().isEmpty()) {
                block = names.block();
                id = identify(block, documentKind);
            }
        }
        if (id.templateId() != null) id = fitted(id, block);
        PrintedUnit printed = printedUnit(block);
        MoneyUnit unit = printed == null ? MoneyUnit.UNKNOWN : printed.unit();
        UnitSource unitSource = printed == null ? PrintedUnit.notPrinted(block.headerText()) : printed.source();
        String title = block.title() == null ? null : TextNormalizer.normalize(block.title());
        if (id.templateId() == null) {
            List<Row> rows = GenericTable.rows(block);
            return new Table(ref, null, block.printedNumber(), title, unit, unitSource, block.pages(), GenericTable.columns(rows), rows,
                    block.notes(), id, List.of(), List.of(new Diagnostic(Diagnostic.Severity.WARNING, ref,
                    "no template fits this table (" + String.join(", ", id.reasons()) + "); its columns of amounts are read as amounts, with no identity to check them, its other cells as text")), block.line())
                    .withDiagnostics(lifted.diagnostics());
        }
        Template template = catalog.get(id.templateKey()).orElseThrow();
        GridNotes.Result numbered = ColumnNumbers.align(block, template, ref);
        block = numbered.block();
        Map<String, io.gongkai.model.Repair> lineRepairs = Map.of();
        if (template.layout() == Layout.LINE_ITEMS || template.layout() == Layout.TWO_SIDED) {
            LineSequence.Result seq = LineSequence.repair(block);
            block = seq.block();
            lineRepairs = seq.repairs();
        }
        List<Diagnostic> serial = List.of();
        if (template.layout() == Layout.CODED || template.layout() == Layout.ECONOMIC_GRID) {
            SerialColumn.Result s = SerialColumn.without(block, ref);
            block = s.block();
            serial = s.diagnostics();
        }
        ParsedRows parsed = PARSERS.get(template.layout()).parse(block, template);
        if (!lineRepairs.isEmpty()) parsed = withRepairs(parsed, lineRepairs);
        List<Column> columns = template.columns().stream().map(TemplateColumn::toColumn).toList();
        List<Diagnostic> diags = new ArrayList<>(lifted.diagnostics());
        diags.addAll(names.diagnostics());
        diags.addAll(numbered.diagnostics());
        diags.addAll(serial);
        diags.addAll(parsed.diagnostics());
        java.util.Optional<String> emptyNote = block.notes().stream().filter(io.gongkai.template.Vocabulary::saysEmpty).findFirst();
        if (parsed.rows().isEmpty() && emptyNote.isPresent()) {
            diags.add(new Diagnostic(Diagnostic.Severity.INFO, ref, "an empty table, as its note says: " + emptyNote.get()));
        } else if (parsed.rows().isEmpty()) {
            diags.add(new Diagnostic(Diagnostic.Severity.WARNING, ref, "identified as " + template.id() + " but no rows could be read"));
        }
        // amounts in the columns their headers name, where the grid prints them in another order than the template's
        List<Row> ordered = ColumnOrder.rows(ref, block, template, parsed.rows(), diags);
        List<Diagnostic> unmapped = UnmappedColumns.find(ref, block, template, ordered);
        diags.addAll(unmapped);
        boolean wider = !unmapped.isEmpty() || UnmappedColumns.widerThanTemplate(block, template, ordered);
        List<Row> rows = UnmappedColumns.headersDiffering(block, template, ordered, wider);
        Table table = new Table(ref, template.id(), block.printedNumber(), title, unit, unitSource, block.pages(), columns, rows,
                block.notes(), id, List.of(), diags, block.line());
        table = table.withRows(DecimalConsistency.apply(table.rows(), table, template));
        return cutOff(block, table);
    }

    /**
     * The template a block is: the words that tell templates apart are in the header and the row names — the lines
     * above the table, its first rows and its last (总分, 合计) — and its title and printed number.
     */
    private Identification identify(RawBlock block, io.gongkai.model.DocumentKind documentKind) {
        StringBuilder text = new StringBuilder();
        block.headerText().forEach(h -> text.append(h).append('\n'));
        List<RawRow> raw = block.rows();
        for (int i = 0; i < raw.size(); i++) {
            if (i < HEADER_ROWS || i >= raw.size() - TAIL_ROWS) text.append(raw.get(i).joined()).append('\n');
        }
        return matcher.identify(block.title(), io.gongkai.template.Vocabulary.tableNumber(block.printedNumber()), text.toString(), documentKind);
    }

    /**
     * The variant of the template identified whose columns the grid has, where the one identified does not: a two-sided
     * 总表 prints each side's label and its amounts, so the grid's width tells a 收支总表 with one 预算数 a side (4
     * columns) from one whose 支出 splits into 合计, 人员经费, 公用经费 and 项目支出 (7), where a scan garbled the header
     * words that tell them apart (基本支出 read 做林文出: the narrower one chosen, three columns of amounts unread).
     * The identification as it was when no other variant, or more than one, fits.
     */
    private Identification fitted(Identification id, RawBlock block) {
        Template chosen = catalog.get(id.templateKey()).orElseThrow();
        if (chosen.layout() != Layout.TWO_SIDED_LABELED) return id;
        int width = gridWidth(block);
        if (width == 0 || sidesWidth(chosen) == width) return id;
        List<Template> fit = catalog.all().stream()
                .filter(t -> t.id().equals(chosen.id()) && t.layout() == Layout.TWO_SIDED_LABELED && sidesWidth(t) == width).toList();
        if (fit.size() != 1) return id;
        List<String> reasons = new ArrayList<>(id.reasons());
        reasons.add("grid of " + width + " columns");
        return new Identification(fit.get(0).id(), fit.get(0).variant(), id.score(), reasons);
    }

    /** Columns a two-sided labeled template's grid has: each side's label and its amounts. */
    private static int sidesWidth(Template t) {
        return t.sides().stream().mapToInt(s -> 1 + s.columns().size()).sum();
    }

    /** The most common width of the block's rows that print two cells or more (a grid's columns), or 0 for none. */
    private static int gridWidth(RawBlock block) {
        Map<Integer, Integer> widths = new java.util.HashMap<>();
        for (RawRow r : block.rows()) {
            if (r.cells().stream().filter(c -> c.text() != null && !c.text().isBlank()).count() >= 2) widths.merge(r.cells().size(), 1, Integer::sum);
        }
        return widths.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
    }

    /** Below this {@link TemplateMatcher#titleScore} a header line other than the extractor's title is not taken as the title. */
    private static final double TITLE_LINE = 0.5;

    /**
     * The table's own head printed inside its grid (Excel style: the title, then 编制部门：… 单位：元, each in a row
     * merged across the grid above the header): leading rows whose every text is a title, a publisher's or a unit line
     * are the block's head lines, not rows. A newcomer's Calc print of a 收支总表 so laid out gave a row of each, and
     * every income row after them was keyed under 编制部门… as its parent.
     */
    private RawBlock headInGrid(RawBlock block) {
        List<RawRow> rows = block.rows();
        List<String> head = new ArrayList<>(block.headerText());
        int k = 0;
        while (k < rows.size()) {
            List<String> texts = rows.get(k).cells().stream().map(RawCell::text)
                    .filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
            if (texts.isEmpty() || !texts.stream().allMatch(this::headLine)) break;
            head.add(String.join("\t", texts));
            k++;
        }
        if (k == 0 || k == rows.size()) return block;
        return new RawBlock(block.line(), block.pages(), block.title(), block.printedNumber(), head, rows.subList(k, rows.size()), block.notes());
    }

    /**
     * Whether a text of a row is a table's head line: its title or a banner, who publishes it (编制部门：…), its unit
     * (单位：元).
     */
    private boolean headLine(String text) {
        String n = TextNormalizer.normalize(text);
        return namesTable(text) || Banner.is(text) || DocumentFacts.namesPublisher(n) || MoneyUnit.parse(n).isPresent();
    }

    /** Whether a line names a table: it says 表, is no note and no {@link Banner}, and is a template's title enough. */
    private boolean namesTable(String line) {
        String n = TextNormalizer.normalize(line);
        return n.contains("表") && !io.gongkai.template.Vocabulary.startsNote(n) && !Banner.is(line) && matcher.titleScore(line) >= TITLE_LINE;
    }

    /**
     * The block with its title: the line that names the table. Of the title the extractor found (the line naming a
     * table set largest) and the other header lines that name a table (…表), the one closest to a template's title;
     * the extractor's on a tie. A {@link Banner} (上海市XX局2024年度部门决算表, set larger than the title under it) is
     * never the title; a block whose only such line is a banner has none.
     */
    RawBlock titled(RawBlock block) {
        String printed = block.title() == null || Banner.is(block.title()) ? null : block.title();
        String best = printed;
        double bestScore = printed == null ? TITLE_LINE - 1e-9 : matcher.titleScore(printed);
        for (String h : block.headerText()) {
            String line = h.replace('\t', ' ').strip();
            if (line.equals(printed) || !namesTable(line)) continue;
            double score = matcher.titleScore(line);
            if (score > bestScore) { best = line; bestScore = score; }
        }
        if (java.util.Objects.equals(best, block.title())) return block;
        return new RawBlock(block.line(), block.pages(), best, block.printedNumber(), block.headerText(), block.rows(), block.notes());
    }

    /** Rows read from a raw row whose 行次 the sequence put right, with that repair on them. */
    private static ParsedRows withRepairs(ParsedRows parsed, Map<String, io.gongkai.model.Repair> byLine) {
        List<Row> rows = new ArrayList<>();
        for (Row r : parsed.rows()) {
            io.gongkai.model.Repair fix = r.key().kind() == io.gongkai.model.RowKey.Kind.LINE
                    ? byLine.get(LineSequence.key(r.line(), Integer.parseInt(r.key().value()))) : null;
            if (fix == null) { rows.add(r); continue; }
            List<io.gongkai.model.Repair> repairs = new ArrayList<>(r.repairs());
            repairs.add(fix);
            rows.add(new Row(r.key(), r.label(), r.cells(), repairs, r.line()));
        }
        return new ParsedRows(rows, parsed.diagnostics());
    }

    /**
     * A block whose last row stops at a number with fewer cells than the row above it ends mid-row (a cut page, a
     * truncated file): the last value read may be cut and the cells after it were never printed. None of them is
     * trusted or recovered, and the table says so.
     */
    private static Table cutOff(RawBlock block, Table table) {
        List<RawRow> raw = block.rows();
        if (raw.size() < 2 || table.rows().isEmpty()) return table;
        RawRow last = raw.get(raw.size() - 1), before = raw.get(raw.size() - 2);
        List<RawCell> cells0 = last.cells();
        String end = "";
        for (RawCell c : cells0) if (!c.text().isBlank()) end = c.text();
        boolean endsOnNumber = io.gongkai.normalize.NumberParser.parse(end, -1).isValue();
        boolean aboveIsData = table.rows().stream().anyMatch(r -> r.line() == before.line());
        if (!endsOnNumber || !aboveIsData || cells0.size() >= before.cells().size()) return table;
        List<Row> rows = new ArrayList<>(table.rows());
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row r = rows.get(i);
            if (r.line() != last.line()) continue;
            List<Cell> cells = new ArrayList<>(r.cells());
            // the last value read may be cut; the cells after it were never printed: none of them is to be recovered
            for (int c = cells.size() - 1; c >= 0; c--) {
                Cell cell = cells.get(c);
                cells.set(c, cell.revised(cell.number(), io.gongkai.model.CellStatus.SUSPECT,
                        new io.gongkai.model.Repair(io.gongkai.model.RepairKind.CUT_OFF, cell.raw(), "the row ends here; the value may be cut")));
                if (!cell.raw().isBlank()) break;
            }
            rows.set(i, r.withCells(cells));
        }
        return table.withRows(rows).withDiagnostics(List.of(new Diagnostic(Diagnostic.Severity.WARNING, table.ref(),
                "the table ends mid-row (line " + last.line() + "): its last row has " + cells0.size() + " cells where the row above has " + before.cells().size())));
    }

    /**
     * What the table prints about its unit (the lines above its grid, its header rows, its labels), or
     * {@link MoneyUnit#UNKNOWN}: {@link io.gongkai.unit.TableUnits} decides the rest from identities.
     */
    private static PrintedUnit printedUnit(RawBlock block) {
        List<String> firstRows = block.rows().stream().limit(PrintedUnit.HEADER_ROWS).map(RawRow::joined).toList();
        List<String> cells = new ArrayList<>();
        for (RawRow r : block.rows()) for (RawCell c : r.cells()) if (!c.text().isBlank()) cells.add(c.text());
        return PrintedUnit.read(block.headerText(), firstRows, cells, block.notes()).orElse(null);
    }


    private static List<Diagnostic> concat(List<Diagnostic> a, List<Diagnostic> b) {
        if (b.isEmpty()) return a;
        List<Diagnostic> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
