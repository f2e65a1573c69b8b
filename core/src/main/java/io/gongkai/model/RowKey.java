package io.gongkai.model;

/**
 * What identifies a row.
 *
 * @param value the key: 行次 number, function code (3/5/7 digits), economic code (3/5 digits), or a label id
 * @param kind  which of those it is
 * @param level code level: 1 = 类, 2 = 款, 3 = 项; 0 for totals and non-coded rows
 */
public record RowKey(String value, Kind kind, int level) {

    public enum Kind { LINE, FUNCTION_CODE, ECONOMIC_CODE, TOTAL, LABEL;
        public String id() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    public static final String TOTAL_KEY = "total";

    public static RowKey line(int n) { return new RowKey(Integer.toString(n), Kind.LINE, 0); }

    public static RowKey total() { return new RowKey(TOTAL_KEY, Kind.TOTAL, 0); }

    public static RowKey label(String id) { return new RowKey(id, Kind.LABEL, 0); }

    /** Function classification code: 3 digits 类, 5 款, 7 项. */
    public static RowKey functionCode(String code) {
        return new RowKey(code, Kind.FUNCTION_CODE, code.length() <= 3 ? 1 : code.length() <= 5 ? 2 : 3);
    }

    /** Economic classification code: 3 digits 类, 5 款. */
    public static RowKey economicCode(String code) {
        return new RowKey(code, Kind.ECONOMIC_CODE, code.length() <= 3 ? 1 : 2);
    }

    public boolean isCode() { return kind == Kind.FUNCTION_CODE || kind == Kind.ECONOMIC_CODE; }
}
