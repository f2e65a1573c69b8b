package io.gongkai.assemble;

import io.gongkai.normalize.TextNormalizer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Outline enumerations in row labels: 一、 is level 1; 1. and (一) are level 2; (1) is level 3. */
public final class Outline {
    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+\\s*[、.]\\s*");
    private static final Pattern LEVEL2 = Pattern.compile("^(\\d+\\s*[.、]|[(（][一二三四五六七八九十]+[)）])\\s*");
    private static final Pattern LEVEL3 = Pattern.compile("^[(（]\\d+[)）]\\s*");

    private Outline() {
    }

    /** 1, 2 or 3 for an enumerated label, 0 otherwise. */
    public static int level(String label) {
        String s = TextNormalizer.normalize(label);
        if (LEVEL1.matcher(s).find()) return 1;
        if (LEVEL3.matcher(s).find()) return 3;
        if (LEVEL2.matcher(s).find()) return 2;
        return 0;
    }

    /** The label without its enumeration, as a key: "一、财政拨款收入" → 财政拨款收入. */
    public static String key(String label) {
        String s = TextNormalizer.normalize(label);
        for (Pattern p : new Pattern[]{LEVEL1, LEVEL3, LEVEL2}) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                s = s.substring(m.end());
                break;
            }
        }
        return TextNormalizer.canonical(s);
    }
}
