package io.gongkai.template;

import io.gongkai.normalize.DigitConfusion;
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
 * A government classification as data, from resource files in {@code io/gongkai/classification/}: code → names (the
 * first as the file lists it, then the other names documents print for it), fiscal years and where the pair comes
 * from. Codes are hierarchical by length: 类 3 digits, 款 5, 项 7 (function); 类 3, 款 5 (economic).
 *
 * <p>Each file says whether it is the complete list ({@code # complete: true}). Where it is, a code missing from it
 * does not exist; where it is not (the function classification's 款 and 项, listed only as the real documents print
 * them), a missing code is merely unattested. Immutable and thread-safe.
 */
public final class Classification {
    private static final String DIR = "/io/gongkai/classification/";
    private static final Classification ECONOMIC = of(List.of("economic-codes.tsv"));
    private static final Classification FUNCTION_CLASSES = of(List.of("function-classes.tsv"));
    private static final Classification FUNCTION = of(List.of("function-classes.tsv", "function-codes.tsv"));

    /**
     * One code.
     *
     * @param code   the code
     * @param names  its name first, then other names documents print for it
     * @param years  fiscal years the source gives for it (empty when it gives none)
     * @param source where the pair comes from (empty when the file gives nothing)
     */
    public record Entry(String code, List<String> names, String years, String source) {
        public Entry {
            names = List.copyOf(names);
        }

        public String name() {
            return names.get(0);
        }
    }

    private final Map<String, Entry> entries;
    /** Per code length: whether the list of codes of that length is complete. */
    private final Map<Integer, Boolean> complete;
    /** Per code, its names' Han characters ({@link #key}): made once, as every lookup compares labels with them. */
    private final Map<String, List<String>> keys;
    /** Codes by a name's Han characters, and by its canonical form, each list in the classification's order. */
    private final Map<String, List<String>> byKey, byCanonical;

    private Classification(Map<String, Entry> entries, Map<Integer, Boolean> complete) {
        this.entries = Collections.unmodifiableMap(entries);
        this.complete = Map.copyOf(complete);
        Map<String, List<String>> keys = new java.util.HashMap<>(), byKey = new java.util.HashMap<>(), byCanonical = new java.util.HashMap<>();
        entries.forEach((code, e) -> {
            keys.put(code, e.names().stream().map(Classification::key).toList());
            for (String n : e.names()) {
                List<String> k = byKey.computeIfAbsent(key(n), x -> new ArrayList<>());
                if (!k.contains(code)) k.add(code);
                List<String> c = byCanonical.computeIfAbsent(TextNormalizer.canonical(n), x -> new ArrayList<>());
                if (!c.contains(code)) c.add(code);
            }
        });
        this.keys = Map.copyOf(keys);
        this.byKey = Map.copyOf(byKey);
        this.byCanonical = Map.copyOf(byCanonical);
    }

    /** 部门预算支出经济分类: 3-digit 类 and 5-digit 款 codes; complete. */
    public static Classification economic() {
        return ECONOMIC;
    }

    /** 支出功能分类 类 codes only; complete. */
    public static Classification functionClasses() {
        return FUNCTION_CLASSES;
    }

    /**
     * 支出功能分类: every 类 (complete), and the 款 and 项 the real documents print (not complete: see
     * {@code function-codes.tsv}).
     */
    public static Classification function() {
        return FUNCTION;
    }

    public boolean contains(String code) {
        return code != null && entries.containsKey(code);
    }

    /** The code's name as the classification lists it. */
    public Optional<String> name(String code) {
        return entry(code).map(Entry::name);
    }

    public Optional<Entry> entry(String code) {
        return Optional.ofNullable(code == null ? null : entries.get(code));
    }

    /**
     * Whether every code of this length is listed, so that a code of that length missing from the list does not exist.
     * True for the economic classification and for function 类; false for function 款 and 项 (only attested codes).
     */
    public boolean complete(int length) {
        return complete.getOrDefault(length, false);
    }

    /** Codes whose name is this label exactly (compared after normalization, ignoring punctuation). */
    public List<String> codesNamed(String label) {
        String key = TextNormalizer.canonical(label);
        return key.isEmpty() ? new ArrayList<>() : new ArrayList<>(byCanonical.getOrDefault(key, List.of()));
    }

    /** Codes whose name the label fits ({@link #fits}), in the classification's order. */
    public List<String> codesFitting(String label) {
        List<String> out = new ArrayList<>();
        for (String code : entries.keySet()) if (fits(code, label)) out.add(code);
        return out;
    }

    /**
     * Whether a printed or OCR'd label names this code: one of its names, compared on their Han characters (so
     * punctuation, full-width forms and stray marks do not matter), allowing one character wrong, missing or extra in
     * every four of the name (an OCR misreading, a name shortened by a publisher: 机关事业单位基本养老保险费 for
     * 机关事业单位基本养老保险缴费). Names under four characters must match exactly (水费 is not 电费).
     */
    public boolean fits(String code, String label) {
        String read = key(label);
        if (read.isEmpty()) return false;
        return code != null && keys.getOrDefault(code, List.of()).stream().anyMatch(n -> close(read, n));
    }

    /** Whether the label is exactly one of the code's names (Han characters compared). */
    public boolean namedExactly(String code, String label) {
        String read = key(label);
        return !read.isEmpty() && code != null && keys.getOrDefault(code, List.of()).contains(read);
    }

    /** Codes whose name the label is exactly (Han characters compared), in the classification's order. */
    public List<String> codesNamedExactly(String label) {
        String read = key(label);
        return read.isEmpty() ? new ArrayList<>() : new ArrayList<>(byKey.getOrDefault(read, List.of()));
    }

    /** Listed codes one OCR digit confusion away from this reading ({@link DigitConfusion}). */
    public List<String> misreadingsOf(String reading) {
        if (reading == null) return List.of();
        return DigitConfusion.oneAway(reading).stream().filter(entries::containsKey).toList();
    }

    /** Listed codes one level below this one (a 类's 款, a 款's 项), in order. */
    public List<String> children(String parent) {
        List<String> out = new ArrayList<>();
        for (String code : entries.keySet()) {
            if (code.length() == parent.length() + 2 && code.startsWith(parent)) out.add(code);
        }
        return out;
    }

    /** All codes, in the classification's order. */
    public List<String> codes() {
        return List.copyOf(entries.keySet());
    }

    private static boolean close(String read, String name) {
        if (read.equals(name)) return true;
        int allowed = name.length() / 4;
        return allowed > 0 && Math.abs(read.length() - name.length()) <= allowed && TextNormalizer.editDistance(read, name) <= allowed;
    }

    private static String key(String label) {
        return label == null ? "" : TextNormalizer.hanOnly(label);
    }

    private static Classification of(List<String> files) {
        Map<String, Entry> m = new LinkedHashMap<>();
        Map<Integer, Boolean> complete = new java.util.HashMap<>();
        for (String f : files) {
            boolean fileComplete = false;
            List<String> codes = new ArrayList<>();
            try (InputStream in = Classification.class.getResourceAsStream(DIR + f)) {
                if (in == null) throw new IllegalStateException("missing resource " + DIR + f);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("#")) {
                        if (line.replace(" ", "").equals("#complete:true")) fileComplete = true;
                        continue;
                    }
                    if (line.isBlank()) continue;
                    String[] p = line.split("\t");
                    String code = p[0].trim(), name = p.length > 1 ? p[1].trim() : "";
                    Entry had = m.get(code);
                    if (had != null) {
                        List<String> names = new ArrayList<>(had.names());
                        if (!names.contains(name)) names.add(name);
                        m.put(code, new Entry(code, names, had.years(), had.source()));
                    } else {
                        String years = p.length > 3 ? p[2].trim() : "", source = p.length > 3 ? p[3].trim() : p.length > 2 ? p[2].trim() : "";
                        m.put(code, new Entry(code, List.of(name), years, source));
                    }
                    codes.add(code);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String c : codes) complete.merge(c.length(), fileComplete, (a, b) -> a || b);
        }
        // keep the hierarchy's order (类, its 款, their 项) whatever file a code came from
        Map<String, Entry> sorted = new LinkedHashMap<>();
        m.keySet().stream().sorted(Classification::treeOrder).forEach(k -> sorted.put(k, m.get(k)));
        return new Classification(sorted, complete);
    }

    /** 201 < 20101 < 2010101 < 2010102 < 20102 < 202: a code comes before the codes below it. */
    private static int treeOrder(String a, String b) {
        return padded(a).compareTo(padded(b));
    }

    private static String padded(String code) {
        return (code + "0000000").substring(0, 7) + code.length();
    }
}
