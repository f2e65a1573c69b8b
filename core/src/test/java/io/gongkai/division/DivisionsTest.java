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
}
