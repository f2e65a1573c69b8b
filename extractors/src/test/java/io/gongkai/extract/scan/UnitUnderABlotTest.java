package io.gongkai.extract.scan;

import io.gongkai.Gongkai;
import io.gongkai.Options;
import io.gongkai.Samples;
import io.gongkai.extract.ocr.PaddleOcr;
import io.gongkai.grid.Glyph;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A punched hole or a blot over the 万 of 单位：万元 leaves 单位：元 on the page, and the table's every amount would stand
 * 10,000 times too large under a unit that looks printed (a newcomer's two punched scans: a 万元 三公 table came out in 元,
 * verified). Built here from the bundled real scan (a 元 table): its 元 moved one character to the right, and in the
 * room left a dark disc (a hole scanned against a black lid) or nothing (against a white one). The reader cannot tell
 * what stood there: the table prints no unit, says why, and takes its unit from its identities with the other tables,
 * or from none (every amount flagged).
 */
class UnitUnderABlotTest {
    private static final float DPI = 200;
    private static final List<BufferedImage> pages = new ArrayList<>();
    /** The unit of the first page's unit line (单位：元, or the 元 read apart from its label), in pixels. */
    private static Rectangle unitLine;

    @BeforeAll
    static void pages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Samples.scannedBudget().toFile())) {
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) pages.add(((PDImageXObject) page.getResources().getXObject(name)).getImage());
            }
        }
        PageScanner.Scan scan = new PageScanner(DPI, new PaddleOcr(), null).read(pages.get(0), DPI, 1);
        double px = DPI / 72.0;
        Glyph unit = scan.glyphs().stream().filter(g -> g.text().strip().matches("(单位[:：])?元")).findFirst()
                .orElseThrow(() -> new AssertionError("no unit line read: " + scan.glyphs()));
        unitLine = new Rectangle((int) Math.round(unit.x0() * px), (int) Math.round(unit.y0() * px),
                (int) Math.round((unit.x1() - unit.x0()) * px), (int) Math.round((unit.y1() - unit.y0()) * px));
    }

    /** The first page with its 元 moved one character right, and a disc of ink where it stood ({@code dark}) or paper. */
    private static BufferedImage punched(boolean dark) {
        BufferedImage page = pages.get(0);
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(page, 0, 0, null);
        int em = unitLine.height, pad = em / 4;
        // the 元: the last character of the line, its own height wide
        Rectangle yuan = new Rectangle(unitLine.x + unitLine.width - em - pad, unitLine.y - pad, em + 2 * pad, em + 2 * pad);
        BufferedImage glyph = page.getSubimage(yuan.x, yuan.y, yuan.width, yuan.height);
        g.setColor(Color.WHITE);
        g.fill(yuan);
        int shift = (int) Math.round(1.2 * em);
        g.drawImage(glyph, yuan.x + shift, yuan.y, null);
        if (dark) {
            g.setColor(new Color(25, 25, 25));
            g.fillOval(yuan.x + pad + (shift - em) / 2, yuan.y + pad / 2, em + pad, em + pad);
        }
        g.dispose();
        return out;
    }

    private static Path png(BufferedImage image, Path file) throws Exception {
        assertTrue(ImageIO.write(image, "png", file.toFile()));
        return file;
    }

    @Test
    void aDarkBlotBeforeTheYuanLeavesTheUnitUnknownAndEveryAmountFlagged(@TempDir Path dir) throws Exception {
        Document doc = Gongkai.extract(png(punched(true), dir.resolve("punched.png")), Options.builder().ocrThreads(1).build());
        Table t = doc.table("budget-summary").orElseThrow(() -> new AssertionError(doc.tables() + " " + doc.diagnostics()));
        assertEquals(MoneyUnit.UNKNOWN, t.unit(), t.unitSource().toString());
        assertTrue(t.unitSource().detail().contains("\u25A1元"), t.unitSource().detail());
        List<Cell> amounts = t.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> t.isAmount(c) && c.number() != null).toList();
        assertTrue(amounts.size() >= 8, amounts.toString());
        assertTrue(amounts.stream().allMatch(c -> c.status() == CellStatus.SUSPECT), amounts.toString());
    }

    @Test
    void aWhiteHoleBeforeTheYuanLeavesTheUnitToTheIdentitiesWithTheNextTable(@TempDir Path dir) throws Exception {
        Path first = png(punched(false), dir.resolve("p1.png")), second = png(pages.get(1), dir.resolve("p2.png"));
        Document doc = Gongkai.extractPages(List.of(first, second), Options.builder().ocrThreads(1).build());
        Table t = doc.table("budget-summary").orElseThrow(() -> new AssertionError(doc.tables() + " " + doc.diagnostics()));
        // 财政拨款收入 of the summary equals the total of the 财政拨款 summary (单位：元) in 元 only
        assertEquals(MoneyUnit.YUAN, t.unit(), t.unitSource().toString());
        assertEquals(UnitSource.Kind.IDENTITY, t.unitSource().kind(), t.unitSource().toString());
    }

    /**
     * A heavy face's characters, blurred, are solid pieces as thick as a blot: a newcomer's tables printed 单位：元 in 9 pt
     * AR PL UMing and Noto Serif CJK, scanned at 203 dpi (gray, JPEG), read 单位：元, and the reader took the solid 单 for a
     * blot hiding a 万 — the unit unknown, every amount flagged. The crops are of those scans' unit lines. A blot hides a
     * 万 only where the 万 stood, right of the label's characters that were read.
     */
    @Test
    void aLabelsOwnCharactersSolidInAHeavyFaceAreNoBlot() throws Exception {
        for (String face : List.of("ar-pl-uming", "noto-serif-cjk")) {
            BufferedImage crop;
            try (var in = UnitUnderABlotTest.class.getResourceAsStream("unit-line-" + face + "-203dpi.jpg")) {
                crop = ImageIO.read(in);
            }
            PageScanner.Scan scan = new PageScanner(203, new PaddleOcr(), null).read(crop, 203, 1);
            List<String> units = scan.glyphs().stream().map(g -> g.text().strip()).filter(t -> t.contains("元")).toList();
            assertEquals(List.of("单位：元"), units, face + ": " + scan.glyphs());
        }
    }
}
