package io.gongkai.extract.ocr;

import org.junit.jupiter.api.Test;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PP-OCRv4 on lines and pages rendered as a scan has them: WQY Zen Hei at 9–12 pt, 200 and 300 dpi, clean and
 * blurred-and-noised. Real models, real readings; nothing skipped.
 */
class PaddleOcrTest {
    static final PaddleOcr OCR = new PaddleOcr();
    static final List<String> LINES = List.of("一般公共预算财政拨款支出预算表", "住房保障支出", "财务收支预算总表", "社会保障和就业支出",
            "1,234,567.89", "0.00", "38,454,900.00", "-1,250.00", "2080501", "201");
    static final int[] DPIS = {200, 300};
    static final double[] POINTS = {9, 10.5, 12};

    /** Every line at every size and resolution, as the crop a caller would cut (a little margin around the ink). */
    private static List<BufferedImage> rendered(List<String> texts, boolean degraded) {
        List<BufferedImage> out = new ArrayList<>();
        long seed = 1;
        for (int dpi : DPIS) {
            for (double pt : POINTS) {
                for (String t : texts) {
                    BufferedImage img = RenderedText.line(t, pt, dpi, 0.15);
                    out.add(degraded ? RenderedText.degraded(img, 10, seed++) : img);
                }
            }
        }
        return out;
    }

    private static List<String> expected(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < DPIS.length * POINTS.length; i++) out.addAll(texts);
        return out;
    }

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }

    @Test
    void titlesFiguresAndCodesAreReadExactly() {
        List<TextLine> read = OCR.recognize(rendered(LINES, false), null);
        assertEquals(expected(LINES), texts(read));
        for (TextLine l : read) assertTrue(l.confidence() > 0.5, l.text() + " read with confidence " + l.confidence());
    }

    @Test
    void blurredAndNoisedLinesStillRead() {
        assertEquals(expected(LINES), texts(OCR.recognize(rendered(LINES, true), null)));
    }

    @Test
    void linesReadInBatchesReadAsOneByOne() {
        List<BufferedImage> lines = rendered(LINES, true);
        PaddleOcr batched = new PaddleOcr(null, new TextRecognizer(4, 320, 1600, 16), null, new LineMargin(0.5));
        List<TextLine> one = OCR.recognize(lines, null), four = batched.recognize(lines, null);
        assertEquals(texts(one), texts(four));
        for (int i = 0; i < one.size(); i++) {
            List<TextLine.Char> a = one.get(i).chars(), b = four.get(i).chars();
            for (int k = 0; k < a.size(); k++) {
                double centreA = (a.get(k).x0() + a.get(k).x1()) / 2.0, centreB = (b.get(k).x0() + b.get(k).x1()) / 2.0;
                assertTrue(Math.abs(centreA - centreB) <= lines.get(i).getHeight() / 2.0, a.get(k) + " alone, " + b.get(k) + " in a batch");
            }
        }
    }

    @Test
    void tightAndLooseCropsReadAlike() {
        List<BufferedImage> crops = new ArrayList<>();
        for (double margin : new double[]{0, 1.0}) {
            for (String t : LINES) crops.add(RenderedText.degraded(RenderedText.line(t, 10.5, 200, margin), 10, t.hashCode()));
        }
        List<String> want = new ArrayList<>(LINES);
        want.addAll(LINES);
        assertEquals(want, texts(OCR.recognize(crops, null)));
    }

    @Test
    void oneRecognitionReadAsTextAndAsFigureGivesWhatTwoRecognitionsGive() {
        List<String> mixed = new ArrayList<>(LINES);
        mixed.addAll(List.of("单位：元", "1 ,234", "3014计", "工00.00"));
        List<BufferedImage> crops = rendered(mixed, true);
        List<OcrEngine.Readings> both = OCR.recognizeAlsoAsFigures(crops);
        List<TextLine> text = OCR.recognize(crops, null), figure = OCR.recognize(crops, OcrEngine.FIGURE_CHARACTERS);
        assertEquals(crops.size(), both.size());
        for (int i = 0; i < crops.size(); i++) {
            assertEquals(text.get(i), both.get(i).text(), "as text: " + mixed.get(i % mixed.size()));
            assertEquals(figure.get(i), both.get(i).figure(), "as a figure: " + mixed.get(i % mixed.size()));
        }
    }

    @Test
    void figureModeReadsOnlyFigureCharacters() {
        List<String> mixed = new ArrayList<>(LINES);
        mixed.addAll(List.of("单位：元", "合计", "项目支出", "行政运行", "ABC", "第1项"));
        List<TextLine> read = OCR.recognize(rendered(mixed, true), OcrEngine.FIGURE_CHARACTERS);
        for (TextLine l : read) {
            for (int i = 0; i < l.text().length(); i++) {
                assertTrue(OcrEngine.FIGURE_CHARACTERS.indexOf(l.text().charAt(i)) >= 0, "'" + l.text() + "' holds a character not a figure's");
            }
            for (TextLine.Char c : l.chars()) assertTrue(OcrEngine.FIGURE_CHARACTERS.contains(c.text()), c.toString());
        }
        // the figures themselves are still read whole
        for (int i = 0; i < read.size(); i++) {
            String want = mixed.get(i % mixed.size());
            if (want.matches("[-0-9.,]+")) assertEquals(want, read.get(i).text());
        }
    }

    @Test
    void charactersStandWhereTheirGlyphsAre() {
        for (String t : List.of("38,454,900.00", "一般公共预算财政拨款支出预算表", "2080501")) {
            BufferedImage img = RenderedText.line(t, 10.5, 200, 0.3);
            List<int[]> glyphs = RenderedText.characterExtents(t, 10.5, 200, 0.3);
            TextLine l = OCR.recognize(List.of(img), null).get(0);
            assertEquals(t, l.text());
            assertEquals(t.length(), l.chars().size());
            double least = 1;
            for (int i = 0; i < t.length(); i++) {
                TextLine.Char c = l.chars().get(i);
                assertEquals(String.valueOf(t.charAt(i)), c.text());
                double centre = (c.x0() + c.x1()) / 2.0;
                int[] g = glyphs.get(i);
                double pitch = i + 1 < t.length() ? glyphs.get(i + 1)[0] - g[0] : g[1] - g[0];
                assertTrue(Math.abs(centre - (g[0] + g[1]) / 2.0) <= 0.5 * pitch,
                        c + " in '" + t + "' is not where its glyph is: " + g[0] + "–" + g[1]);
                assertTrue(c.x0() >= 0 && c.x1() <= img.getWidth() && c.x0() <= c.x1(), c.toString());
                assertTrue(c.confidence() > 0 && c.confidence() <= 1, c.toString());
                least = Math.min(least, c.confidence());
                if (i > 0) assertTrue(l.chars().get(i - 1).x1() <= c.x0() + 1, "characters overlap: " + l.chars());
            }
            assertEquals(least, l.confidence(), 1e-9, "a line is as sure as its least sure character");
            assertEquals(new Rectangle(0, 0, img.getWidth(), img.getHeight()), l.box());
        }
    }

    @Test
    void aBlankCropReadsAsNothing() {
        TextLine l = OCR.recognize(List.of(RenderedText.blank(200, 40)), null).get(0);
        assertEquals("", l.text());
        assertEquals(0, l.confidence());
        assertTrue(l.chars().isEmpty());
        assertTrue(OCR.read(RenderedText.blank(600, 400)).isEmpty());
    }

    @Test
    void grayAndRgbImagesReadAlike() {
        List<BufferedImage> gray = rendered(List.of("住房保障支出", "38,454,900.00"), true), rgb = new ArrayList<>();
        for (BufferedImage g : gray) {
            BufferedImage c = new BufferedImage(g.getWidth(), g.getHeight(), BufferedImage.TYPE_INT_RGB);
            c.getGraphics().drawImage(g, 0, 0, null);
            rgb.add(c);
        }
        assertEquals(texts(OCR.recognize(gray, null)), texts(OCR.recognize(rgb, null)));
    }

    @Test
    void upsideDownLinesAreToldFromUprightOnes() {
        List<String> texts = List.of("一般公共预算财政拨款支出预算表", "住房保障支出", "财务收支预算总表", "38,454,900.00", "社会保障和就业支出");
        List<BufferedImage> upright = new ArrayList<>(), flipped = new ArrayList<>();
        for (String t : texts) {
            BufferedImage img = RenderedText.line(t, 10.5, 200, 0.2);
            upright.add(img);
            AffineTransform turn = AffineTransform.getRotateInstance(Math.PI, img.getWidth() / 2.0, img.getHeight() / 2.0);
            flipped.add(new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(img, null));
        }
        double[] up = OCR.upsideDown(upright), down = OCR.upsideDown(flipped);
        for (int i = 0; i < texts.size(); i++) {
            assertTrue(up[i] < 0.5, texts.get(i) + " upright taken as turned: " + up[i]);
            assertTrue(down[i] > 0.5, texts.get(i) + " turned taken as upright: " + down[i]);
        }
    }

    @Test
    void twoThreadsReadAsOneDoes() throws Exception {
        List<BufferedImage> lines = rendered(LINES, true);
        BufferedImage page = MixedPage.make(200).image();
        List<String> alone = texts(OCR.recognize(lines, null));
        List<String> pageAlone = texts(OCR.read(page));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> texts(OCR.recognize(lines, null))));
                runs.add(pool.submit(() -> texts(OCR.read(page))));
            }
            for (int i = 0; i < runs.size(); i++) assertEquals(i % 2 == 0 ? alone : pageAlone, runs.get(i).get());
        } finally {
            pool.shutdown();
        }
    }
}
