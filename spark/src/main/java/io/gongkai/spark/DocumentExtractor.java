package io.gongkai.spark;

import io.gongkai.budget.Budget;
import io.gongkai.Gongkai;
import io.gongkai.Options;
import io.gongkai.dataset.DocumentRows;
import io.gongkai.dataset.Failure;
import io.gongkai.dataset.Relation;
import io.gongkai.model.Document;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Reads the documents of a partition of files ({@code path}, {@code content}: Spark's binaryFile source) into rows of
 * {@link SparkSchema#PER_DOCUMENT}, one a file: its dataset rows, or its failure (what reading it threw, or the time
 * limit passed); none for a file whose SHA-256 is among those done. Runs on the executors; each task thread reads one
 * document at a time.
 *
 * @param options how each document is read
 * @param done    the SHA-256 of the files not to read again (a broadcast: every executor holds one copy)
 */
record DocumentExtractor(SparkOptions options, Broadcast<Set<String>> done) implements MapPartitionsFunction<Row, Row> {

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        Options read = options.options();
        Set<String> skip = done.value();
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && files.hasNext()) {
                    Row file = files.next();
                    byte[] content = file.getAs("content");
                    String sha = io.gongkai.Gongkai.sha256(content);
                    if (!skip.contains(sha)) next = read(file.getAs(SparkSchema.PATH), content, sha, read);
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                Row row = next;
                next = null;
                return row;
            }
        };
    }

    private Row read(String path, byte[] content, String sha, Options read) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        try {
            DocumentRows rows = DocumentTimeout.call(() -> {
                Budget.Deadline deadline = read.budget().start().source(name);
                Document doc = Gongkai.extract(new ByteArrayInputStream(content), name, read, deadline);
                deadline.check("preparing its rows for the dataset");
                return DocumentRows.of(doc, path, LocalDateTime.now());
            }, options.docTimeout());
            return row(sha, path, rows, null);
        } catch (TimeoutException e) {
            return row(sha, path, null, new Failure(path, sha, "timeout after " + options.timeoutText(), LocalDateTime.now()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            // as batch records them: what the reader threw, and a bug met on this input (a stack overflow, a class that
            // would not load); any other error (the executor out of memory) fails the task, for Spark to try again
            if (cause instanceof Error && !(cause instanceof StackOverflowError || cause instanceof LinkageError)) throw (Error) cause;
            return row(sha, path, null, Failure.of(path, sha, cause, LocalDateTime.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + path, e);
        }
    }

    /** The row of one file ({@link SparkSchema#PER_DOCUMENT}): its document's rows, or its failure. */
    private static Row row(String sha, String path, DocumentRows rows, Failure failure) {
        List<Object> values = new ArrayList<>();
        for (String c : SparkSchema.DOCUMENT_COLUMNS) values.add(rows == null ? (c.equals(SparkSchema.SHA256) ? sha : null) : rows.document().get(Relation.DOCUMENTS.index(c)));
        values.add(path);
        for (Relation r : Relation.values()) {
            if (r == Relation.FAILURES) values.add(SparkSchema.array(r, failure == null ? List.of() : List.of(failure.row())));
            else values.add(SparkSchema.array(r, rows == null ? List.of() : rows.rows(r)));
        }
        return RowFactory.create(values.toArray());
    }

}
