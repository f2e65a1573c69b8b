package io.gongkai.validate;

import io.gongkai.model.CellRef;
import io.gongkai.model.Check;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.Table;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Identities that a row read one column off would keep holding. OCR that misses or adds a cell shifts the rest of a
 * row by a column; an identity within the row whose every cell, moved one column left or right, is another identity of
 * the table (固定资产原值 = 房屋 + 车辆 + 设备 + 其他 in the columns 4 = 6 + 8 + 10 + 12, and its 净值 in 5 = 7 + 9 + 11 + 13)
 * then holds over the shifted figures as well as over the right ones: it shows the digits add up, not that they stand
 * in their columns. Identities over several rows (a column's sum) break when one row shifts, and place its figures.
 */
final class ShiftedRows {
    private final Set<String> signatures;
    private final Map<String, Map<String, Integer>> columnIndex;

    private ShiftedRows(Set<String> signatures, Map<String, Map<String, Integer>> columnIndex) {
        this.signatures = signatures;
        this.columnIndex = columnIndex;
    }

    static ShiftedRows of(Document doc) {
        Map<String, Map<String, Integer>> index = new HashMap<>();
        for (Table t : doc.tables()) {
            Map<String, Integer> m = new HashMap<>();
            List<Column> cols = t.columns();
            for (int i = 0; i < cols.size(); i++) m.put(cols.get(i).key(), i);
            index.put(t.ref(), m);
        }
        ShiftedRows s = new ShiftedRows(new HashSet<>(), index);
        for (Check c : doc.allChecks()) {
            String sig = s.signature(c, 0);
            if (sig != null) s.signatures.add(sig);
        }
        return s;
    }

    /** Whether the identity lies within one row and, moved a column either way, is another identity of its table. */
    boolean keepsHolding(Check c) {
        String left = signature(c, -1), right = signature(c, 1);
        return left != null && signatures.contains(left) || right != null && signatures.contains(right);
    }

    /** The identity's shape: its row, its target's column and its terms' columns, moved by {@code shift}; null when it spans rows or tables. */
    private String signature(Check c, int shift) {
        CellRef target = c.target();
        if (target == null) return null;
        Map<String, Integer> index = columnIndex.get(target.table());
        if (index == null) return null;
        StringBuilder b = new StringBuilder(target.table()).append('\u0000').append(target.row()).append('\u0000');
        Integer at = index.get(target.column());
        if (at == null) return null;
        b.append(at + shift).append('=');
        List<Integer> terms = new java.util.ArrayList<>();
        for (CellRef r : c.terms()) {
            if (!r.table().equals(target.table()) || !r.row().equals(target.row())) return null;
            Integer i = index.get(r.column());
            if (i == null) return null;
            terms.add(i + shift);
        }
        terms.sort(Integer::compare);
        b.append(terms);
        return b.toString();
    }
}
