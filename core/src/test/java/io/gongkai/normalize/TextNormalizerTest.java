package io.gongkai.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each case is an artefact seen in the seed's OCR text (samples/qujing-industry-2024-final.txt). */
class TextNormalizerTest {

    @Test
    void cjkRadicalCodePointsBecomeIdeographs() {
        assertEquals("部门", TextNormalizer.normalize("部⻔"));
        assertEquals("公务用车", TextNormalizer.normalize("公务用⻋"));
        assertEquals("长期", TextNormalizer.normalize("⻓期"));
    }

    @Test
    void kangxiRadicalsAndFullWidthFormsGoThroughNfkc() {
        assertEquals("工业", TextNormalizer.normalize("⼯业"));
        assertEquals("(一)部门概况", TextNormalizer.normalize("（一）部门概况"));
        assertEquals("金额单位:元", TextNormalizer.normalize("金额单位：元"));
    }

    @Test
    void japaneseAndTraditionalVariantsBecomeSimplified() {
        // 公开14表 prints "金額単位"; project tables print 請 for 请
        assertEquals("金额单位", TextNormalizer.normalize("金額単位"));
        assertEquals("申请", TextNormalizer.normalize("申請"));
    }

    @Test
    void htmlMarkupAndEntitiesAreRemoved() {
        assertEquals("青市工业和信息化局", TextNormalizer.normalize("<b>青市工业和信息化局</b>"));
        assertEquals("\"机关运行经费\"填列", TextNormalizer.normalize("&quot;机关运行经费&quot;填列"));
        assertEquals("产出指标", TextNormalizer.normalize("<sup>产</sup> 出指标"));
    }

    @Test
    void latexFragmentsAreRemoved() {
        assertEquals("", TextNormalizer.normalize("$\\vdash$"));
        assertEquals("80505", TextNormalizer.normalize("$\\vdash$ 80505"));
    }

    @Test
    void spacesBetweenHanCharactersAreDroppedButNotBetweenWords() {
        assertEquals("栏次", TextNormalizer.normalize("栏 次"));
        assertEquals("10.00 100%", TextNormalizer.normalize("10.00   100%"));
    }

    @Test
    void canonicalFormIgnoresPunctuationAndSpace() {
        assertEquals(TextNormalizer.canonical("财政拨款\"三公\"经费"), TextNormalizer.canonical("财政拨款“三公”经费"));
        assertTrue(TextNormalizer.canonical(" 其中: 当年财政 拨款").contains("当年财政拨款"));
    }

    @Test
    void editDistanceCountsSingleCharacterEdits() {
        assertEquals(1, TextNormalizer.editDistance("公用经合计", "公用经费合计"));
        assertEquals(1, TextNormalizer.editDistance("公务员医疗补助壤费", "公务员医疗补助缴费"));
        assertEquals(3, TextNormalizer.editDistance("公用经合计", "人员经费合计"));
        assertEquals(0, TextNormalizer.editDistance("", ""));
        assertEquals(2, TextNormalizer.editDistance("", "合计"));
    }

    @Test
    void labelsAlikeButForWhatOcrConfusesMatch() {
        assertTrue(TextNormalizer.lookAlike("收入总计", "收人总计"));
        assertTrue(TextNormalizer.lookAlike("住房保障支出", "住房保障文出"));
        assertTrue(TextNormalizer.lookAlike("支出总计", "支 出 总 计"));
        org.junit.jupiter.api.Assertions.assertFalse(TextNormalizer.lookAlike("收入总计", "支出总计"), "收/支 are not confused");
        org.junit.jupiter.api.Assertions.assertFalse(TextNormalizer.lookAlike("人员", "入员"), "too short to tell");
        org.junit.jupiter.api.Assertions.assertFalse(TextNormalizer.lookAlike("收入合计", "收人总计"), "one confusion and one other difference");
    }
}
