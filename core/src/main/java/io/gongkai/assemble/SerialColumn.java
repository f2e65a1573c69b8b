package io.gongkai.assemble;

import io.gongkai.model.Diagnostic;
import io.gongkai.normalize.TextNormalizer;
import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawCell;
import io.gongkai.raw.RawRow;

import java.util.ArrayList;
import java.util.List;

/**
 * A first column of 序号 (1, 2, 3 … down the rows) before a table's codes: it is no part of a row's code. Read as the
 * code's first part, it made 1 | 201 no code at all and 11 | 20805 the code 1120805 (a newcomer's 支出预算总表 printed by
 * Chromium with a 序号 column: 9 of 12 rows lost their code, one took a code that does not exist, the tree checks went
 * unverifiable). Pure functions.
 */
final class SerialColumn {
    private SerialColumn() {
    }

    /** The least rows numbered 1, 2, 3 … for the first column to be taken for 序号. */
    static final int LEAST_ROWS = 3;

    /** A block and what was said of it. */
    record Result(RawBlock block, List<Diagnostic> diagnostics) {
    }

    /**
     * The block without its first column where that column is a 序号 column: at least {@link #LEAST_ROWS} rows print a
     * whole number there, numbered 1, 2, 3 … in order with none skipped, each with a cell after it before the row's
     * name (its code), and every other cell of the column is blank, a header word or a total's name. Else the block as
     * it is.
     */
    static Result without(RawBlock block, String ref) {
        int numbered = 0, next = 1;
        boolean codeAfter = false;
        for (RawRow r : block.rows()) {
            if (r.cells().size() < 3) continue;
            String first = TextNormalizer.normalize(r.cells().get(0).text()).strip();
            if (first.isEmpty() || first.equals("序号") || HeaderLocator.isTotalLabel(first) || !first.matches("\\d{1,3}") && TextNormalizer.hanCount(first) > 0 && numbered == 0) continue;
            if (!first.matches("\\d{1,3}") || Integer.parseInt(first) != next) return new Result(block, List.of());
            next++;
            numbered++;
            String second = TextNormalizer.normalize(r.cells().get(1).text()).strip();
            codeAfter |= second.matches("\\d{3,7}.*");
        }
        if (numbered < LEAST_ROWS || !codeAfter) return new Result(block, List.of());
        List<RawRow> rows = new ArrayList<>(block.rows().size());
        for (RawRow r : block.rows()) rows.add(r.cells().isEmpty() ? r : new RawRow(r.line(), new ArrayList<RawCell>(r.cells().subList(1, r.cells().size()))));
        RawBlock without = new RawBlock(block.line(), block.pages(), block.title(), block.printedNumber(), block.headerText(), rows, block.notes());
        return new Result(without, List.of(new Diagnostic(Diagnostic.Severity.INFO, ref, "a first column of 序号 (1 to " + numbered + "): no part of the rows' codes")));
    }
}
