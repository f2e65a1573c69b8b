package io.gongkai.model;

import java.util.List;

/**
 * A value column.
 *
 * @param key    the 栏次 as printed ("1", "2", …) or a template-defined name
 * @param path   header path from the top header row down, e.g. [本年支出, 基本支出, 人员经费]
 * @param kind   what the column holds
 */
public record Column(String key, List<String> path, Kind kind) {
    public enum Kind { MONEY, COUNT, PERCENT, TEXT;
        public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public Column {
        path = List.copyOf(path);
    }

    /** The lowest header, the name a person reads above the column. */
    public String label() {
        return path.isEmpty() ? key : path.get(path.size() - 1);
    }
}
