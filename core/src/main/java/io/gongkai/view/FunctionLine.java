package io.gongkai.view;

import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a table by function classification (收入决算表, 支出决算表, 一般公共预算财政拨款支出决算表 …).
 *
 * @param code   the function code (类 3, 款 5, 项 7 digits), or {@code total} for the 合计 row
 * @param level  1 类, 2 款, 3 项; 0 for the total
 * @param name   the row name
 * @param values amounts by column key (栏次)
 */
public record FunctionLine(String code, int level, String name, Map<String, Amount> values) {
    public FunctionLine {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Amount value(String column) {
        return values.getOrDefault(column, Amount.ABSENT);
    }

    public boolean isTotal() {
        return code.equals(RowKey.TOTAL_KEY);
    }

    static List<FunctionLine> of(Table t) {
        List<FunctionLine> out = new ArrayList<>();
        for (Row r : t.rows()) {
            if (r.key().kind() != RowKey.Kind.FUNCTION_CODE && r.key().kind() != RowKey.Kind.TOTAL) continue;
            Map<String, Amount> values = new LinkedHashMap<>();
            r.cells().forEach(c -> values.put(c.column(), Amount.of(t, java.util.Optional.of(c))));
            out.add(new FunctionLine(r.key().value(), r.key().level(), r.label(), values));
        }
        return out;
    }
}
