package io.gongkai.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gongkai.model.Cell;
import io.gongkai.model.Check;
import io.gongkai.model.Column;
import io.gongkai.model.Diagnostic;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Repair;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import io.gongkai.view.Summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a document as JSON: document → tables → rows → cells (value, raw, status, verified, page, box, repairs,
 * checks), with every check. A cell's {@code page} is {@link Table#pageOf}: the page the tidy CSV and the dataset give
 * it, present on a cell read without a box too. The layout is documented in README ("JSON output"). Thread-safe.
 */
public final class JsonWriter implements DocumentWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Writes the document as a JSON file at {@code target}. */
    @Override
    public void write(Document doc, java.nio.file.Path target) throws IOException {
        try (OutputStream out = Targets.bytes(target)) {
            write(doc, out);
        }
    }

    /** Writes the document as JSON to {@code out} (not closed). */
    public void write(Document doc, OutputStream out) throws IOException {
        JSON.writeValue(out, toTree(doc));
    }

    /** The document as a JSON tree, as {@link #write(Document, OutputStream)} writes it. */
    public ObjectNode toTree(Document doc) {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", doc.source());
        root.put("sha256", doc.sha256());
        root.put("department", doc.department());
        if (doc.year() == null) root.putNull("year"); else root.put("year", doc.year());
        root.put("kind", doc.kind().id());
        unit(root, doc.unit());
        root.set("summary", summary(Summary.of(doc)));
        root.set("diagnostics", diagnostics(doc.diagnostics()));
        ArrayNode tables = root.putArray("tables");
        for (Table t : doc.tables()) tables.add(table(t));
        root.set("checks", checks(doc.checks()));
        return root;
    }

    private ObjectNode table(Table t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ref", t.ref());
        n.put("template", t.templateId());
        n.put("printed_number", t.printedNumber());
        n.put("title", t.title());
        unit(n, t.unit());
        ObjectNode from = n.putObject("unit_source");
        from.put("kind", t.unitSource().kind().id());
        from.put("detail", t.unitSource().detail());
        ArrayNode pages = n.putArray("pages");
        t.pages().forEach(pages::add);
        n.put("line", t.line());
        ObjectNode id = n.putObject("identification");
        if (t.identification().variant() != null) id.put("variant", t.identification().variant());
        id.put("score", Math.round(t.identification().score() * 1000) / 1000.0);
        ArrayNode reasons = id.putArray("reasons");
        t.identification().reasons().forEach(reasons::add);
        ArrayNode cols = n.putArray("columns");
        for (Column c : t.columns()) {
            ObjectNode cn = cols.addObject();
            cn.put("key", c.key());
            ArrayNode path = cn.putArray("path");
            c.path().forEach(path::add);
            cn.put("kind", c.kind().id());
        }
        ArrayNode rows = n.putArray("rows");
        for (Row r : t.rows()) {
            ObjectNode rn = rows.addObject();
            rn.put("key", r.key().value());
            rn.put("key_kind", r.key().kind().id());
            rn.put("level", r.key().level());
            rn.put("label", r.label());
            // a row of counts (公务用车保有量(辆)) in a column of amounts: its figures are in no money unit
            r.countUnit().ifPresent(u -> rn.put("count_unit", u));
            rn.put("line", r.line());
            rn.set("repairs", repairs(r.repairs()));
            ArrayNode cells = rn.putArray("cells");
            for (Cell c : r.cells()) {
                ObjectNode cn = cells.addObject();
                cn.put("column", c.column());
                if (c.number() != null) cn.put("value", c.number()); else cn.putNull("value");
                cn.put("text", c.text());
                cn.put("raw", c.raw());
                cn.put("status", c.status().id());
                cn.put("verified", c.verdict().id());
                cn.put("confidence", Math.round(c.confidence() * 1000) / 1000.0);
                // the page every output gives the cell: its box's, else its table's first (a cell read without a box)
                Integer page = t.pageOf(c);
                if (page != null) cn.put("page", page); else cn.putNull("page");
                if (c.box() != null) {
                    ObjectNode b = cn.putObject("box");
                    b.put("page", c.box().page());
                    b.put("x", c.box().x());
                    b.put("y", c.box().y());
                    b.put("width", c.box().width());
                    b.put("height", c.box().height());
                }
                cn.set("repairs", repairs(c.repairs()));
                ArrayNode ids = cn.putArray("checks");
                c.identities().forEach(ids::add);
            }
        }
        n.set("checks", checks(t.checks()));
        ArrayNode notes = n.putArray("notes");
        t.notes().forEach(notes::add);
        n.set("diagnostics", diagnostics(t.diagnostics()));
        return n;
    }

    /** 元 or 万元; null when unknown (the table's amounts are then suspect, and {@code unit_source} says why). */
    private static void unit(ObjectNode n, MoneyUnit unit) {
        if (unit.known()) n.put("unit", unit.label()); else n.putNull("unit");
    }

    private ArrayNode repairs(List<Repair> repairs) {
        ArrayNode a = JSON.createArrayNode();
        for (Repair r : repairs) {
            ObjectNode o = a.addObject();
            o.put("kind", r.kind().id());
            o.put("before", r.before());
            o.put("after", r.after());
        }
        return a;
    }

    private ArrayNode checks(List<Check> checks) {
        ArrayNode a = JSON.createArrayNode();
        for (Check c : checks) {
            ObjectNode o = a.addObject();
            o.put("id", c.identity());
            o.put("status", c.status().id());
            o.put("description", c.description());
            if (c.expected() != null) o.put("expected", c.expected()); else o.putNull("expected");
            if (c.actual() != null) o.put("actual", c.actual()); else o.putNull("actual");
            if (c.difference() != null) o.put("difference", c.difference()); else o.putNull("difference");
            ArrayNode cells = o.putArray("cells");
            c.cells().forEach(r -> cells.add(r.toString()));
        }
        return a;
    }

    private ArrayNode diagnostics(List<Diagnostic> diags) {
        ArrayNode a = JSON.createArrayNode();
        for (Diagnostic d : diags) {
            ObjectNode o = a.addObject();
            o.put("severity", d.severity().id());
            o.put("where", d.where());
            o.put("message", d.message());
        }
        return a;
    }

    /** The document's summary as JSON: its tables, templates, cells by status and checks by status. */
    private static ObjectNode summary(Summary s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("tables", s.tables());
        n.put("unidentified_tables", s.unidentified());
        n.put("unknown_unit_tables", s.unknownUnits().size());
        n.put("unreadable_tables", s.unreadable().size());
        ObjectNode t = n.putObject("templates");
        s.templates().forEach(t::put);
        ObjectNode c = n.putObject("cells");
        s.cells().forEach((k, v) -> c.put(k.id(), v));
        ObjectNode k = n.putObject("checks");
        s.checks().forEach((status, v) -> k.put(status.id(), v));
        return n;
    }

}
