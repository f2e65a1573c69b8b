package io.gongkai.write;

import io.gongkai.assemble.CellReader;
import io.gongkai.model.Box;
import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.DocumentKind;
import io.gongkai.model.Identification;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.RowKey;
import io.gongkai.model.Table;
import io.gongkai.model.UnitSource;
import io.gongkai.raw.RawCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review page of a table that runs over pages shows each of them, each with the boxes of the cells on it: it had
 * shown the first page only, and the cells of the next ones pointed at boxes that were nowhere (普陀区财政局25's T02,
 * over pages 10 and 11).
 */
class ReviewPageTest {

    private static final List<Column> COLUMNS = List.of(new Column("1", List.of("合计"), Column.Kind.MONEY), new Column("2", List.of("基本支出"), Column.Kind.MONEY));

    /** A row of two figures on {@code page}, at height {@code y}; its second cell without a box when {@code boxless}. */
    private static Row row(String code, int page, double y, boolean boxless) {
        return new Row(RowKey.functionCode(code), "支出" + code, List.of(
                CellReader.read(new RawCell("1,250.00", new Box(page, 300, y, 80, 14), 1), "1", Column.Kind.MONEY),
                CellReader.read(boxless ? RawCell.of("1,250.00") : new RawCell("1,250.00", new Box(page, 400, y, 80, 14), 1), "2", Column.Kind.MONEY)), List.of(), 0);
    }

    private static Table table(String ref, List<Integer> pages, List<Row> rows) {
        return new Table(ref, null, null, "支出预算表", MoneyUnit.YUAN, new UnitSource(UnitSource.Kind.HEADER, "单位：元"), pages, COLUMNS,
                rows, List.of(), new Identification(null, 0, List.of()), List.of(), List.of(), 0);
    }

    @Test
    void aTableOverPagesShowsEachPageWithTheBoxesOfItsCells() throws Exception {
        // T01 over pages 1 and 2; T02 from page 2 (where T01 ends) to 3
        Table t1 = table("T01", List.of(1, 2), List.of(row("201", 1, 600, false), row("20101", 1, 700, true), row("202", 2, 100, false)));
        Table t2 = table("T02", List.of(2, 3), List.of(row("203", 2, 500, false), row("204", 3, 100, false)));
        Document doc = new Document("budget.pdf", "ab12", "某局", 2025, DocumentKind.BUDGET, MoneyUnit.YUAN, List.of(t1, t2), List.of(), List.of());
        Map<Integer, Integer> rendered = new HashMap<>();
        StringWriter out = new StringWriter();
        new ReviewPage((page, dpi) -> {
            rendered.merge(page, 1, Integer::sum);
            return new BufferedImage(Math.round(595 * dpi / 72), Math.round(842 * dpi / 72), BufferedImage.TYPE_INT_RGB);
        }).write(doc, out);
        assertEquals(Map.of(1, 1, 2, 1, 3, 1), rendered, "each page rendered once, the one two tables share too");

        var html = Jsoup.parse(out.toString());
        int boxed = 0;
        for (Table t : doc.tables()) {
            Element section = html.getElementById(t.ref());
            assertNotNull(section, t.ref());
            List<String> shown = new ArrayList<>();
            section.select("div.page > img").forEach(img -> shown.add(img.attr("alt")));
            assertEquals(t.pages().stream().map(p -> "page " + p).toList(), shown, t.ref() + ": every page it spans, in order");
            var lines = section.select("table.grid > tbody > tr");
            assertEquals(t.rows().size(), lines.size());
            for (int i = 0; i < lines.size(); i++) {
                Row r = t.rows().get(i);
                for (int j = 0; j < COLUMNS.size(); j++) {
                    Cell c = r.cell(COLUMNS.get(j).key()).orElseThrow();
                    Element td = lines.get(i).child(2 + j);
                    if (c.box() == null) continue;
                    boxed++;
                    Element box = section.getElementById(td.attr("data-box"));
                    assertNotNull(box, t.ref() + " " + r.key().value() + "/" + c.column() + ": its box on the page");
                    assertTrue(box.hasClass("box"));
                    assertEquals("page " + c.box().page(), box.parent().selectFirst("img").attr("alt"),
                            t.ref() + " " + r.key().value() + "/" + c.column() + ": on the image of its box's page");
                }
            }
        }
        assertEquals(9, boxed);
    }
}
