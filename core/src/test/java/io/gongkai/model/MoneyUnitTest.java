package io.gongkai.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The money unit a header line prints (lines as real budgets and OCR text print them). */
class MoneyUnitTest {
    private static Optional<MoneyUnit> parse(String line) {
        return MoneyUnit.parse(line);
    }

    @Test
    void unitLinesAsPrinted() {
        assertEquals(Optional.of(MoneyUnit.YUAN), parse("编制部门：上海市普陀区财政局\t单位：元"));
        assertEquals(Optional.of(MoneyUnit.WAN_YUAN), parse("编制部门：上海市普陀区人民政府万里街道办事处\t单位:万元"));
        assertEquals(Optional.of(MoneyUnit.YUAN), parse("部门: 曲靖市工业和信息化局 金额单位: 元"));
        assertEquals(Optional.of(MoneyUnit.YUAN), parse("公开08表 单位,元"), "OCR read the colon as a comma");
        assertEquals(Optional.of(MoneyUnit.YUAN), parse("金额单位:元 部门:曲靖市工业和信息化局"));
        assertEquals(Optional.of(MoneyUnit.WAN_YUAN), parse("（单位：万元）"));
        assertEquals(Optional.of(MoneyUnit.WAN_YUAN), parse("单位:万 元"));
        assertEquals(Optional.of(MoneyUnit.YUAN), parse("单位(元)"));
        assertEquals(Optional.of(MoneyUnit.WAN_YUAN), parse("单位名称：某某中学 单位：万元"));
    }

    @Test
    void aPublishersNameIsNoUnit() {
        assertEquals(Optional.empty(), parse("编制单位：上海市普陀区人民政府万里街道办事处"), "万里 is no 万元");
        assertEquals(Optional.empty(), parse("编制单位：元谋县财政局"), "元谋县 is no 元");
        assertEquals(Optional.of(MoneyUnit.WAN_YUAN), parse("编制单位：元谋县财政局\t单位：万元"));
        assertEquals(Optional.empty(), parse("实施单位 曲靖市散装水泥办"));
        assertEquals(Optional.empty(), parse("事业单位经营收入"));
    }

    @Test
    void noUnitOrOneWithoutAFactorReadsAsNone() {
        assertEquals(Optional.empty(), parse("金额单位:"));
        assertEquals(Optional.empty(), parse("金额单位: 🦻"));
        assertEquals(Optional.empty(), parse("单位：千元"));
        assertEquals(Optional.empty(), parse("单位：亿元"));
        assertEquals(Optional.empty(), parse(null));
    }

    @Test
    void anUnknownUnitHasNoFactor() {
        assertFalse(MoneyUnit.UNKNOWN.known());
        assertTrue(MoneyUnit.UNKNOWN.inYuan().isEmpty());
        assertEquals(0, BigDecimal.valueOf(10_000).compareTo(MoneyUnit.WAN_YUAN.inYuan().orElseThrow()));
        assertEquals("unknown", MoneyUnit.UNKNOWN.label());
    }
}
