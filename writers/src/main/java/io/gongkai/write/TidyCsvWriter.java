package io.gongkai.write;

import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Document;
import io.gongkai.model.MoneyUnit;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes one line per cell ("tidy" data): the columns in {@link #HEADER}, documented in README ("CSV output").
 * Thread-safe.
 */
public final class TidyCsvWriter implements DocumentWriter {
    public static final String[] HEADER = {"source", "department", "year", "table", "template", "printed_number", "title",
            "unit", "page", "row_key", "row_label", "col_key", "col_label", "value", "raw", "status", "verified"};

    /**
     * Writes the document as a CSV file at {@code target}, UTF-8 with a byte order mark (so that spreadsheet programs
     * read it as UTF-8).
     */
    @Override
    public void write(Document doc, java.nio.file.Path target) throws IOException {
        try (Writer out = Targets.text(target)) {
            out.write('\uFEFF');
            write(doc, out);
        }
    }

    /** Writes the document's cells as CSV to {@code out} (not closed). */
    public void write(Document doc, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        for (Table t : doc.tables()) {
            for (Row r : t.rows()) {
                for (Cell c : r.cells()) {
                    Integer page = t.pageOf(c);
                    String colLabel = t.column(c.column()).map(Column::label).orElse(c.column());
                    csv.printRecord(doc.source(), doc.department(), doc.year(), t.ref(), t.templateId(), t.printedNumber(),
                            t.title(), t.unitOf(r, c.column()).map(MoneyUnit::label).orElse("") /* 元, 万元 or unknown; none but for amounts (not counts) */, page, r.key().value(), r.label(), c.column(), colLabel,
                            value(t, c), c.raw(), c.status().id(),
                            c.verdict().id());
                }
            }
        }
        csv.flush();
    }

    /**
     * The number as plain digits; for a cell of text, its text; for an amount, a count or a percentage without a
     * number (blank, or a dash printed for nothing), nothing, as the JSON's null — its raw column keeps the dash.
     */
    private static String value(Table t, Cell c) {
        if (c.number() != null) return c.number().toPlainString();
        boolean numeric = t.column(c.column()).map(col -> col.kind() != Column.Kind.TEXT).orElse(false);
        return numeric ? "" : c.text();
    }
}
