package io.gongkai.template;

import io.gongkai.model.Column;

import java.util.List;

/** A column a template defines: 栏次 key, header path, value kind. */
public record TemplateColumn(String key, List<String> path, Column.Kind kind) {
    public TemplateColumn {
        path = path == null ? List.of() : List.copyOf(path);
        kind = kind == null ? Column.Kind.MONEY : kind;
    }

    public Column toColumn() {
        return new Column(key, path, kind);
    }
}
