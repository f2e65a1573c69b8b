package io.gongkai.division;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A department's name checked against the divisions of the place it begins with. */
class DivisionsTest {
    private static final Divisions CHINA = Divisions.china();

    private static String corrected(String name) {
        return CHINA.correct(name).map(Divisions.Correction::corrected).orElse(null);
    }

    @Test
    void aDistrictItsProvinceDoesNotHoldOneCharacterFromOneItDoesIsThatOneMisread() {
        // a newcomer's scan in 9 pt AR PL UMing: 普 read 善 in every header
        Divisions.Correction c = CHINA.correct("上海市善陀区司法局").orElseThrow();
        assertEquals("上海市普陀区司法局", c.corrected());
        assertEquals(List.of(new Divisions.Fix("上海市", "善陀区", "普陀区")), c.fixes());
        assertEquals("上海市普陀区人民政府万里街道办事处", corrected("上海市晋陀区人民政府万里街道办事处"));
        // a prefecture under its province, and a county under its prefecture
        assertEquals("云南省曲靖市财政局", corrected("云南省曲清市财政局"));
        assertEquals("曲靖市麒麟区教育体育局", corrected("曲靖市麒鳞区教育体育局"));
        assertEquals("云南省曲靖市麒麟区教育体育局", corrected("云南省曲靖市麒鳞区教育体育局"));
    }

    @Test
    void aStreetItsCountyDoesNotHoldOneCharacterFromOneItDoesIsThatOneMisread() {
        // a newcomer's 150 dpi fax: 万 read 行, and 陀 read 院 in the same name
        Divisions.Correction c = CHINA.correct("上海市普院区人民政府行里街道办事处").orElseThrow();
        assertEquals("上海市普陀区人民政府万里街道办事处", c.corrected());
        assertEquals(List.of(new Divisions.Fix("上海市", "普院区", "普陀区"), new Divisions.Fix("普陀区", "行里街道", "万里街道")), c.fixes());
        assertEquals("上海市普陀区长征镇人民政府", corrected("上海市普陀区长证镇人民政府"));
        // the county's streets are its own: 舟山市's 普陀区 has no 万里街道
        assertEquals(Optional.empty(), CHINA.correct("浙江省舟山市普陀区行里街道办事处"));
        // a street named rightly, a unit under a town, an office of the county: left alone
        for (String name : List.of("上海市普陀区人民政府万里街道办事处", "上海市普陀区长征镇社区卫生服务中心", "上海市普陀区城镇建设管理所"))
            assertEquals(Optional.empty(), CHINA.correct(name), name);
    }

    @Test
    void aProvinceOrCityOneCharacterFromOneThatHoldsWhatFollowsIsThatOneMisread() {
        // 海 read 诲, a common confusion; 上诲市 is no place, and 上海市 holds 普陀区
        Divisions.Correction c = CHINA.correct("上诲市普陀区司法局").orElseThrow();
        assertEquals("上海市普陀区司法局", c.corrected());
        assertEquals(List.of(new Divisions.Fix("中国", "上诲市", "上海市")), c.fixes());
        assertEquals("上海市普陀区人民政府万里街道办事处", corrected("上海巿普陀区人民政府行里街道办事处"));
        assertEquals("曲靖市麒麟区教育体育局", corrected("曲清市麒麟区教育体育局"));
        // one character from a place, but what follows is none of its divisions: no evidence
        assertEquals(Optional.empty(), CHINA.correct("上诲市财政局"));
        assertEquals(Optional.empty(), CHINA.correct("某某县教育局"));
    }

    @Test
    void namesWhosePlacesAreKnownOrNamedNowhereAreLeftAsTheyAre() {
        for (String name : List.of("上海市普陀区司法局", "上海市普陀区人民政府万里街道办事处", "上海市财政局", "上海市市场监督管理局",
                "上海市城市规划管理局", "曲靖市工业和信息化局", "云南省曲靖市麒麟区财政局", "北京市西城区教育委员会", "上海市浦东新区财政局",
                "上海市某某区某某局", "某某县教育局", "上海市普陀区社会福利院", "广东省人民政府办公厅", "浙江省舟山市普陀区财政局")) {
            assertEquals(Optional.empty(), CHINA.correct(name), name);
        }
    }

    @Test
    void aNameOneCharacterFromTwoDivisionsOrAnotherEndingIsNoEvidence() {
        // 南城区: one character from 东城区 and from 西城区
        assertEquals(Optional.empty(), CHINA.correct("北京市南城区教育委员会"));
        // a county since made a district (崇明县 → 崇明区) differs in its ending: no misreading to put right
        assertEquals(Optional.empty(), CHINA.correct("上海市崇明县财政局"));
        assertTrue(CHINA.correct(null).isEmpty());
        assertTrue(CHINA.correct("").isEmpty());
    }

    /**
     * Every street, town and county of the data, named as departments name them (上海市普陀区人民政府万里街道办事处,
     * 江苏省苏州市常熟市财政局, 江苏省常熟市教育局, 常熟市卫生健康委员会, 常熟市虞山街道办事处), is left as it is; and with one
     * character of its province or city, county or street replaced (seeded), put right or left, never put wrong.
     */
    @Test
    void everyRightNameOfTheDataStandsAndNoMisreadingOfOneIsPutWrong() throws Exception {
        java.util.Random random = new java.util.Random(7);
        String pool = "善院行员晋普陀万里长征桃浦曹杨新村风寿路甘泉石宜川真如镇东西南北中华山河海江湖林木水火土金口田日月人大小上下";
        int names = 0, misread = 0, putRight = 0;
        List<String> changed = new java.util.ArrayList<>();
        try (var in = Divisions.class.getResourceAsStream("streets.tsv.gz");
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(in), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                String[] p = line.split("\t");
                if (p.length < 4) continue;
                String top = p[1].equals("市辖区") || p[1].equals("县") || p[1].endsWith("直辖县级行政区划") ? p[0] : p[0] + p[1];
                for (String name : List.of(top + p[2] + "财政局", top + p[2] + "人民政府办公室", p[0] + p[2] + "教育局", p[2] + "卫生健康委员会")) {
                    names++;
                    if (CHINA.correct(name).isPresent()) changed.add(name);
                }
                for (String street : p[3].split(" ")) {
                    String office = street.endsWith("街道") ? "办事处" : "人民政府";
                    String name = top + p[2] + "人民政府" + street + office;
                    names += 2;
                    if (CHINA.correct(name).isPresent()) changed.add(name);
                    // a county-level city or a county named alone, its street after it
                    if (CHINA.correct(p[2] + street + office).isPresent()) changed.add(p[2] + street + office);
                    if (random.nextInt(5) != 0) continue;
                    // a character of the province or city (any), of the county or of the street (not their endings)
                    int which = random.nextInt(3);
                    String target = which == 0 ? top : which == 1 ? p[2] : street;
                    int ending = which == 0 ? 0 : which == 1 ? 1 : street.endsWith("街道") ? 2 : 1;
                    if (target.length() - ending < 1) continue;
                    int k = random.nextInt(target.length() - ending);
                    char c = pool.charAt(random.nextInt(pool.length()));
                    if (c == target.charAt(k)) continue;
                    String wrong = target.substring(0, k) + c + target.substring(k + 1);
                    String read = which == 0 ? wrong + p[2] + "人民政府" + street + office
                            : which == 1 ? top + wrong + "人民政府" + street + office : top + p[2] + "人民政府" + wrong + office;
                    misread++;
                    Optional<Divisions.Correction> put = CHINA.correct(read);
                    if (put.isEmpty()) continue;
                    if (!put.get().corrected().equals(name)) changed.add(read + " -> " + put.get().corrected());
                    else putRight++;
                }
            }
        }
        assertTrue(names > 100_000, "names " + names);
        assertEquals(List.of(), changed);
        // most misreadings are put right (the others make another name of the data, or stand one character from two)
        assertTrue(putRight > 0.7 * misread, putRight + " of " + misread);
        System.out.println("DivisionsTest: " + names + " right names, none changed; " + misread + " misread, " + putRight + " put right, none wrong");
    }
}
