package io.gongkai.model;

/**
 * One change made while reading a value, kept on the cell so that nothing is silently altered.
 *
 * @param kind   short machine id of the repair class, e.g. {@code spaced-separators}, {@code identity-recovered}
 * @param before the text or value before
 * @param after  the text or value after
 */
public record Repair(String kind, String before, String after) {
    /** Digits lost at the right edge of a value; {@code after} shows each lost digit as '?'. */
    public static final String TRUNCATED = "truncated";
    /** A cell of a row the source cuts off: its value is unknowable, and is never recovered. */
    public static final String CUT_OFF = "cut-off";
    /** A row's 行次, misread by OCR, taken from the rows around it (the count of its column). */
    public static final String LINE_FROM_SEQUENCE = "line-from-sequence";
    /**
     * An amount of a table whose unit (元 or 万元) is neither printed nor established by an identity: flagged suspect.
     * {@code before} is the cell's status before ({@code ok}, {@code repaired}, {@code recovered}, {@code suspect}): the
     * figure itself is as good as that; only its unit is not known.
     */
    public static final String UNIT_UNKNOWN = "unit-unknown";

    @Override
    public String toString() {
        return kind + ": " + before + " -> " + after;
    }
}
