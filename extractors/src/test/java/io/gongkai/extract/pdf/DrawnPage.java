package io.gongkai.extract.pdf;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A PDF of one page or a few drawn with pdfbox for a test: landscape A4 (842 × 595 pt), WenQuanYi Zen Hei embedded (Debian
 * fonts-wqy-zenhei), positions in points from the page's top left, rules 0.6 pt.
 */
final class DrawnPage {
    private static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final float W = 842, H = 595;

    /** What is drawn on the page. */
    interface Drawing {
        void draw(DrawnPage page) throws IOException;
    }

    private final PDPageContentStream cs;
    private final PDFont font;

    private DrawnPage(PDPageContentStream cs, PDFont font) {
        this.cs = cs;
        this.font = font;
    }

    /** Draws the page and saves it as {@code file}. */
    static Path save(Path file, Drawing drawing) throws IOException {
        return save(file, new Drawing[]{drawing});
    }

    /** Draws the pages, one drawing a page in order, and saves them as {@code file}. */
    static Path save(Path file, Drawing... pages) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(FONT)) {
            PDFont font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
            for (Drawing drawing : pages) {
                PDPage page = new PDPage(new PDRectangle(W, H));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setLineWidth(0.6f);
                    drawing.draw(new DrawnPage(cs, font));
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** {@code s} set at {@code x}, its baseline {@code baselineFromTop} below the page's top, in {@code size} pt type. */
    void text(String s, float x, float baselineFromTop, float size) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, H - baselineFromTop);
        cs.showText(s);
        cs.endText();
    }

    /** The rectangle from ({@code x0}, {@code top}) to ({@code x1}, {@code bottom}), stroked. */
    void box(float x0, float top, float x1, float bottom) throws IOException {
        cs.addRect(x0, H - bottom, x1 - x0, bottom - top);
        cs.stroke();
    }

    /**
     * An unruled 基本支出 economic table in 元 (301 工资福利支出 300.00 … 合计 350.00 | 300.00 | 50.00), its header's first
     * line's baseline at {@code header} and its rows from {@code header} + 18 pt, 14 pt apart, in 9 pt type.
     */
    void economicTable(float header) throws IOException {
        text("科目编码", 70, header, 9);
        text("经济分类科目名称", 170, header, 9);
        text("合计", 320, header, 9);
        text("人员经费", 395, header, 9);
        text("公用经费", 480, header, 9);
        String[][] rows = {{"301", "工资福利支出", "300.00", "300.00", ""}, {"30101", "基本工资", "100.00", "100.00", ""},
                {"30102", "津贴补贴", "200.00", "200.00", ""}, {"302", "商品和服务支出", "50.00", "", "50.00"},
                {"30201", "办公费", "50.00", "", "50.00"}, {"", "合计", "350.00", "300.00", "50.00"}};
        float y = header + 18;
        float[] xs = {320, 395, 480};
        for (String[] r : rows) {
            if (!r[0].isEmpty()) text(r[0], 55, y, 9);
            text(r[1], 120, y, 9);
            for (int c = 0; c < 3; c++) if (!r[2 + c].isEmpty()) text(r[2 + c], xs[c], y, 9);
            y += 14;
        }
    }
}
