package io.gongkai.write;

import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Row;
import io.gongkai.model.Document;
import io.gongkai.model.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one table as it reads: a header row (row key, row name, then each column's header path joined by " / ", with
 * its key and, for money, the table's unit: {@code 本年收入 / 预算数 (1, 元)}, {@code (1, unit unknown)}), then one
 * line per row, values as plain numbers. Thread-safe.
 */
public final class WideCsvWriter implements DocumentWriter {

    /**
     * Writes each table of the document as a CSV file in the folder {@code target} (made if missing), named by the
     * table's reference and template ({@code T03-budget-expenditure.csv}), UTF-8 with a byte order mark.
     */
    @Override
    public void write(Document doc, java.nio.file.Path target) throws IOException {
        Targets.folder(target);
        for (Table t : doc.tables()) {
            try (Writer out = Targets.text(target.resolve(fileName(t)))) {
                out.write('\uFEFF');
                write(t, out);
            }
        }
    }

    /** The file a table is written to in the folder: its reference, and its template when identified. */
    public static String fileName(Table t) {
        return t.ref() + (t.templateId() == null ? "" : "-" + t.templateId()) + ".csv";
    }

    /** Writes one table as CSV to {@code out} (not closed). */
    public void write(Table t, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("row_key", "row_label"));
        // the file has no other place for the unit: a 万元 figure read as 元 is 10,000× off
        String unit = t.unit().known() ? t.unit().label() : "unit unknown";
        for (Column c : t.columns()) {
            List<String> tags = new ArrayList<>();
            if (!c.path().isEmpty()) tags.add(c.key());
            if (c.kind() == Column.Kind.MONEY) tags.add(unit);
            String name = c.path().isEmpty() ? c.key() : String.join(" / ", c.path());
            header.add(tags.isEmpty() ? name : name + " (" + String.join(", ", tags) + ")");
        }
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (Row r : t.rows()) {
            List<String> line = new ArrayList<>(List.of(r.key().value(), r.label()));
            for (Column c : t.columns()) line.add(r.cell(c.key()).map(WideCsvWriter::value).orElse(""));
            csv.printRecord(line);
        }
        csv.flush();
    }

    static String value(Cell c) {
        return c.number() != null ? c.number().toPlainString() : c.text();
    }
}
