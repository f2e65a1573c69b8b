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
 * China's administrative divisions (行政区划), provinces to counties and their streets and towns, as data
 * ({@code divisions.tsv}, {@code streets.tsv.gz}: the National Bureau of Statistics' codes, 2017–2022), to check the
 * places a department's name begins with. A department is named after the place it serves (上海市普陀区司法局, 云南省曲靖市
 * 财政局, 上海市普陀区人民政府万里街道办事处), so the name of a county that its province or prefecture does not hold, one
 * character away from one that it does, is that county misread (上海市善陀区司法局, read from a scan in a heavy Ming face: 普
 * as 善) — or misprinted; and so is a street its county does not hold (行里街道 for 万里街道, a 150 dpi fax). Immutable and
 * thread-safe (the streets are read on first use).
 */
public final class Divisions {
    /** The endings a division's name has (区 县 市 旗 州 盟, 地区): the character a misreading does not touch here. */
    private static final String ENDINGS = "区县市旗州盟";
    /** What stands for a province's own counties in the data, as if a prefecture (a municipality's 市辖区, 县). */
    private static final Set<String> NO_PREFECTURE = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private static final Divisions CHINA = load("divisions.tsv");
    /** The parent a province or prefecture put right is given ({@link Fix#parent()}). */
    static final String CHINA_NAME = "中国";

    /** Each province's prefectures, and the counties a province governs itself under the province's own name. */
    private final Map<String, Set<String>> children;
    private final Set<String> provinces;
    private final Set<String> prefectures;
    /** Every province's, prefecture's and county's name. */
    private final Set<String> names;

    private Divisions(Map<String, Set<String>> children, Set<String> provinces, Set<String> prefectures) {
        this.children = children;
        this.provinces = provinces;
        this.prefectures = prefectures;
        Set<String> all = new java.util.HashSet<>(provinces);
        all.addAll(prefectures);
        for (Set<String> under : children.values()) all.addAll(under);
        this.names = Set.copyOf(all);
    }

    /** China's divisions, from the data shipped in this jar. */
    public static Divisions china() {
        return CHINA;
    }

    /**
     * A name's places put right: the name as read, as corrected, and each division put right, from the top down.
     *
     * @param read      the name as read
     * @param corrected the name with its divisions put right
     * @param fixes     what was put right, at least one
     */
    public record Correction(String read, String corrected, List<Fix> fixes) {
        public Correction {
            fixes = List.copyOf(fixes);
        }
    }

    /**
     * One division put right.
     *
     * @param parent   the place the division belongs to, as the name gives it (上海市; 普陀区 for a street)
     * @param misread  the division as read (善陀区, 行里街道)
     * @param division the division of {@code parent} one character away (普陀区, 万里街道)
     */
    public record Fix(String parent, String misread, String division) {
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
        List<Fix> fixes = new ArrayList<>();
        String corrected = name;
        // a division put right may show the one below it misread too (普院区, then 行里街道 in it): from the top down
        for (int level = 0; level < 4; level++) {
            Optional<Put> put = once(corrected);
            if (put.isEmpty()) break;
            fixes.add(put.get().fix());
            corrected = put.get().name();
        }
        return fixes.isEmpty() ? Optional.empty() : Optional.of(new Correction(name, corrected, fixes));
    }

    /** A division put right in a name: the name after it, and the fix. */
    private record Put(String name, Fix fix) {
    }

    /** The first division of the name that is misread, put right. */
    private Optional<Put> once(String name) {
        List<String> tops = prefixesOf(name, provinces);
        tops.addAll(prefixesOf(name, prefectures));
        for (String top : tops) {
            Optional<Put> c = below(name, top, top.length());
            if (c.isPresent()) return c;
        }
        return tops.isEmpty() ? top(name) : Optional.empty();
    }

    /**
     * A name that begins with no province, prefecture or county: a province or prefecture whose name is one character
     * from its start, and which holds the division that follows (上诲市普陀区…: 上海市, which holds 普陀区), is that one
     * misread — alone of them.
     */
    private Optional<Put> top(String name) {
        // a county's own name begins it (东港市长安镇…, 东港市 one character from 东莞市, which has a 长安镇): no misreading
        for (int n = 2; n <= name.length(); n++) if (names.contains(name.substring(0, n))) return Optional.empty();
        String found = null;
        for (Set<String> level : List.of(provinces, prefectures)) {
            for (String p : level) {
                int n = p.length();
                if (name.length() <= n) continue;
                int differ = 0;
                for (int i = 0; i < n && differ < 2; i++) if (p.charAt(i) != name.charAt(i)) differ++;
                if (differ != 1 || !holds(p, name.substring(n))) continue;
                if (found != null && !found.equals(p)) return Optional.empty();
                found = p;
            }
        }
        if (found == null) return Optional.empty();
        return Optional.of(new Put(found + name.substring(found.length()), new Fix(CHINA_NAME, name.substring(0, found.length()), found)));
    }

    /** Whether {@code rest} begins with a division of {@code place} (a province's counties under its prefectures too). */
    private boolean holds(String place, String rest) {
        for (String d : children.getOrDefault(place, Set.of())) {
            if (rest.startsWith(d)) return true;
            if (provinces.contains(place)) for (String c : children.getOrDefault(d, Set.of())) if (rest.startsWith(c)) return true;
        }
        return false;
    }

    /** The division following {@code parent} at {@code at}: known (and then the one below it checked), or corrected. */
    private Optional<Put> below(String name, String parent, int at) {
        Set<String> under = children.getOrDefault(parent, Set.of());
        if (under.isEmpty()) return Optional.empty();
        String rest = name.substring(at);
        for (String d : under) {
            if (!rest.startsWith(d)) continue;
            if (prefectures.contains(d) && children.containsKey(d)) return below(name, d, at + d.length());
            return street(name, parent, d, at + d.length());
        }
        // a county named after its province alone (江苏省常熟市教育局: its prefecture 苏州市 left out) is known too
        if (provinces.contains(parent)) {
            for (String prefecture : under) {
                for (String d : children.getOrDefault(prefecture, Set.of())) if (rest.startsWith(d)) return street(name, prefecture, d, at + d.length());
            }
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
        // a division of another place (漳州市's 芗城区 after 泉州市, itself misread for 漳州市): the misreading is not here
        if (names.contains(misread)) return Optional.empty();
        String corrected = name.substring(0, at) + found + rest.substring(found.length());
        return Optional.of(new Put(corrected, new Fix(parent, misread, found)));
    }

    /**
     * The street, town or township (街道, 镇, 乡) a name gives after its county (上海市普陀区人民政府万里街道办事处): none of the
     * county's nor any other county's, one character from exactly one of the county's, ending alike, standing right after
     * the county or its 人民政府 and followed by its office (办事处, 人民政府) or by nothing, is that one misread. A name that
     * holds one of the county's streets, or none so placed, is left alone.
     */
    private Optional<Put> street(String name, String parent, String county, int at) {
        List<String> known = Streets.BY_COUNTY.getOrDefault(parent + "|" + county, List.of());
        if (known.isEmpty()) return Optional.empty();
        String rest = name.substring(at);
        for (String s : known) if (rest.contains(s)) return Optional.empty();
        String found = null;
        int where = -1;
        for (String s : known) {
            int ending = s.endsWith("街道") ? 2 : s.endsWith("镇") || s.endsWith("乡") ? 1 : 0;
            if (ending == 0 || s.length() < 3) continue;
            String end = s.substring(s.length() - ending);
            for (int i = rest.indexOf(end); i >= 0; i = rest.indexOf(end, i + 1)) {
                int start = i + ending - s.length();
                String after = rest.substring(i + ending);
                if (start < 0 || !(after.isEmpty() || after.startsWith("办事处") || after.startsWith("人民政府"))) continue;
                // and right after its county, or after the county's 人民政府 (never cutting into it: 府木镇 is no town)
                String before = rest.substring(0, start);
                if (!(before.isEmpty() || before.equals("人民政府") || before.equals("政府"))) continue;
                int differ = 0;
                for (int k = 0; k < s.length() - ending && differ < 2; k++) if (s.charAt(k) != rest.charAt(start + k)) differ++;
                if (differ != 1) continue;
                if (found != null && !(found.equals(s) && where == start)) return Optional.empty();
                found = s;
                where = start;
            }
        }
        if (found == null) return Optional.empty();
        String misread = rest.substring(where, where + found.length());
        if (Streets.ALL.contains(misread)) return Optional.empty();
        String corrected = name.substring(0, at + where) + found + name.substring(at + where + found.length());
        return Optional.of(new Put(corrected, new Fix(county, misread, found)));
    }

    /** The streets, towns and townships, read when first used (the class's initialization is thread-safe). */
    private static final class Streets {
        /** Each county's, keyed {@code parent|county} (parent as in {@link #children}). */
        static final Map<String, List<String>> BY_COUNTY = loadStreets("streets.tsv.gz");
        /** Every one's name, anywhere. */
        static final Set<String> ALL = BY_COUNTY.values().stream().flatMap(List::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Map<String, List<String>> loadStreets(String resource) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        try (InputStream in = Divisions.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(new java.util.zip.GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t");
                if (p.length < 4) continue;
                String parent = NO_PREFECTURE.contains(p[1]) ? p[0] : p[1];
                out.computeIfAbsent(parent + "|" + p[2], k -> new ArrayList<>()).addAll(List.of(p[3].split(" ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
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
                if (p.length > 2) {
                    for (String c : p[2].split(" ")) {
                        if (c.isBlank()) continue;
                        counties.add(c);
                        // a zone named with its prefecture (平顶山市新城区) is written after it without it too (平顶山市 新城区)
                        if (c.startsWith(parent) && c.length() > parent.length() + 1) counties.add(c.substring(parent.length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Divisions(Map.copyOf(children), Set.copyOf(provinces), Set.copyOf(prefectures));
    }
}
