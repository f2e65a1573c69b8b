package io.gongkai.template;

import io.gongkai.normalize.DigitConfusion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classifications as data: levels, names, completeness, OCR-tolerant names, look-alike readings. */
class ClassificationTest {
    private final Classification function = Classification.function();
    private final Classification economic = Classification.economic();

    @Test
    void functionCodesByLevelWithTheirNames() {
        assertEquals("社会保障和就业支出", function.name("208").orElseThrow());
        assertEquals("行政事业单位养老支出", function.name("20805").orElseThrow());
        assertEquals("机关事业单位基本养老保险缴费支出", function.name("2080505").orElseThrow());
        assertTrue(function.children("20805").containsAll(List.of("2080501", "2080502", "2080505", "2080506", "2080599")));
        assertTrue(function.entry("2040601").orElseThrow().years().contains("2026"));
        // 类 first, then its 款, then their 项
        List<String> all = function.codes();
        assertTrue(all.indexOf("208") < all.indexOf("20805") && all.indexOf("20805") < all.indexOf("2080505") && all.indexOf("2080505") < all.indexOf("20808"));
    }

    @Test
    void everyClassIsListedButFunctionKuanAndXiangOnlyAsTheDocumentsPrintThem() {
        assertTrue(function.complete(3));
        assertFalse(function.complete(5));
        assertFalse(function.complete(7));
        assertTrue(economic.complete(3) && economic.complete(5));
    }

    @Test
    void aLabelFitsItsCodesNameAsPrintedOrAsOcrReadsIt() {
        assertTrue(function.fits("2010301", "行政运行"));
        assertTrue(function.fits("20103", "政府办公厅（室）及相关机构事务"), "full-width brackets");
        assertTrue(economic.fits("30108", "机关事业单位基本养老保险费"), "a publisher's shorter name");
        assertTrue(economic.fits("30108", "机关事业单位基本养老保险壤费"), "one character misread");
        assertFalse(economic.fits("30205", "电费"), "short names must match exactly: 水费 is not 电费");
        assertFalse(economic.fits("30202", "咨询费"));
        assertEquals(List.of("30203"), economic.codesNamedExactly("咨询费"));
        assertTrue(economic.fits("30399", "其他对个人和家庭的补助"), "another name a document prints");
    }

    @Test
    void readingsOneOcrDigitConfusionAway() {
        assertTrue(DigitConfusion.oneAway("2040691").contains("2040601"));
        assertFalse(DigitConfusion.oneAway("2040691").contains("2040691"));
        assertEquals(List.of("2040601"), function.misreadingsOf("2040691"));
        assertTrue(economic.misreadingsOf("30107").contains("30101"), "7 read for 1");
    }
}
