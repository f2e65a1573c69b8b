package io.gongkai.template;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gongkai.model.DocumentKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The templates Gongkai knows. They are data: JSON files listed in {@code io/gongkai/templates/index.txt} on the
 * class path, plus any directory of {@code *.json} template files a user adds ({@link #withDirectory(Path)}).
 * Immutable and thread-safe.
 */
public final class TemplateCatalog {
    private static final String BASE = "/io/gongkai/templates/";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static volatile TemplateCatalog builtIn;

    private final Map<String, Template> templates;
    private final Map<DocumentKind, List<IdentitySpec>> crossIdentities;

    private TemplateCatalog(Map<String, Template> templates, Map<DocumentKind, List<IdentitySpec>> cross) {
        this.templates = Map.copyOf(templates);
        this.crossIdentities = Map.copyOf(cross);
        this.order = List.copyOf(templates.keySet());
    }

    private final List<String> order;

    /** The templates shipped with Gongkai. */
    public static TemplateCatalog builtIn() {
        TemplateCatalog c = builtIn;
        if (c == null) {
            synchronized (TemplateCatalog.class) {
                if (builtIn == null) builtIn = loadBuiltIn();
                c = builtIn;
            }
        }
        return c;
    }

    private static TemplateCatalog loadBuiltIn() {
        Map<String, Template> map = new LinkedHashMap<>();
        Map<DocumentKind, List<IdentitySpec>> cross = new LinkedHashMap<>();
        for (String name : resourceLines(BASE + "index.txt")) {
            try (InputStream in = resource(BASE + name)) {
                if (name.startsWith("cross-")) {
                    DocumentKind kind = DocumentKind.valueOf(name.substring(6, name.indexOf('.')).toUpperCase());
                    List<IdentitySpec> specs = JSON.readValue(in, new TypeReference<List<IdentitySpec>>() { });
                    specs.forEach(i -> check(name, i));
                    cross.put(kind, specs);
                } else {
                    Template t = checked(name, JSON.readValue(in, Template.class));
                    map.put(t.key(), t);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read template " + name + ": " + e.getMessage(), e);
            }
        }
        return new TemplateCatalog(map, cross);
    }

    /** This catalogue plus (or overridden by) every {@code *.json} template in a directory. */
    public TemplateCatalog withDirectory(Path dir) throws IOException {
        Map<String, Template> map = new LinkedHashMap<>(templates);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Template t = checked(p.toString(), JSON.readValue(p.toFile(), Template.class));
                map.put(t.key(), t);
            }
        }
        return new TemplateCatalog(map, crossIdentities);
    }

    private static Template checked(String file, Template t) {
        if (t.id() == null || t.layout() == null) throw new IllegalArgumentException(file + ": a template needs an id and a layout");
        t.identities().forEach(i -> check(file, i));
        return t;
    }

    private static void check(String file, IdentitySpec i) {
        if (i.tree() != null) {
            if (!List.of("function", "economic", "outline").contains(i.tree()))
                throw new IllegalArgumentException(file + ": identity " + i.id() + ": tree must be function, economic or outline");
            return;
        }
        try {
            IdentityExpression.parse(i.expr() == null ? "" : i.expr());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": identity " + i.id() + ": " + e.getMessage(), e);
        }
    }

    /** A template by id (its standard layout) or by key ({@code id@variant}). */
    public Optional<Template> get(String key) {
        return Optional.ofNullable(templates.get(key));
    }

    /** The template a table was read with (its variant, if one was chosen). */
    public Optional<Template> of(io.gongkai.model.Table t) {
        if (t.templateId() == null) return Optional.empty();
        String key = t.identification() == null ? t.templateId() : t.identification().templateKey();
        return get(key == null ? t.templateId() : key).or(() -> get(t.templateId()));
    }

    /** All templates and their variants, in catalogue order. */
    public List<Template> all() {
        List<Template> out = new ArrayList<>();
        for (String id : order) out.add(templates.get(id));
        return out;
    }

    /** Identities across the tables of a document of this kind. */
    public List<IdentitySpec> crossIdentities(DocumentKind kind) {
        return crossIdentities.getOrDefault(kind, List.of());
    }

    private static InputStream resource(String path) {
        InputStream in = TemplateCatalog.class.getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing template resource " + path);
        return in;
    }

    private static List<String> resourceLines(String path) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(path), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                l = l.trim();
                if (!l.isEmpty() && !l.startsWith("#")) lines.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
