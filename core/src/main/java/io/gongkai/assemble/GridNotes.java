package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Diagnostic;
import io.gongkai.normalize.NumberParser;
import io.gongkai.normalize.TextNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Notes printed inside a table's ruled grid: a row whose one cell of text is a note (注：本部门2025年无政府性基金预算财政拨款
 * 安排的预算，故本表为空表。) is a note of the table, not a row. Spreadsheets print such a note in a merged row under
 * 合计 and go on printing the sheet's unused rows below it, with a second 合计 (the 万里街道 2025 budget as printed by
 * LibreOffice Calc, ../shared/corpus/budgets-more, p23 and p24): rows below a note that print no amount are that
 * remainder and are not read; rows below it that do print amounts are read, and reported.
 */
final class GridNotes {

    private GridNotes() {
    }

    /** The block with its notes out of its rows, and what was done. */
    record Result(RawBlock block, List<Diagnostic> diagnostics) {
    }

    /**
     * @param block a table as an extractor found it
     * @param ref   its reference in the document, for the diagnostics
     */
    static Result lift(RawBlock block, String ref) {
        List<RawRow> rows = block.rows();
        int first = -1;
        for (int i = 0; i < rows.size() && first < 0; i++) if (note(rows.get(i)) != null) first = i;
        if (first < 0) return new Result(block, List.of());
        List<RawRow> kept = new ArrayList<>();
        List<String> notes = new ArrayList<>(), lifted = new ArrayList<>();
        boolean amountsBelow = false;
        for (int i = first + 1; i < rows.size(); i++) amountsBelow |= note(rows.get(i)) == null && hasAmount(rows.get(i));
        int unused = 0;
        for (int i = 0; i < rows.size(); i++) {
            RawRow r = rows.get(i);
            String n = note(r);
            if (n != null) { lifted.add(n); continue; }
            if (i > first && !amountsBelow) { if (!r.isBlank()) unused++; continue; }
            kept.add(r);
        }
        notes.addAll(lifted);
        notes.addAll(block.notes());
        List<Diagnostic> diags = new ArrayList<>();
        String where = ref + " line " + rows.get(first).line();
        diags.add(new Diagnostic(Diagnostic.Severity.INFO, where, lifted.size() + (lifted.size() == 1 ? " note" : " notes")
                + " printed inside the grid read as the table's notes, not as rows: " + String.join(" ", lifted)));
        if (unused > 0) diags.add(new Diagnostic(Diagnostic.Severity.INFO, where, unused + (unused == 1 ? " row" : " rows")
                + " below the note print no amount (the sheet's unused rows): not read"));
        if (amountsBelow) diags.add(new Diagnostic(Diagnostic.Severity.WARNING, where, "rows below the note printed inside the grid print amounts: read as rows"));
        return new Result(new RawBlock(block.line(), block.pages(), block.title(), block.printedNumber(), block.headerText(), kept, notes), diags);
    }

    /**
     * The note a row is, or null: its one cell of text, or its first cell of text a note and the others no amount (a
     * scan's OCR cuts a note merged across the row where the columns stand: 注:本表反映…金额单 | 位为元。 had been a row
     * keyed by the note, with a cell too many), their texts run together.
     */
    private static String note(RawRow r) {
        StringBuilder text = null;
        boolean bare = false;
        for (RawCell c : r.cells()) {
            if (c.text() == null || c.text().isBlank()) continue;
            if (text == null) {
                // as printed, as notes under the grid are kept; or a lone 注 whose colon the scan lost, the note's words
                // in the cells after it (a newcomer's 300 dpi scan of a 公开05表: 注 | 本表反映本年度一1 | ·般公共预算… had
                // been a row, its stray 1 an amount, and the table's columns were read by position, a group off)
                String head = TextNormalizer.normalize(c.text()).strip();
                bare = BARE_NOTE.matcher(head).matches() || NOTE_WITHOUT_COLON.matcher(head).lookingAt();
                if (!bare && !io.gongkai.template.Vocabulary.isNote(c.text().strip())) return null;
                text = new StringBuilder(c.text().strip());
                continue;
            }
            if (NumberParser.parse(c.text(), -1).isValue()) return null;
            text.append(c.text().strip());
        }
        if (text == null) return null;
        // (a bare 注 and words of a sentence after it: four Han characters or more)
        if (bare && TextNormalizer.hanCount(text.toString()) < 5) return null;
        return text.toString();
    }

    /**
     * A cell that starts with 注 and then a note's first words, its colon not read: 注本表反映… (a newcomer's phone photo
     * of a 公开05表: the note was a row without code, and the columns were read by position).
     */
    private static final java.util.regex.Pattern NOTE_WITHOUT_COLON = java.util.regex.Pattern.compile("注\\s*\\d{0,2}\\s*[.．、]?\\s*(本表|本部门|本单位|表中|此表)");

    /** A cell that is only the word 注 (注1, 注 2): a note's head whose colon was not read. */
    private static final java.util.regex.Pattern BARE_NOTE = java.util.regex.Pattern.compile("注\\s*\\d{0,2}");

    private static boolean hasAmount(RawRow r) {
        for (RawCell c : r.cells()) if (c.text() != null && NumberParser.parse(c.text(), -1).isValue()) return true;
        return false;
    }
}
