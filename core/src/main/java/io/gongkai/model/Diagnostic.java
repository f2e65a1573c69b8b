package io.gongkai.model;

/**
 * Something a user should know about the input that is not a cell value: a block that is not a table, a table cut
 * off, an unidentified table.
 *
 * @param severity info, warning or error
 * @param where    a table ref, a line or page, or "document"
 * @param message  what happened, in words a person can act on
 */
public record Diagnostic(Severity severity, String where, String message) {
    public enum Severity { INFO, WARNING, ERROR;
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /**
     * The words an error starts with that names a column of a table's grid printing amounts no column of its template
     * reads (the reading is short of whole, and its figures may stand a column off).
     */
    public static final String UNMAPPED_COLUMN = "unmapped column";

    /** Whether this is the error of a grid column whose amounts no template column reads ({@link #UNMAPPED_COLUMN}). */
    public boolean unmappedColumn() {
        return message.startsWith(UNMAPPED_COLUMN);
    }
}
