package io.gongkai;

import io.gongkai.model.Cell;
import io.gongkai.model.Document;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.write.ReviewPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review page of a real table over two pages (普陀区财政局25's T02, pages 10 and 11), with its page images from
 * the reader: every cell with a box has its box element, on the image of its box's page. Page 11's cells had none.
 */
class ReviewPageOverPagesTest {

    @Test
    @Tag("corpus")
    void everyBoxedCellHasItsBoxOnItsPagesImage() throws Exception {
        Path pdf = Path.of(System.getProperty("gongkai.shared", "../../shared")).resolve("corpus/budgets/上海市普陀区财政局部门25年预算.pdf");
        Document doc = Gongkai.extract(pdf);
        StringWriter out = new StringWriter();
        try (var pages = Gongkai.pageImages(pdf, Options.defaults())) {
            new ReviewPage(pages::render).write(doc, out);
        }
        var html = Jsoup.parse(out.toString());
        int spanning = 0, boxed = 0;
        for (Table t : doc.tables()) {
            if (t.pages().size() > 1) spanning++;
            Element section = html.getElementById(t.ref());
            var lines = section.select("table.grid > tbody > tr");
            for (int i = 0; i < t.rows().size(); i++) {
                Row r = t.rows().get(i);
                for (int j = 0; j < t.columns().size(); j++) {
                    Cell c = r.cell(t.columns().get(j).key()).orElse(null);
                    if (c == null || c.box() == null) continue;
                    boxed++;
                    String where = t.ref() + " " + r.key().value() + "/" + c.column();
                    Element box = section.getElementById(lines.get(i).child(2 + j).attr("data-box"));
                    assertNotNull(box, where + ": its box on the page");
                    assertEquals("page " + c.box().page(), box.parent().selectFirst("img").attr("alt"), where + ": on the image of its box's page");
                }
            }
        }
        assertTrue(spanning > 0, "a table over pages");
        assertTrue(boxed > 0);
    }
}
