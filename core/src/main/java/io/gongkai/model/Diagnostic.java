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
}
