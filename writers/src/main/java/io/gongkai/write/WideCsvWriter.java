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
 * its key and, for money, the table's unit: {@code 本年收入 / 预算数 (1, 元)}, {@code (1, unit unknown)}, and last
 * {@code doubtful}), then one line per row, values as plain numbers (a spreadsheet still sums them), and in
 * {@code doubtful} the keys of the row's flagged cells with their verdict ({@code 1 suspect; 3 contradicted}: suspect,
 * or contradicted by an identity — {@link Cell#flagged}), so that a reader of this file alone sees which figures to
 * check against the page. Thread-safe.
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
        header.add(DOUBTFUL);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (Row r : t.rows()) {
            List<String> line = new ArrayList<>(List.of(r.key().value(), r.label()));
            List<String> doubtful = new ArrayList<>();
            for (Column c : t.columns()) {
                java.util.Optional<Cell> cell = r.cell(c.key());
                line.add(cell.map(WideCsvWriter::value).orElse(""));
                cell.filter(Cell::flagged).ifPresent(x -> doubtful.add(c.key() + " " + doubt(x)));
            }
            line.add(String.join("; ", doubtful));
            csv.printRecord(line);
        }
        csv.flush();
    }

    /** The last column's header: the row's flagged cells. */
    public static final String DOUBTFUL = "doubtful";

    /** Why a flagged cell is doubtful: contradicted by an identity, else suspect. */
    private static String doubt(Cell c) {
        return c.verdict() == io.gongkai.model.Verdict.CONTRADICTED ? c.verdict().id() : io.gongkai.model.CellStatus.SUSPECT.id();
    }

    static String value(Cell c) {
        return c.number() != null ? c.number().toPlainString() : c.text();
    }
}
