package io.gongkai.io;

import io.gongkai.model.Cell;
import io.gongkai.model.Column;
import io.gongkai.model.Row;
import io.gongkai.model.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one table as it reads: a header row (row key, row name, then each column's header path joined by " / "),
 * then one line per row, values as plain numbers. Thread-safe.
 */
public final class WideCsvWriter {

    public void write(Table t, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("row_key", "row_label"));
        for (Column c : t.columns()) header.add(c.path().isEmpty() ? c.key() : String.join(" / ", c.path()) + " (" + c.key() + ")");
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
