package io.gongkai.assemble;

import io.gongkai.raw.RawBlock;
import io.gongkai.raw.RawRow;
import io.gongkai.raw.RawCell;
import io.gongkai.model.Repair;
import io.gongkai.model.RepairKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 行次 put right by the sequence around them. A table's 行次 count up one row at a time; a scan misreads some of them
 * (11 read as 114, 1 as 工, a lone 1 lost). In a column that holds 行次, a row whose 行次 does not follow its
 * neighbours while they stand exactly two apart gets the number between them, and the row records the repair. Only
 * what OCR read is put right: a text layer's 行次 are printed as they are. Pure.
 */
final class LineSequence {
    private LineSequence() {
    }

    /** The block with its misread 行次 replaced, and the repairs made, by {@link #key}. */
    record Result(RawBlock block, Map<String, Repair> repairs) {
    }

    /** A repair's key: the raw row's line and the 行次 it now reads. */
    static String key(int line, int lineNumber) {
        return line + "/" + lineNumber;
    }

    static Result repair(RawBlock block) {
        // only what OCR read is put right: a block all from a text layer is left as it is, unexamined
        if (block.rows().stream().allMatch(r -> r.cells().stream().allMatch(c -> c.confidence() >= 1))) return new Result(block, Map.of());
        List<RawRow> rows = new ArrayList<>(block.rows());
        int start = HeaderLocator.firstDataRow(rows);
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        Map<String, Repair> repairs = new HashMap<>();
        for (int c = 0; c < width; c++) {
            int[] n = new int[rows.size()];
            int valid = 0;
            for (int i = start; i < rows.size(); i++) {
                List<RawCell> cells = rows.get(i).cells();
                n[i] = c < cells.size() ? HeaderLocator.lineNumber(cells.get(c).text()) : -1;
                if (n[i] > 0) valid++;
            }
            if (valid < 3) continue;
            for (int i = start; i < rows.size(); i++) {
                int want;
                boolean first = false;
                if (i > start && i + 1 < rows.size() && n[i - 1] > 0 && n[i + 1] == n[i - 1] + 2) want = n[i - 1] + 1;
                // the first or the last row of the run: the two rows after it (before it) count on from it
                else if (i + 2 < rows.size() && n[i + 1] > 1 && n[i + 2] == n[i + 1] + 1 && (i == start || n[i - 1] <= 0)) { want = n[i + 1] - 1; first = true; }
                else if (i - 2 >= start && n[i - 2] > 0 && n[i - 1] == n[i - 2] + 1 && (i + 1 == rows.size() || n[i + 1] <= 0)) want = n[i - 1] + 1;
                else continue;
                if (n[i] == want) continue;
                RawRow r = rows.get(i);
                if (c >= r.cells().size() || r.isBlank()) continue;
                RawCell old = r.cells().get(c);
                if (old.confidence() >= 1 && !old.text().isBlank()) continue;
                // at the ends of a run, only a 行次 misread (something is printed there), not a row that has none
                if ((first || i + 1 == rows.size() || n[i + 1] <= 0) && old.text().isBlank()) continue;
                List<RawCell> cells = new ArrayList<>(r.cells());
                cells.set(c, new RawCell(Integer.toString(want), old.box(), old.confidence()));
                rows.set(i, new RawRow(r.line(), cells));
                repairs.put(key(r.line(), want), new Repair(RepairKind.LINE_FROM_SEQUENCE, old.text(), Integer.toString(want)));
                n[i] = want;
            }
        }
        if (repairs.isEmpty()) return new Result(block, Map.of());
        return new Result(new RawBlock(block.line(), block.pages(), block.title(), block.printedNumber(), block.headerText(), rows, block.notes()), repairs);
    }
}
