package io.gongkai.spark;

import io.gongkai.dataset.Relation;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Set;

/**
 * The documents of some files, read: the dataset's relations ({@link Relation}, with its columns and types) over one
 * extraction, which is kept (persisted, in memory and on disk) so that each relation used reads nothing again, until
 * {@link #unpersist()}. A file whose content is a copy of another's (the same SHA-256) is left out, but for the first
 * of them by path.
 *
 * @since 0.1.0
 */
public final class Extraction {
    private final Dataset<Row> perDocument;
    private final Dataset<Row> kept;
    private final Broadcast<?> done;
    private final Set<String> sha256;
    private final long files, copies;

    Extraction(Dataset<Row> perDocument, Dataset<Row> kept, Broadcast<?> done, Set<String> sha256, long files, long copies) {
        this.perDocument = perDocument;
        this.kept = kept;
        this.done = done;
        this.sha256 = sha256;
        this.files = files;
        this.copies = copies;
    }

    /** A relation's rows, its columns in {@link Relation#fields()}' order and {@link GongkaiSpark#schema}'s types. */
    public Dataset<Row> relation(Relation relation) {
        return SparkSchema.relation(kept, relation);
    }

    /** One row per document read ({@link Relation#DOCUMENTS}). */
    public Dataset<Row> documents() {
        return relation(Relation.DOCUMENTS);
    }

    /** One row per table ({@link Relation#TABLES}). */
    public Dataset<Row> tables() {
        return relation(Relation.TABLES);
    }

    /** The tidy dataset: one row per cell ({@link Relation#CELLS}). */
    public Dataset<Row> cells() {
        return relation(Relation.CELLS);
    }

    /** One row per identity checked ({@link Relation#CHECKS}). */
    public Dataset<Row> checks() {
        return relation(Relation.CHECKS);
    }

    /** One row per file that could not be read, and why ({@link Relation#FAILURES}). */
    public Dataset<Row> failures() {
        return relation(Relation.FAILURES);
    }

    /** The SHA-256 of the files read (documents and failures). */
    public Set<String> sha256() {
        return sha256;
    }

    /** How many files were read: documents and failures (not their copies, nor those done before). */
    public long files() {
        return files;
    }

    /** How many files were left out as copies of another file read. */
    public long copies() {
        return copies;
    }

    /** Frees what the extraction keeps; its relations read the files again if used after. */
    public void unpersist() {
        perDocument.unpersist();
        done.destroy();
    }
}
