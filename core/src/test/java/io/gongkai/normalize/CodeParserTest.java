package io.gongkai.normalize;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Function codes as the seed's tables 02, 03 and 05 print them. */
class CodeParserTest {

    @Test
    void wholeCode() {
        CodeReading r = CodeParser.functionCode(List.of("2010450", ""));
        assertEquals("2010450", r.code());
        assertTrue(r.repairs().isEmpty());
    }

    @Test
    void codeSplitOverTwoCells() {
        // 公开03表: "201045 | 0"
        CodeReading r = CodeParser.functionCode(List.of("201045", "0", ""));
        assertEquals("2010450", r.code());
        assertEquals(io.gongkai.model.RepairKind.SPLIT_CODE, r.repairs().get(0).kind());
    }

    @Test
    void splitThatRepeatsTheClassDigit() {
        // 公开05表: "201 | 10450" is 201 + 0450; "210 | 01101" is 210 + 1101
        assertEquals("2010450", CodeParser.functionCode(List.of("201", "10450")).code());
        assertEquals("2101101", CodeParser.functionCode(List.of("210", "01101")).code());
        assertEquals("2210201", CodeParser.functionCode(List.of("221", "10201")).code());
        assertEquals(io.gongkai.model.RepairKind.SPLIT_CODE_DUPLICATED_DIGIT, CodeParser.functionCode(List.of("208", "80801")).repairs().get(0).kind());
    }

    @Test
    void classLostBehindJunk() {
        // 公开05表: "$\vdash$ | 80505" and "- | 80502"
        CodeReading r = CodeParser.functionCode(List.of("$\\vdash$", "80505"));
        assertFalse(r.present());
        assertTrue(r.classLost());
        assertEquals(8, r.classLastDigit());
        assertEquals("0505", r.tail());
        assertEquals("2080505", r.withClass("208", "test").code());
        assertTrue(CodeParser.functionCode(List.of("-", "80502")).classLost());
    }

    @Test
    void classKuanXiangInThreeColumns() {
        assertEquals("2010450", CodeParser.functionCode(List.of("201", "04", "50")).code());
    }

    @Test
    void aKuanOrXiangOfZeroIsNoCodeToPutAZeroBefore() {
        // a 款 stored as a number loses its zero (208 | 9 → 20809); a scan that read 09 as 0 printed no 款 00, which no
        // code has (a newcomer's G4 TIFF: 20809 退役安置 became 20800, its amounts verified under it)
        assertEquals("20809", CodeParser.functionCode(List.of("208", "9")).code());
        assertEquals(CodeReading.NONE, CodeParser.functionCode(List.of("208", "0")));
        assertEquals(CodeReading.NONE, CodeParser.functionCode(List.of("208", "05", "0")));
        assertEquals(CodeReading.NONE, CodeParser.economicCode(List.of("301", "0")));
    }

    @Test
    void noCode() {
        assertFalse(CodeParser.functionCode(List.of("", "")).present());
        assertFalse(CodeParser.functionCode(List.of("类", "款")).present());
    }

    @Test
    void economicCodes() {
        assertEquals("30101", CodeParser.economicCode("30101"));
        assertEquals("301", CodeParser.economicCode(" 301 "));
        assertNull(CodeParser.economicCode("科目编码"));
        assertNull(CodeParser.economicCode("3010"));
    }

    /**
     * A 类 and its 款 apart in one cell, a 0 lost ({@code 302 6}: OCR's text alignment ran the code columns together, the
     * faint 0 of 06 unread) are the two parts, the 0 restored and said; digits spaced otherwise are one part.
     */
    @Test
    void aClassAndAOneDigitItemApartInOneCellAreTwoParts() {
        CodeReading read = CodeParser.economicCode(java.util.List.of("302 6", ""));
        assertEquals("30206", read.code());
        assertEquals(io.gongkai.model.RepairKind.LEADING_ZERO_RESTORED, read.repairs().get(0).kind());
        assertEquals("30205", CodeParser.economicCode(java.util.List.of("302 05")).code());
        assertEquals("301", CodeParser.economicCode(java.util.List.of("3 01")).code());
        assertNull(CodeParser.economicCode(java.util.List.of("30 2 6")).code());
    }

    /** 类 | 款 in two columns, the 类 printed once above its 款 rows (ONLYOFFICE, WPS): a 款 alone takes the 类 above. */
    @Test
    void economicItemAloneTakesTheClassAbove() {
        assertEquals("301", CodeParser.economicCode(java.util.List.of("301", ""), null).code());
        CodeReading item = CodeParser.economicCode(java.util.List.of("", "01"), "301");
        assertEquals("30101", item.code());
        assertEquals(io.gongkai.model.RepairKind.CLASS_FROM_ABOVE, item.repairs().get(0).kind());
        assertEquals("30102", CodeParser.economicCode(java.util.List.of("301", "02"), "302").code(), "a 类 printed on the row wins");
        assertNull(CodeParser.economicCode(java.util.List.of("", "01"), null).code(), "no 类 above: no code");
    }

    /**
     * Codes in columns with each 类 and 款 printed once above the rows they head (a workbook with merged category cells
     * saved as text, a pipe table of it): the blank leading parts are the row above's.
     */
    @Test
    void partsPrintedOnceAboveTheirRows() {
        List<String> above = List.of("201", "04", "50");
        CodeReading sibling = CodeParser.functionCode(Arrays.asList("", "", "51"), above);
        assertEquals("2010451", sibling.code());
        assertEquals(CodeParser.CODE_FROM_ROW_ABOVE, sibling.repairs().get(sibling.repairs().size() - 1).kind());
        assertEquals("2011308", CodeParser.functionCode(Arrays.asList("", "13", "08"), above).code());
        assertEquals("20113", CodeParser.functionCode(Arrays.asList("", "13", ""), above).code());
        // a 类 of its own, a code printed whole, a class lost behind junk: as without the row above
        assertEquals("208", CodeParser.functionCode(Arrays.asList("208", "", ""), above).code());
        assertEquals("2080505", CodeParser.functionCode(Arrays.asList("2080505", "", ""), above).code());
        assertTrue(CodeParser.functionCode(Arrays.asList("$\\vdash$", "80505"), List.of("201", "04")).classLost());
        // nothing above, other columns, or a part that is no 款/项: no code
        assertFalse(CodeParser.functionCode(Arrays.asList("", "", "51"), null).present());
        assertFalse(CodeParser.functionCode(Arrays.asList("", "51"), above).present());
        assertFalse(CodeParser.functionCode(Arrays.asList("", "", "行政"), above).present());
    }

    /** A dash in a code cell is nothing: the rows under a 类 take their 类 and 款 from above as they would over a blank. */
    @Test
    void aDashInACodeCellIsNoCode() {
        assertEquals("2010507", CodeParser.functionCode(List.of("—", "", "07"), List.of("201", "05", "")).code());
        assertEquals("20133", CodeParser.functionCode(List.of("-", "33", ""), List.of("201", "32", "02")).code());
        assertEquals("2013302", CodeParser.functionCode(List.of("", "", "02"), List.of("201", "33", "")).code());
        assertFalse(CodeParser.functionCode(List.of("—", "", "")).present());
    }
}
