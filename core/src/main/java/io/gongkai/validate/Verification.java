package io.gongkai.validate;

import io.gongkai.model.Cell;
import io.gongkai.model.CellRef;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the identities say about each cell: verified by one that holds, contradicted by one that fails, or neither. */
public final class Verification {
    public enum Verdict { VERIFIED, CONTRADICTED, UNCHECKED;
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    private final Map<CellRef, Verdict> verdicts;
    private final Map<CellRef, List<String>> checksByCell;

    private Verification(Map<CellRef, Verdict> verdicts, Map<CellRef, List<String>> checksByCell) {
        this.verdicts = verdicts;
        this.checksByCell = checksByCell;
    }

    /** 0 = 0 + 0 holds whatever columns were read: it verifies nothing. */
    private static boolean allZero(Check c) {
        return c.expected() != null && c.actual() != null && c.expected().signum() == 0 && c.actual().signum() == 0;
    }

    /**
     * A cell is verified by a holding identity over some non-zero amount, with no blank or dash taken as 0; a recovered cell, which one identity pinned,
     * needs a second one that holds. A cell in a failing identity is contradicted.
     */
    public static Verification of(Document doc) {
        Map<CellRef, Verdict> v = new HashMap<>();
        Map<CellRef, List<String>> ids = new HashMap<>();
        Map<CellRef, Integer> holding = new HashMap<>();
        for (Check c : doc.allChecks()) {
            for (CellRef r : c.cells()) {
                ids.computeIfAbsent(r, k -> new java.util.ArrayList<>()).add(c.identity());
                if (c.status() == CheckStatus.FAIL) v.put(r, Verdict.CONTRADICTED);
                // an identity that holds only with a blank or a dash taken as 0 rests on an assumption (on a scan,
                // that may be a value OCR lost, garbled or put in the next column): it verifies nothing
                else if (c.status().holds() && !allZero(c) && c.noFigure().isEmpty()) holding.merge(r, 1, Integer::sum);
            }
        }
        Map<CellRef, CellStatus> statuses = new HashMap<>();
        for (Table t : doc.tables()) for (Row r : t.rows()) for (Cell c : r.cells()) {
            if (c.status() == CellStatus.RECOVERED) statuses.put(new CellRef(t.ref(), r.key().value(), c.column()), c.status());
        }
        holding.forEach((ref, n) -> {
            int needed = statuses.get(ref) == CellStatus.RECOVERED ? 2 : 1;
            if (n >= needed) v.putIfAbsent(ref, Verdict.VERIFIED);
        });
        return new Verification(v, ids);
    }

    public Verdict verdict(CellRef ref) {
        return verdicts.getOrDefault(ref, Verdict.UNCHECKED);
    }

    /** Ids of the identities that read this cell. */
    public List<String> checks(CellRef ref) {
        return checksByCell.getOrDefault(ref, List.of());
    }
}
