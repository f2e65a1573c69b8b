package io.gongkai.normalize;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each case is a number as the seed's OCR text prints it. */
class NumberParserTest {

    private static NumberReading money(String s) {
        return NumberParser.parse(s, 2);
    }

    private static boolean hasRepair(NumberReading r, io.gongkai.model.RepairKind kind) {
        return r.repairs().stream().anyMatch(x -> x.kind().equals(kind));
    }

    @Test
    void spacedSeparators() {
        NumberReading r = money("103, 266, 640. 20");
        assertEquals(new BigDecimal("103266640.20"), r.value());
        assertTrue(r.certain());
        assertTrue(hasRepair(r, io.gongkai.model.RepairKind.SPACED_SEPARATORS));
        assertEquals(new BigDecimal("0.00"), money("0. 00").value());
    }

    @Test
    void plainValuesNeedNoRepair() {
        NumberReading r = money("8,678,903.17");
        assertEquals(new BigDecimal("8678903.17"), r.value());
        assertTrue(r.repairs().isEmpty());
        assertEquals(new BigDecimal("570.00"), money("570.00").value());
    }

    @Test
    void decimalComma() {
        // 公开22表: "1, 300, 000, 00" and "5,00"
        NumberReading r = money("1, 300, 000, 00");
        assertEquals(new BigDecimal("1300000.00"), r.value());
        assertTrue(hasRepair(r, io.gongkai.model.RepairKind.DECIMAL_COMMA));
        assertEquals(new BigDecimal("5.00"), money("5,00").value());
    }

    @Test
    void dotsAsThousandsSeparators() {
        // 公开22表: "1. 030. 000. 00"
        NumberReading r = money("1. 030. 000. 00");
        assertEquals(new BigDecimal("1030000.00"), r.value());
        assertTrue(hasRepair(r, io.gongkai.model.RepairKind.DOT_SEPARATORS));
    }

    @Test
    void dashPlaceholders() {
        for (String dash : new String[]{"—", "_", "-", "一", "－"}) {
            assertEquals(NumberReading.Kind.DASH, money(dash).kind(), dash);
        }
        assertEquals(NumberReading.Kind.BLANK, money("  ").kind());
    }

    @Test
    void percentsAndNegatives() {
        NumberReading p = NumberParser.parse("100%", -1);
        assertEquals(NumberReading.Kind.PERCENT, p.kind());
        assertEquals(new BigDecimal("100"), p.value());
        assertEquals(new BigDecimal("86.39"), NumberParser.parse("86. 39", -1).value());
        assertEquals(new BigDecimal("-400000.00"), money("-400, 000. 00").value());
        assertEquals(new BigDecimal("-12.50"), money("(12.50)").value());
    }

    @Test
    void truncatedAmountsKeepTheirPrefixAndRange() {
        // 公开06表 prints "79, 980. 0": the last digit was cut off
        NumberReading r = money("79, 980. 0");
        assertEquals(new BigDecimal("79980.0"), r.value());
        assertEquals(1, r.missingDigits());
        assertFalse(r.certain());
        assertEquals(new BigDecimal("79980.09"), r.upperBound());
        // 公开07表 prints "0. (": a junk glyph where two digits were
        NumberReading junk = money("0. (");
        assertEquals(2, junk.missingDigits());
        assertTrue(hasRepair(junk, io.gongkai.model.RepairKind.JUNK_GLYPH));
        assertEquals(new BigDecimal("0.99"), junk.upperBound());
    }

    @Test
    void glyphConfusionIsRepairedButNotTrusted() {
        NumberReading r = money("1O0.00");
        assertEquals(new BigDecimal("100.00"), r.value());
        assertFalse(r.certain());
        assertTrue(hasRepair(r, io.gongkai.model.RepairKind.GLYPH_CONFUSION));
        // whole-page OCR reads "0.00" with its ruling line as "00ol": never a trusted value
        assertFalse(money("00ol").certain());
    }

    @Test
    void countsWithThousandsSeparators() {
        // 公开10表 row 18: "1, 335" 人次
        assertEquals(new BigDecimal("1335"), NumberParser.parse("1, 335", -1).value());
        assertEquals(new BigDecimal("1335"), NumberParser.parse("1, 335", 0).value());
    }

    @Test
    void aPointBeforeThreeDigitsOfMoneyIsAMisreadSeparatorAndNotTrusted() {
        // a noisy scan of a whole-元 table: 354,964 read 354.964 (money has two decimals or none)
        NumberReading r = money("354.964");
        assertEquals(new BigDecimal("354964"), r.value());
        assertFalse(r.certain(), "a point or a comma: the identities decide");
        assertEquals(new BigDecimal("1206000"), money("1.206.000").value());
        assertEquals(new BigDecimal("12.50"), money("12.50").value());
    }

    @Test
    void aCountsPointBeforeThreeDigitsIsAThousandsSeparator() {
        // a scan of 公开10表's 1,335 人次 read with a point: in a count column it is 1,335, and says it was repaired
        NumberReading r = NumberParser.parse("1.335", 0);
        assertEquals(new BigDecimal("1335"), r.value());
        assertFalse(r.repairs().isEmpty());
        // where any precision goes (a rate, a percent), it stays what it says
        assertEquals(new BigDecimal("1.335"), NumberParser.parse("1.335", -1).value());
        assertEquals(new BigDecimal("12"), NumberParser.parse("12", 0).value());
    }

    @Test
    void textIsNotANumber() {
        assertEquals(NumberReading.Kind.TEXT, NumberParser.parse("138. 22亿元", -1).kind());
        assertEquals(NumberReading.Kind.TEXT, NumberParser.parse("无", -1).kind());
        assertEquals(NumberReading.Kind.TEXT, NumberParser.parse("10.00 100% 10", -1).kind());
    }

    @Test
    void specksBesideAFigureAreJunkNotTextNorAMinus() {
        // a newcomer's grey photocopy with toner dropout: the dust beside a figure read as a run of dashes or dots
        NumberReading tail = NumberParser.parse("88, 282, 511 -----", 2, true);
        assertEquals(NumberReading.Kind.NUMBER, tail.kind());
        assertEquals(0, new BigDecimal("88282511").compareTo(tail.value()));
        assertFalse(tail.certain(), "junk beside it: for the identities to confirm");
        NumberReading lead = NumberParser.parse("—— 5,873,551", 2, true);
        assertEquals(0, new BigDecimal("5873551").compareTo(lead.value()), "not negative");
        assertFalse(lead.certain());
        assertEquals(new BigDecimal("-12.50"), money("-12.50").value(), "a minus sign stays one");
        assertEquals(new BigDecimal("-12.50"), money("- 12.50").value());
        assertEquals(NumberReading.Kind.TEXT, NumberParser.parse("1,200 元整", -1).kind(), "words after a figure are text");
    }

    @Test
    void aZeroBrokenIntoParenthesesIsAZero() {
        // a newcomer's noisy 1-bit scan (blur, noise, cut at 50%): each 0.00 of an empty column read as (0).00), ().00)
        // or 0).00) — the 0's two sides as parentheses
        for (String read : new String[]{"(0).00)", "().00)", "0).00)"}) {
            NumberReading r = NumberParser.parse(read, 2, true);
            assertEquals(NumberReading.Kind.NUMBER, r.kind(), read);
            assertEquals(0, BigDecimal.ZERO.compareTo(r.value()), read);
            assertFalse(r.certain(), "a guess, for the identities: " + read);
        }
        assertEquals(new BigDecimal("-1234.00"), money("(1,234.00)").value(), "a negative in parentheses stays one");
        assertEquals(new BigDecimal("-0.00"), money("(0.00)").value());
        assertEquals(NumberReading.Kind.TEXT, NumberParser.parse("(二)", -1).kind());
        assertEquals(NumberReading.Kind.TEXT, NumberParser.parse("12) 项目", -1).kind(), "words: text");
    }

    @Test
    void aLoneLookAlikeIsADigitOnlyWhenItIsTheClosestOne() {
        // a scan's lone 0 or 1 (in a cell, or as a 行次), read as a letter; a lone stray mark stays text
        assertEquals(0, BigDecimal.ZERO.compareTo(money("O").value()));
        assertTrue(hasRepair(money("O"), io.gongkai.model.RepairKind.GLYPH_CONFUSION));
        assertEquals("1", NumberParser.confusableDigits("l"));
        assertEquals(NumberReading.Kind.TEXT, money("!").kind());
        assertEquals(NumberReading.Kind.TEXT, money("S").kind());
    }

    @Test
    void aPointWrittenAsAnotherDotIsAPoint() {
        // OCR artefacts of the case ocr-markdown-html (上海市普陀区财政局 2025 收入预算总表)
        NumberReading r = money("22,186,440。80");
        assertEquals(new BigDecimal("22186440.80"), r.value());
        assertTrue(r.certain());
        assertTrue(hasRepair(r, io.gongkai.model.RepairKind.POINT_GLYPH));
        assertEquals(new BigDecimal("1666600.00"), money("1666600·00").value());
        assertTrue(money("1666600·00").certain());
        assertEquals(new BigDecimal("31214205.80"), money("31,214,205。 80").value());
        assertEquals(new BigDecimal("1666600.00"), money("1・666・600・00").value());
        // not between digits: a full stop after a figure is junk, not a point
        assertFalse(money("100。").certain());
    }

    @Test
    void aPointLostBetweenAGroupedIntegerAndTwoDigitsIsAGuess() {
        // a 1-bit scan's decimal point is a speck, lost with the dust: 82,096,797.42 read "82.096.797 42"
        NumberReading r = money("82.096.797 42");
        assertEquals(new BigDecimal("82096797.42"), r.value());
        assertFalse(r.certain());
        assertTrue(hasRepair(r, io.gongkai.model.RepairKind.POINT_LOST));
        assertEquals(new BigDecimal("1206000.00"), money("1,206,000 00").value());
        // not a guess where the digits are no grouped integer and two decimals: two figures, or a count
        assertNotEquals(NumberReading.Kind.NUMBER, money("1206000 00").kind());
        assertNotEquals(NumberReading.Kind.NUMBER, money("82,096,797 423").kind());
        assertNotEquals(NumberReading.Kind.NUMBER, NumberParser.parse("1,335 12", 0).kind());
    }

    @Test
    void aPointInsideAGroupOfAnOcrFigureIsAStrayMark() {
        // 社会福利院's 12,121,164 on a 1-bit copy (bw-200 of the scan matrix): the 4's broken stroke read as a point
        NumberReading r = NumberParser.parse("12,121,16.4", 2, true);
        assertEquals(new BigDecimal("12121164"), r.value());
        assertFalse(r.certain());
        assertTrue(hasRepair(r, io.gongkai.model.RepairKind.STRAY_POINT));
        assertEquals(new BigDecimal("3164"), NumberParser.parse("3,1.64", 2, true).value());
        // a text layer's figure is as printed; the parts not three digits together are no split group
        assertFalse(hasRepair(NumberParser.parse("12,121,16.4", 2, false), io.gongkai.model.RepairKind.STRAY_POINT));
        assertEquals(new BigDecimal("12121.64"), NumberParser.parse("12,121.64", 2, true).value());
        assertFalse(hasRepair(NumberParser.parse("12,121,16.45", 2, true), io.gongkai.model.RepairKind.STRAY_POINT));
        assertFalse(hasRepair(NumberParser.parse("1216.4", 2, true), io.gongkai.model.RepairKind.STRAY_POINT));
    }

    @Test
    void aOneThatBreaksTheGroupingOfAnOcrFigureIsAStrokeBesideIt() {
        // a seal's ring over the cells of 万里街道24 p29 (ring-gray-200) and 万里街道23 p26 (ring-bw-200 of the matrix):
        // its arc at the cell's right edge, or through the figure, read as a 1
        for (String[] c : new String[][]{{"2,302,8151", "2302815"}, {"216,0871", "216087"}, {"5,668,4116", "5668416"},
                {"1,2341,567", "1234567"}, {"216,0871.00", "216087.00"}}) {
            NumberReading r = NumberParser.parse(c[0], 2, true);
            assertEquals(new BigDecimal(c[1]), r.value(), c[0]);
            assertFalse(r.certain(), c[0]);
            assertTrue(hasRepair(r, io.gongkai.model.RepairKind.STRAY_ONE), c[0]);
        }
        // a first group of four digits is a comma OCR lost (1827,156): the digits as they stand
        assertEquals(new BigDecimal("1827156"), NumberParser.parse("1827,156", 2, true).value());
        // two 1s that give different figures, neither the last (1213: 213 or 123), a group of four without a 1, a group too short, a text
        // layer's figure: no 1 is taken out, the grouping stays irregular and the figure uncertain
        for (String[] c : new String[][]{{"1,231,1213", "12311213"}, {"2,302,8885", "23028885"}, {"1,23,1213", "1231213"}}) {
            NumberReading r = NumberParser.parse(c[0], 0, true);
            assertEquals(new BigDecimal(c[1]), r.value(), c[0]);
            assertFalse(r.certain(), c[0]);
            assertTrue(hasRepair(r, io.gongkai.model.RepairKind.IRREGULAR_GROUPING), c[0]);
        }
        assertEquals(new BigDecimal("23028151"), NumberParser.parse("2,302,8151", 2, false).value());
    }

    @Test
    void aMarkBeforeAnOcrFigureIsJunk() {
        // a seal's ring crossing the cell before the figure, read as a character or a letter (the matrix's ring-200
        // copies of 万里街道25 and its LibreOffice print, and ring-gray-200 of 商务委员会单位25)
        // (and a pen's tick before a 万元 figure, read <: a newcomer's ticked 三公 table)
        for (String[] c : new String[][]{{"增 18,149,307", "18149307"}, {"M 11,610,630", "11610630"}, {"L 215,600", "215600"},
                {"（ 17,280.00", "17280.00"}, {"< 443.18", "443.18"}, {"√ 0.00", "0.00"}}) {
            NumberReading r = NumberParser.parse(c[0], 2, true);
            assertEquals(new BigDecimal(c[1]), r.value(), c[0]);
            assertFalse(r.certain(), c[0]);
            assertTrue(hasRepair(r, io.gongkai.model.RepairKind.JUNK_GLYPH), c[0]);
        }
        // a text layer's cell is as printed; a negative figure in parentheses, a sign, or an ungrouped number is no mark
        assertNotEquals(NumberReading.Kind.NUMBER, NumberParser.parse("增 18,149,307", 2, false).kind());
        assertEquals(new BigDecimal("-1234.00"), NumberParser.parse("(1,234.00)", 2, true).value());
        assertEquals(new BigDecimal("-1234"), NumberParser.parse("- 1,234", 2, true).value());
        assertNotEquals(NumberReading.Kind.NUMBER, NumberParser.parse("L 215", 2, true).kind());
    }

    @Test
    void aFigureItsNarrowCellWrappedIsReadAsOne() {
        // a Writer table's narrow column wraps 371,514,655.00 after its 65 and 21,601,733.00 before its point
        NumberReading r = money("371,514,65 5.00");
        assertEquals(new BigDecimal("371514655.00"), r.value());
        assertTrue(r.certain());
        assertTrue(hasRepair(r, io.gongkai.model.RepairKind.WRAPPED_FIGURE));
        assertEquals(new BigDecimal("21601733.00"), money("21,601,733 .00").value());
        assertEquals(new BigDecimal("12345"), money("12,34 5").value());
        // its second decimal wrapped alone (79,189,400.34 printed 79,189,400.3 | 4 by Writer in a narrow cell)
        assertEquals(new BigDecimal("79189400.34"), money("79,189,400.3 4").value());
        assertTrue(hasRepair(money("79,189,400.3 4"), io.gongkai.model.RepairKind.WRAPPED_FIGURE));
        assertEquals(new BigDecimal("21703947.00"), money("21703947.0 0").value());
        assertNotEquals(NumberReading.Kind.NUMBER, money("6.4 5").kind());
        assertNotEquals(NumberReading.Kind.NUMBER, money("1,234.5 67").kind());
        // two figures side by side stay two: a whole figure and what follows it
        assertNotEquals(NumberReading.Kind.NUMBER, money("3 71,514.00").kind());
        assertNotEquals(NumberReading.Kind.NUMBER, money("12,345 678").kind());
        assertNotEquals(NumberReading.Kind.NUMBER, money("1,234.00 5.00").kind());
        // a figure printed without separators wrapped likewise (64,840,547 printed 6484054 | 7): joined, but nothing tells
        // it from two figures run together, so it waits for an identity to confirm it
        NumberReading bare = money("6484054 7");
        assertEquals(new BigDecimal("64840547"), bare.value());
        assertTrue(hasRepair(bare, io.gongkai.model.RepairKind.WRAPPED_FIGURE));
        assertFalse(bare.certain());
        assertNotEquals(NumberReading.Kind.NUMBER, money("123 45").kind());
    }

    @Test
    void spacesAsThousandsSeparatorsInMoney() {
        NumberReading r = money("16 231 840.80");
        assertEquals(new BigDecimal("16231840.80"), r.value());
        assertTrue(r.certain());
        assertTrue(hasRepair(r, io.gongkai.model.RepairKind.SPACE_SEPARATORS));
        assertEquals(new BigDecimal("4736957.00"), money("4 736 957.00").value());
        assertEquals(new BigDecimal("38454900.00"), money("38 454 900.00").value());
        assertEquals(new BigDecimal("1000.00"), money("1 000.00").value());
        assertEquals(new BigDecimal("-4736957.00"), money("-4 736 957.00").value());
        assertEquals(new BigDecimal("4188000.00"), money("4, 188, 000. 00").value());
    }

    @Test
    void aCommaReadAsASpaceAmongGroupsIsOneUncertainFigure() {
        // trial137's noisy TSV (an OCR tool's output): 1 410, 886. 00 in a 功能分类 table's 208 05 05 row, both columns
        NumberReading r = money("1 410, 886. 00");
        assertEquals(new BigDecimal("1410886.00"), r.value());
        assertFalse(r.certain(), "where the comma was is a guess: an identity confirms it or not");
        assertTrue(hasRepair(r, io.gongkai.model.RepairKind.SPACE_SEPARATORS));
        assertEquals(new BigDecimal("21601733.00"), money("21,601 733.00").value());
        assertEquals(NumberReading.Kind.TEXT, money("1 410,886").kind(), "no decimals: a count and an amount, maybe");
        assertEquals(NumberReading.Kind.TEXT, money("1410 886,00").kind(), "a first group of 4 digits");
        assertEquals(NumberReading.Kind.TEXT, NumberParser.parse("1 410,886.00", -1).kind());
    }

    @Test
    void aSpaceThatCanSeparateTwoFiguresJoinsNothing() {
        // two figures, or a figure and a count: never one number
        assertEquals(NumberReading.Kind.TEXT, money("100.00 200.00").kind());
        assertEquals(NumberReading.Kind.TEXT, money("100 200").kind());
        assertEquals(NumberReading.Kind.TEXT, money("16 2310 840.80").kind(), "a group of 4 digits is no thousands group");
        assertEquals(NumberReading.Kind.TEXT, money("1234 567.00").kind(), "a first group of 4 digits");
        assertEquals(NumberReading.Kind.TEXT, money("16 231 840.8").kind(), "one decimal: not money's two");
        assertEquals(NumberReading.Kind.TEXT, money("16  231 840.80").kind(), "two spaces are a gap between columns");
        // where any precision goes, spaces never group digits
        assertEquals(NumberReading.Kind.TEXT, NumberParser.parse("16 231 840.80", -1).kind());
        assertEquals(NumberReading.Kind.TEXT, NumberParser.parse("4 736", 0).kind());
    }

    /**
     * Rounding is not truncation: a figure printed with fewer decimals than its column's others is the publisher's
     * precision, unless its print shows a cut.
     */
    @Test
    void fewerDecimalsArePrecisionUnlessThePrintWasCut() {
        // 6.4 万元 in a text layer: rounded to 0.1 万元, exact as printed, no digit missing
        NumberReading wan = money("6.4");
        assertEquals(new BigDecimal("6.4"), wan.value());
        assertEquals(1, wan.decimals());
        assertEquals(0, wan.missingDigits());
        assertTrue(wan.certain());
        assertFalse(hasRepair(wan, io.gongkai.model.RepairKind.TRUNCATED));
        // 22,118,861 元 among figures with 分 (the 司法局 2026 unit budget, p11): whole 元, never "completed"
        NumberReading yuan = money("22,118,861");
        assertEquals(new BigDecimal("22118861"), yuan.value());
        assertEquals(0, yuan.missingDigits());
        assertTrue(yuan.certain());
        // the same 6.4 read by OCR may have lost a digit at the cell's edge
        assertEquals(1, NumberParser.parse("6.4", 2, true).missingDigits());
        assertTrue(NumberParser.ocrReading("6.4", 0.9));
        assertFalse(NumberParser.ocrReading("6.4", 1.0));
        assertTrue(NumberParser.ocrReading("79, 980. 0", 1.0), "OCR's spacing after separators: an OCR tool's text");
        // a trailing separator, or a separator-shaped last group shorter than its kind: the print was cut
        NumberReading comma = money("1,206,0");
        assertEquals(1, comma.missingDigits());
        assertTrue(hasRepair(comma, io.gongkai.model.RepairKind.TRUNCATED));
        assertEquals(2, money("1,206.").missingDigits());
    }
}
