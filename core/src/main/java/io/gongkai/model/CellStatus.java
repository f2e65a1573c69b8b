package io.gongkai.model;

/** How much a cell's value can be trusted. */
public enum CellStatus {
    /** Read as printed, no change needed. */
    OK,
    /** Read after a normalization repair (spacing, separators, glyph variants); the repairs are listed on the cell. */
    REPAIRED,
    /** Lost or truncated in the source and pinned by an arithmetic identity of the document. */
    RECOVERED,
    /** Doubtful: unreadable, truncated, or contradicted by an identity. Do not use without checking the source. */
    SUSPECT,
    /** Blank or a dash placeholder in the source. */
    EMPTY;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
