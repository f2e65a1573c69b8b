package io.gongkai.write;

import io.gongkai.model.Box;
import io.gongkai.model.Cell;
import io.gongkai.model.CellStatus;
import io.gongkai.model.Check;
import io.gongkai.model.CheckStatus;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.Repair;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.apache.commons.text.StringEscapeUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A self-contained HTML review page: for each table, the crop of each page it spans beside the recovered table; cells coloured
 * by what the identities say (verified, repaired, recovered, suspect, contradicted); hovering a cell shows its raw
 * text and repairs and outlines its box on the page image; failing identities listed with their cells. One file, no
 * network: images are embedded. The page images come from the reader that read the document, with its options
 * (a PDF's password among them): {@code Gongkai.pageImages(path, options)}. Thread-safe (stateless).
 */
public final class ReviewPage implements DocumentWriter {
    /** The resolution the page images are asked for, dots per inch. */
    public static final float DPI = 110;

    /**
     * A document's pages as images.
     */
    @FunctionalInterface
    public interface Pages {
        /**
         * Page {@code page} (1-based) rendered at {@code dpi}.
         *
         * @throws IOException when it cannot be rendered (the table is then shown without its page)
         */
        BufferedImage render(int page, float dpi) throws IOException;
    }

    private final Pages source;

    /** The review page of tables only (text input: no page images). */
    public ReviewPage() {
        this(null);
    }

    /**
     * @param pages the document's page images, or null to show the tables without them
     */
    public ReviewPage(Pages pages) {
        this.source = pages;
    }

    /** Writes the page as an HTML file at {@code target} (folders made as needed). */
    @Override
    public void write(Document doc, java.nio.file.Path target) throws IOException {
        try (Writer w = Targets.text(target)) {
            write(doc, w);
        }
    }

    /** Writes the page as HTML to {@code out} (not closed). */
    public void write(Document doc, Writer out) throws IOException {
        Map<Integer, BufferedImage> pages = new HashMap<>();
        out.write(head(doc));
        for (Table t : doc.tables()) {
            out.write("<section class=\"table\" id=\"" + t.ref() + "\">\n<h2>" + esc(t.ref()) + " " + esc(t.printedNumber() == null ? "" : t.printedNumber())
                    + " " + esc(t.title() == null ? "" : t.title()) + " <small>" + esc(t.templateId() == null ? "unidentified" : t.templateId())
                    + (t.identification().variant() == null ? "" : " (" + esc(t.identification().variant()) + ")") + " · " + unit(t) + "</small></h2>\n");
            out.write("<div class=\"pair\">\n");
            if (source != null) out.write(crops(source, pages, t));
            out.write(grid(t));
            out.write("</div>\n");
            out.write(checks(t.checks()));
            out.write("</section>\n");
        }
        if (!doc.checks().isEmpty()) out.write("<section class=\"table\"><h2>Across tables</h2>" + checks(doc.checks()) + "</section>\n");
        out.write(SCRIPT + "</body></html>\n");
    }

    /** The table's unit as printed; inferred, and from what; or unknown (every amount suspect), and why. */
    private static String unit(Table t) {
        String detail = " title=\"" + esc(t.unitSource().kind().id() + ": " + t.unitSource().detail()) + "\"";
        if (t.unitSource().printed()) return "<span class=\"unit\"" + detail + ">" + esc(t.unit().label()) + "</span>";
        if (t.unit().known()) return "<span class=\"unit inferred\"" + detail + ">" + esc(t.unit().label()) + " (inferred: " + esc(t.unitSource().detail()) + ")</span>";
        if (t.amountCount() == 0) return "<span class=\"unit\"" + detail + ">no unit printed</span>";
        return "<span class=\"unit unknown\"" + detail + ">unit unknown (元 or 万元), every amount suspect: " + esc(t.unitSource().detail()) + "</span>";
    }

    private static String head(Document doc) {
        Map<String, Integer> counts = new HashMap<>();
        doc.statusCounts().forEach((k, n) -> counts.put(k.id(), n));
        return "<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>Gongkai review: " + esc(doc.source()) + "</title>\n<style>" + CSS + "</style></head><body>\n"
                + "<header><h1>" + esc(doc.source()) + "</h1><p>" + esc(String.valueOf(doc.department())) + " · " + doc.year() + " · " + doc.kind().id()
                + " · " + doc.tables().size() + " tables · checks " + doc.checkCounts().entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("")
                + "</p><p class=\"legend\"><span class=\"verified\">verified</span> <span class=\"ok\">read, unchecked</span> <span class=\"repaired\">repaired</span>"
                + " <span class=\"recovered\">recovered</span> <span class=\"suspect\">suspect</span> <span class=\"contradicted\">in a failing identity</span></p></header>\n";
    }

    /**
     * The table's region of each page it spans, one under the other, each with an outline box per cell on it for
     * hovering. A page is rendered once: the pages of the table before stay cached for this one (a table ending on
     * the page the next one starts on), the others are let go, so the images of one table's pages are held at a time.
     */
    private static String crops(Pages source, Map<Integer, BufferedImage> cache, Table t) throws IOException {
        Set<Integer> pages = new TreeSet<>(t.pages());
        for (Row r : t.rows()) for (Cell c : r.cells()) if (c.box() != null) pages.add(c.box().page());
        cache.keySet().retainAll(pages);
        StringBuilder b = new StringBuilder();
        for (int page : pages) b.append(crop(source, cache, t, page));
        return b.isEmpty() ? "" : "<div class=\"pages\">\n" + b + "</div>\n";
    }

    /** The table's region of {@code page}, with an outline box per cell on it; empty when no cell has its box there. */
    private static String crop(Pages source, Map<Integer, BufferedImage> cache, Table t, int page) throws IOException {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = 0, y1 = 0;
        for (Row r : t.rows()) for (Cell c : r.cells()) {
            Box b = c.box();
            if (b == null || b.page() != page) continue;
            x0 = Math.min(x0, b.x()); y0 = Math.min(y0, b.y()); x1 = Math.max(x1, b.x() + b.width()); y1 = Math.max(y1, b.y() + b.height());
        }
        if (x0 >= x1) return "";
        BufferedImage img = cache.get(page);
        if (img == null) {
            try {
                img = source.render(page, DPI);
            } catch (IOException | RuntimeException | StackOverflowError e) {
                // damage the reader got past that rendering does not: the table is shown without this page
                return "<p class=\"page\">page " + page + " cannot be shown: " + esc(String.valueOf(e.getMessage())) + "</p>";
            }
            cache.put(page, img);
        }
        double s = DPI / 72.0;
        // the page's full width (row names and codes sit left of the value cells), from the title above to the notes below
        int margin = 40;
        int cx = 0, cy = (int) Math.max(0, y0 * s - margin * 3);
        int cw = img.getWidth(), ch = (int) Math.min(img.getHeight() - cy, (y1 - y0) * s + 4 * margin);
        if (cw <= 0 || ch <= 0) return "";
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img.getSubimage(cx, cy, cw, ch), "png", png);
        StringBuilder b = new StringBuilder("<div class=\"page\" style=\"width:" + cw + "px;height:" + ch + "px\"><img alt=\"page " + page + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png.toByteArray()) + "\">");
        for (Row r : t.rows()) for (Cell c : r.cells()) {
            Box box = c.box();
            if (box == null || box.page() != page) continue;
            b.append(String.format(Locale.ROOT, "<i class=\"box\" id=\"box-%s\" style=\"left:%.0fpx;top:%.0fpx;width:%.0fpx;height:%.0fpx\"></i>",
                    id(t, r, c), box.x() * s - cx, box.y() * s - cy, box.width() * s, box.height() * s));
        }
        return b.append("</div>\n").toString();
    }

    private static String grid(Table t) {
        StringBuilder b = new StringBuilder("<table class=\"grid\"><thead><tr><th>row</th><th>name</th>");
        for (Column c : t.columns()) b.append("<th title=\"").append(esc(String.join(" / ", c.path()))).append("\">").append(esc(c.label())).append("<br><small>").append(esc(c.key())).append("</small></th>");
        b.append("</tr></thead><tbody>\n");
        for (Row r : t.rows()) {
            b.append("<tr><td class=\"key\">").append(esc(r.key().value())).append("</td><td class=\"label\">").append(esc(r.label())).append("</td>");
            for (Column col : t.columns()) {
                Cell c = r.cell(col.key()).orElse(null);
                if (c == null) { b.append("<td></td>"); continue; }
                io.gongkai.model.Verdict verdict = c.verdict();
                String cls = c.status() == CellStatus.SUSPECT ? "suspect" : verdict == io.gongkai.model.Verdict.CONTRADICTED ? "contradicted"
                        : c.status() == CellStatus.RECOVERED ? "recovered" : c.status() == CellStatus.REPAIRED && verdict != io.gongkai.model.Verdict.VERIFIED ? "repaired"
                        : verdict == io.gongkai.model.Verdict.VERIFIED ? "verified" : c.status() == CellStatus.EMPTY ? "empty" : "ok";
                StringBuilder tip = new StringBuilder("raw: ").append(c.raw().isEmpty() ? "(blank)" : c.raw()).append("\nstatus: ").append(c.status().id()).append(", ").append(verdict.id());
                for (Repair rep : c.repairs()) tip.append("\n").append(rep.kind().id()).append(": ").append(rep.after());
                String shown = c.number() != null ? String.format(Locale.ROOT, "%,.2f", c.number()) : c.text();
                b.append("<td class=\"").append(cls).append("\" data-box=\"box-").append(id(t, r, c)).append("\" title=\"").append(esc(tip.toString())).append("\">").append(esc(shown)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }

    private static String checks(List<Check> checks) {
        List<Check> failing = checks.stream().filter(c -> c.status() == CheckStatus.FAIL).toList();
        long holding = checks.stream().filter(c -> c.status().holds()).count();
        StringBuilder b = new StringBuilder("<p class=\"checks\">" + holding + " of " + checks.size() + " identities hold");
        if (failing.isEmpty()) return b.append("</p>\n").toString();
        b.append("; failing:</p><ul class=\"failing\">");
        for (Check c : failing) b.append("<li>").append(esc(c.description())).append(" <b>difference ").append(c.difference()).append("</b></li>");
        return b.append("</ul>\n").toString();
    }

    private static String id(Table t, Row r, Cell c) {
        return (t.ref() + "-" + r.key().value() + "-" + c.column()).replaceAll("[^A-Za-z0-9_-]", "_") + "-" + Integer.toHexString((r.key().value() + c.column()).hashCode());
    }

    private static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s == null ? "" : s);
    }

    private static final String CSS = """
            body{font:14px/1.4 "Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:0;background:#f6f6f4;color:#222}
            header{padding:12px 20px;background:#fff;border-bottom:1px solid #ccc;position:sticky;top:0;z-index:5}
            h1{font-size:18px;margin:0}h2{font-size:16px;margin:0 0 8px}h2 small{color:#666;font-weight:normal}
            section.table{background:#fff;margin:16px 20px;padding:12px;border:1px solid #ddd}
            .pair{display:flex;gap:16px;align-items:flex-start;overflow-x:auto}
            .pages{display:flex;flex-direction:column;gap:8px;flex:none}.page{position:relative;flex:none;border:1px solid #999;zoom:.6}.page img{display:block}
            .box{position:absolute;border:2px solid transparent;box-sizing:border-box}.box.on{border-color:#e00;background:rgba(255,0,0,.12)}
            table.grid{border-collapse:collapse;font-size:12px}table.grid th,table.grid td{border:1px solid #ccc;padding:2px 5px;white-space:nowrap}
            table.grid td{text-align:right}table.grid td.key,table.grid td.label{text-align:left;color:#444}
            .verified{background:#d9f2d9}.ok{background:#fff}.repaired{background:#fff6cc}.recovered{background:#d6e6ff}
            .suspect{background:#ffc9c9;font-weight:bold}.unit.unknown{background:#ffc9c9;color:#000}.contradicted{background:#ffd9a8}.empty{background:#fafafa}
            td.on{outline:2px solid #e00}.legend span{padding:1px 6px;margin-right:4px;border:1px solid #ccc}
            ul.failing{color:#a00}p.checks{color:#555}
            """;

    private static final String SCRIPT = """
            <script>
            document.querySelectorAll('td[data-box]').forEach(td => {
              const box = document.getElementById(td.dataset.box);
              td.addEventListener('mouseenter', () => { td.classList.add('on'); if (box) box.classList.add('on'); });
              td.addEventListener('mouseleave', () => { td.classList.remove('on'); if (box) box.classList.remove('on'); });
            });
            document.body.dataset.reviewReady = document.querySelectorAll('td.suspect,td.recovered,td.contradicted').length;
            </script>
            """;
}
