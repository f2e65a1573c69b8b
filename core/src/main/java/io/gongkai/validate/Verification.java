package io.gongkai.validate;

import io.gongkai.model.CellRef;
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

    public static Verification of(Document doc) {
        Map<CellRef, Verdict> v = new HashMap<>();
        Map<CellRef, List<String>> ids = new HashMap<>();
        for (Check c : doc.allChecks()) {
            for (CellRef r : c.cells()) {
                ids.computeIfAbsent(r, k -> new java.util.ArrayList<>()).add(c.identity());
                if (c.status() == CheckStatus.FAIL) v.put(r, Verdict.CONTRADICTED);
                else if (c.status().holds()) v.putIfAbsent(r, Verdict.VERIFIED);
            }
        }
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
