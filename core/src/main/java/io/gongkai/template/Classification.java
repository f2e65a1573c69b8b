package io.gongkai.template;

import io.gongkai.normalize.TextNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A government classification (支出经济分类 or 支出功能分类 classes) as data: code → name, from a resource file.
 * Immutable and thread-safe.
 */
public final class Classification {
    private static final Classification ECONOMIC = load("/io/gongkai/classification/economic-codes.tsv");
    private static final Classification FUNCTION_CLASSES = load("/io/gongkai/classification/function-classes.tsv");

    private final Map<String, String> names;

    private Classification(Map<String, String> names) {
        this.names = Collections.unmodifiableMap(names);
    }

    /** 部门预算支出经济分类: 3-digit 类 and 5-digit 款 codes. */
    public static Classification economic() {
        return ECONOMIC;
    }

    /** 支出功能分类 类 codes. */
    public static Classification functionClasses() {
        return FUNCTION_CLASSES;
    }

    public boolean contains(String code) {
        return names.containsKey(code);
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /** Codes whose name is this label (compared after normalization, ignoring punctuation). */
    public List<String> codesNamed(String label) {
        String key = TextNormalizer.canonical(label);
        List<String> out = new ArrayList<>();
        if (key.isEmpty()) return out;
        names.forEach((code, name) -> {
            if (TextNormalizer.canonical(name).equals(key)) out.add(code);
        });
        return out;
    }

    public List<String> codes() {
        return List.copyOf(names.keySet());
    }

    private static Classification load(String resource) {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = Classification.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t");
                m.put(p[0].trim(), p.length > 1 ? p[1].trim() : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Classification(m);
    }
}
