package io.gongkai.extract.image;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 1s of a figure that are 4s whose hairline diagonal a 1-bit scan lost. The glyphs are drawn as a serif face's
 * digits come out of a 200 dpi scan cut at one level (上海市普陀区社会福利院24 预算 p7, bw-200: 9,501,164 read
 * 9,501,161): a 1 is a stem with a flag at the top and a foot on the baseline; the 4 is a stem with the crossbar's
 * remnant, a dot, left of it two thirds of the way down; a 0 is an oval ring. Digits 22 pixels tall, 14 apart.
 */
class LostDiagonalsTest {
    private static final int TOP = 12, H = 22, PITCH = 14;

    /**
     * Draws a figure: 1 (a 1), 4 (a 4 that lost its diagonal), b (a 4 that lost its crossbar too: a bare stem), 0 (a ring), o (a ring broken in two), m (two rings run
     * together), ',' (a comma), '-' (a minus); the glyphs
     * start at x = 10, a digit 14 pixels on from the one before, a comma 7; specks {x, y, gray} 2 pixels square.
     */
    private static BufferedImage figure(String glyphs, int[]... specks) {
        BufferedImage img = new BufferedImage(20 + PITCH * glyphs.length(), TOP + H + 12, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        int x = 10;
        for (char c : glyphs.toCharArray()) {
            switch (c) {
                case '1' -> {
                    g.fillRect(x + 6, TOP, 3, H);          // stem
                    g.fillRect(x + 3, TOP + 2, 3, 2);      // flag
                    g.fillRect(x + 3, TOP + H - 2, 9, 2);  // foot
                }
                case '4' -> {
                    g.fillRect(x + 8, TOP, 3, H);          // stem, right of the digit's middle
                    g.fillRect(x + 2, TOP + 14, 2, 2);     // the crossbar's remnant
                }
                case 'b' -> g.fillRect(x + 8, TOP, 3, H);  // a 4 that lost its crossbar too: the stem alone
                case '7' -> { // a bold 7: its bar reaches to a pixel short of the next digit's crossbar remnant
                    g.fillRect(x + 2, TOP, 14, 3);
                    g.fillRect(x + 7, TOP + 3, 3, H - 3);
                }
                case '0' -> {
                    g.setStroke(new java.awt.BasicStroke(2));
                    g.drawOval(x + 2, TOP, 9, H - 1);
                }
                case 'o' -> { // a 0 whose thin top and bottom broke: two arcs apart
                    g.setStroke(new java.awt.BasicStroke(2));
                    g.drawArc(x + 2, TOP, 9, H - 1, 120, 120);
                    g.drawArc(x + 2, TOP, 9, H - 1, -60, 120);
                }
                case 'm' -> { // two 0s run together, a pixel apart
                    g.setStroke(new java.awt.BasicStroke(2));
                    g.drawOval(x + 2, TOP, 9, H - 1);
                    g.drawOval(x + 13, TOP, 9, H - 1);
                    x += 11;
                }
                case ',' -> g.fillRect(x + 4, TOP + H - 3, 3, 6);
                case '-' -> g.fillRect(x + 2, TOP + 11, 9, 2);
                default -> throw new IllegalArgumentException(String.valueOf(c));
            }
            x += c == ',' ? PITCH / 2 : PITCH;
        }
        for (int[] s : specks) {
            g.setColor(new Color(s[2], s[2], s[2]));
            g.fillRect(s[0], s[1], 2, 2);
        }
        g.dispose();
        return img;
    }

    @Test
    void aOneWithACrossbarsRemnantBesideItsStemIsAFour() {
        // printed 1,040,104: the two 4s read as 1, the 1s read right
        assertEquals("1,040,104", LostDiagonals.mend(figure("1,040,104"), "1,010,101", true));
        assertEquals("1 ,040, 104", LostDiagonals.mend(figure("1,040,104"), "1 ,010, 101", true), "the reading's spacing kept");
    }

    @Test
    void onesWithNothingBesideTheirStemsStayOnes() {
        assertEquals("1,010,101", LostDiagonals.mend(figure("1,010,101"), "1,010,101", true));
        assertEquals("-1,010", LostDiagonals.mend(figure("-1,010"), "-1,010", true), "a minus before a 1 is no crossbar");
    }

    @Test
    void aBareStemRightOfWhereThePagesOnesStandIsAFour() {
        // a page's figures: 4s that lost diagonal and crossbar whole read 1 by both engines, their stems right of the
        // middle of their slots (placed by the 0s beside them), the 1s' stems in it
        List<String> printed = List.of("100,b00", "b00,000", "100,100", "110,000", "100,001", "1,001", "10,010", "1,100", "100,10b");
        List<BufferedImage> crops = printed.stream().map(LostDiagonalsTest::figure).toList();
        List<String> read = printed.stream().map(f -> f.replace('b', '1')).toList();
        assertEquals(List.of("100,400", "400,000", "100,100", "110,000", "100,001", "1,001", "10,010", "1,100", "100,104"),
                LostDiagonals.mend(crops, read, false));
        // one figure alone: where a 1's stem stands in this face is not known, and a bare stem is no evidence
        assertEquals("100,100", LostDiagonals.mend(figure("100,b00"), "100,100", false));
    }

    @Test
    void aFaceWhoseOnesStandRightOfTheMiddleReadsNoOneAsFour() {
        // the same page in a face whose 1s stand as far right as the 4s' stems (a sans-serif 1): the page's 1s stand
        // there, and nothing is read again
        List<String> printed = List.of("100,b00", "b00,000", "b00,b00", "bb0,000", "b00,00b", "b,00b", "b0,0b0", "b,b00");
        List<BufferedImage> crops = printed.stream().map(LostDiagonalsTest::figure).toList();
        List<String> read = printed.stream().map(f -> f.replace('b', '1')).toList();
        List<String> mended = LostDiagonals.mend(crops, read, false);
        assertEquals(read.subList(2, read.size()), mended.subList(2, mended.size()));
    }

    @Test
    void aCrossbarsDotUnderTheDigitBeforeIsNoPartOfThatDigit() {
        // 101,341,746 in a bold face (bw-200): the 7's bar ends a pixel short of the 4's dot, and the dot was taken
        // into the 7 as a piece of it
        assertEquals("1,740", LostDiagonals.mend(figure("1,740"), "1,710", true));
        // a 1 after the same 7 stays a 1
        assertEquals("1,710", LostDiagonals.mend(figure("1,710"), "1,710", true));
    }

    @Test
    void onDustyPaperASpeckBesideAOneIsNoEvidence() {
        // a pale speck inside the ring of the first 0, half-way down (toner dust): the dot beside the 4 decides nothing
        assertEquals("1,010,101", LostDiagonals.mend(figure("1,040,101", new int[]{36, TOP + 11, 190}), "1,010,101", true));
        // the same speck in black touches nothing either, but a 0's ring takes it in: the 4 is read
        assertEquals("1,040,101", LostDiagonals.mend(figure("1,040,101", new int[]{36, TOP + 11, 0}), "1,010,101", true));
        // on a page dusty all over, no dot is evidence
        assertEquals("1,010,101", LostDiagonals.mend(figure("1,040,101"), "1,010,101", false));
    }

    @Test
    void aDigitBrokenInTwoAndTwoRunTogetherAreToldApartByTheirWidths() {
        // as many tall glyphs as digits read, but not one for one: a 0 in two halves, two 0s in one glyph
        assertEquals("104,00", LostDiagonals.mend(figure("1o4,m"), "101,00", true));
    }

    @Test
    void aFigureWhoseGlyphsDoNotMatchItsDigitsIsReturnedAsRead() {
        // a digit more read than drawn: which glyph is which cannot be told
        assertEquals("1,0101", LostDiagonals.mend(figure("1,040"), "1,0101", true));
    }
}
