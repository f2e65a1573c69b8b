package io.gongkai.extract.scan;

import io.gongkai.extract.image.OpenCv;
import io.gongkai.extract.ocr.TextLine;
import org.junit.jupiter.api.Test;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureBesideNameTest {
    /** A reading whose characters stand {@code width} pixels each from crop x {@code from}, as PP-OCRv4 places them (edge to edge). */
    private static TextLine read(String text, int from, int width) {
        List<TextLine.Char> chars = new ArrayList<>();
        int x = from;
        for (int i = 0; i < text.length(); i++) {
            chars.add(new TextLine.Char(text.substring(i, i + 1), x, x + width, 0.95));
            x += width;
        }
        return new TextLine(text, new Rectangle(0, 0, x + from, 40), 0.9, chars);
    }

    @Test
    void aFigureAndTheNameBesideItReadAsOnePhraseAreTwoPartedAtTheGapBetweenThem() {
        OpenCv.load();
        // the page: ink from x 100 to 239 (the figure, 14 characters of 10 px) and from 246 (the name), paper between
        Mat page = new Mat(200, 600, CvType.CV_8UC1, new Scalar(255));
        page.submat(80, 110, 100, 239).setTo(new Scalar(0));
        page.submat(80, 110, 246, 340).setTo(new Scalar(0));
        Rectangle box = new Rectangle(100, 80, 240, 30);
        int cropLeft = 90; // the crop's x 0 stands at the page's x 90
        TextLine line = read("371,514,655.00一、一般公共服务支出", 10, 10);
        List<FigureBesideName.Part> parts = FigureBesideName.parts(line, box, cropLeft, page);
        assertEquals(2, parts.size(), parts.toString());
        assertEquals("371,514,655.00", parts.get(0).text());
        assertEquals("一、一般公共服务支出", parts.get(1).text());
        assertEquals(239, parts.get(0).box().x + parts.get(0).box().width, "the figure ends where its ink does");
        assertEquals(246, parts.get(1).box().x, "the name begins where its ink does");
        // one cell's text stays whole: a code with its name (digits alone), a name, a figure, a year in a title
        for (String whole : List.of("2011301行政运行", "一般公共服务支出", "1,234,567.00", "2025年部门财务收支预算总表")) {
            assertTrue(FigureBesideName.parts(read(whole, 10, 10), box, cropLeft, page).isEmpty(), whole);
        }
        page.release();
    }

    @Test
    void twoFiguresReadAsOnePhraseWithASpaceAreTwo() {
        OpenCv.load();
        // 合计's and 人员经费's figures set flush left in narrow columns, a third of an em apart: ink 100–189, 196–285
        Mat page = new Mat(200, 600, CvType.CV_8UC1, new Scalar(255));
        page.submat(80, 110, 100, 189).setTo(new Scalar(0));
        page.submat(80, 110, 196, 285).setTo(new Scalar(0));
        Rectangle box = new Rectangle(100, 80, 185, 30);
        TextLine line = read("6,958,414 6,958,414", 10, 10);
        List<FigureBesideName.Part> parts = FigureBesideName.parts(line, box, 90, page);
        assertEquals(List.of("6,958,414", "6,958,414"), parts.stream().map(FigureBesideName.Part::text).toList());
        assertEquals(189, parts.get(0).box().x + parts.get(0).box().width);
        assertEquals(196, parts.get(1).box().x);
        // the second misread is parted too (its second look reads it again); without the space, a long figure's
        // groups stay one figure
        assertEquals(2, FigureBesideName.parts(read("3,580,522 3,580,52", 10, 10), box, 90, page).size());
        // three columns' figures in one phrase are three
        Mat three = new Mat(200, 600, CvType.CV_8UC1, new Scalar(255));
        three.submat(80, 110, 100, 189).setTo(new Scalar(0));
        three.submat(80, 110, 196, 285).setTo(new Scalar(0));
        three.submat(80, 110, 296, 385).setTo(new Scalar(0));
        List<FigureBesideName.Part> thirds = FigureBesideName.parts(read("9,501,164 7,380,214 2,120,950", 10, 10), new Rectangle(100, 80, 285, 30), 90, three);
        assertEquals(List.of("9,501,164", "7,380,214", "2,120,950"), thirds.stream().map(FigureBesideName.Part::text).toList());
        assertEquals(List.of(100, 196, 296), thirds.stream().map(p -> p.box().x).toList());
        three.release();
        for (String whole : List.of("12,345,678,901", "6,958,4146,958,414", "1,234.56", "2024 1,234")) {
            assertTrue(FigureBesideName.parts(read(whole, 10, 10), box, 90, page).isEmpty(), whole);
        }
        page.release();
    }
}
