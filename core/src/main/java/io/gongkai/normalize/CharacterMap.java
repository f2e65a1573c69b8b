package io.gongkai.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A one-to-one code point map read from a resource file of {@code from<TAB>to} lines. Immutable. */
final class CharacterMap {
    private final Map<Integer, Integer> map;

    private CharacterMap(Map<Integer, Integer> map) {
        this.map = Map.copyOf(map);
    }

    static CharacterMap load(String resource) {
        Map<Integer, Integer> m = new HashMap<>();
        try (InputStream in = CharacterMap.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t");
                m.put(p[0].codePointAt(0), p[1].codePointAt(0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CharacterMap(m);
    }

    String apply(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Integer to = map.get(cp);
            if (to != null && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (b != null) b.appendCodePoint(to != null ? to : cp);
            i += Character.charCount(cp);
        }
        return b == null ? s : b.toString();
    }
}
