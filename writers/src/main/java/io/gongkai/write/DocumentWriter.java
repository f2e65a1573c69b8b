package io.gongkai.write;

import io.gongkai.model.Document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One output of a read document. Every output is a projection of the {@link Document}: each reads the cells' verdicts
 * (decided once, by validation: {@link io.gongkai.model.Cell#verdict()}) and none recomputes them. The writers:
 * {@link JsonWriter} (the document as JSON), {@link TidyCsvWriter} (a row a cell), {@link WideCsvWriter} (a folder, a
 * CSV a table, laid out as printed), {@link XlsxWriter} (a workbook, a sheet a table, cells coloured by verdict),
 * {@link ReviewPage} (an HTML page, each table beside its page image) and {@link DuckDbDataset} (the tidy dataset in an
 * embedded DuckDB database, the document added to it; Parquet as its export). Implementations are thread-safe.
 */
public interface DocumentWriter {

    /**
     * Writes a document to {@code target}: the file of this writer's format, the folder of its files (wide CSV), or the
     * dataset the document is added to (DuckDB). Missing parent folders are made.
     *
     * @throws IOException when the target cannot be written
     */
    void write(Document doc, Path target) throws IOException;
}
