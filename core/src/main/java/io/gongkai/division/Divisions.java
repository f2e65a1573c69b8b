package io.gongkai.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * China's administrative divisions (行政区划), provinces to counties, as data ({@code divisions.tsv}: the National Bureau
 * of Statistics' codes, 2017–2022), to check the place a department's name begins with. A department is named after the
 * place it serves (上海市普陀区司法局, 云南省曲靖市财政局, 曲靖市麒麟区教育体育局), so the name of a county that its
 * province or prefecture does not hold, one character away from one that it does, is that county misread (上海市善陀区
 * 司法局, read from a scan in a heavy Ming face: 普 as 善) — or misprinted. Immutable and thread-safe.
 */
public final class Divisions {
    /** The endings a division's name has (区 县 市 旗 州 盟, 地区): the character a misreading does not touch here. */
    private static final String ENDINGS = "区县市旗州盟";
    /** What stands for a province's own counties in the data, as if a prefecture (a municipality's 市辖区, 县). */
    private static final Set<String> NO_PREFECTURE = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private static final Divisions CHINA = load("divisions.tsv");

    /** Each province's prefectures, and the counties a province governs itself under the province's own name. */
    private final Map<String, Set<String>> children;
    private final Set<String> provinces;
    private final Set<String> prefectures;

    private Divisions(Map<String, Set<String>> children, Set<String> provinces, Set<String> prefectures) {
        this.children = children;
        this.provinces = provinces;
        this.prefectures = prefectures;
    }

    /** China's divisions, from the data shipped in this jar. */
    public static Divisions china() {
        return CHINA;
    }

    /**
     * A place in a name corrected: the name as read, as corrected, and what was put right.
     *
     * @param read      the name as read
     * @param corrected the name with the division put right
     * @param parent    the province or prefecture the name begins with (上海市)
     * @param misread   the division as read (善陀区)
     * @param division  the division of {@code parent} one character away (普陀区)
     */
    public record Correction(String read, String corrected, String parent, String misread, String division) {
    }

    /**
     * The name with its division put right, where it begins with a province or prefecture (上海市, 云南省曲靖市, 曲靖市)
     * followed by a name that is none of that place's divisions but one character away from exactly one of them, ending
     * alike (善陀区 → 普陀区). Nothing where the name's places are all known, where it names no division after its
     * province or prefecture (上海市财政局), or where the evidence is not one division alone.
     *
     * @param name a department's name as read; null gives nothing
     * @return the correction, or empty
     */
    public Optional<Correction> correct(String name) {
        if (name == null || name.isEmpty()) return Optional.empty();
        for (String top : prefixesOf(name, provinces)) {
            Optional<Correction> c = below(name, top, top.length());
            if (c.isPresent()) return c;
        }
        for (String top : prefixesOf(name, prefectures)) {
            Optional<Correction> c = below(name, top, top.length());
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }

    /** The division following {@code parent} at {@code at}: known (and then the one below it checked), or corrected. */
    private Optional<Correction> below(String name, String parent, int at) {
        Set<String> under = children.getOrDefault(parent, Set.of());
        if (under.isEmpty()) return Optional.empty();
        String rest = name.substring(at);
        for (String d : under) {
            if (rest.startsWith(d)) return prefectures.contains(d) && children.containsKey(d) ? below(name, d, at + d.length()) : Optional.empty();
        }
        String found = null;
        for (String d : under) {
            if (d.length() > rest.length() || d.length() < 2) continue;
            char end = d.charAt(d.length() - 1);
            if (ENDINGS.indexOf(end) < 0 || rest.charAt(d.length() - 1) != end) continue;
            int differ = 0;
            for (int i = 0; i < d.length() - 1 && differ < 2; i++) if (d.charAt(i) != rest.charAt(i)) differ++;
            if (differ != 1) continue;
            if (found != null && !found.equals(d)) return Optional.empty();
            found = d;
        }
        if (found == null) return Optional.empty();
        String misread = rest.substring(0, found.length());
        String corrected = name.substring(0, at) + found + rest.substring(found.length());
        return Optional.of(new Correction(name, corrected, parent, misread, found));
    }

    private static List<String> prefixesOf(String name, Set<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) if (name.startsWith(n)) out.add(n);
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    private static Divisions load(String resource) {
        Map<String, Set<String>> children = new LinkedHashMap<>();
        Set<String> provinces = new LinkedHashSet<>(), prefectures = new LinkedHashSet<>();
        try (InputStream in = Divisions.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t");
                String province = p[0], prefecture = p[1];
                provinces.add(province);
                String parent = province;
                if (!NO_PREFECTURE.contains(prefecture)) {
                    children.computeIfAbsent(province, k -> new LinkedHashSet<>()).add(prefecture);
                    prefectures.add(prefecture);
                    parent = prefecture;
                }
                Set<String> counties = children.computeIfAbsent(parent, k -> new LinkedHashSet<>());
                if (p.length > 2) for (String c : p[2].split(" ")) if (!c.isBlank()) counties.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Divisions(Map.copyOf(children), Set.copyOf(provinces), Set.copyOf(prefectures));
    }
}
