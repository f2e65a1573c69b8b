package io.gongkai.dataset;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A file that could not be read: a row of {@link Relation#FAILURES}.
 *
 * @param path     where it is (a path or a URI)
 * @param sha256   the SHA-256 of its bytes, NULL when they could not be read
 * @param error    why, in a sentence a person can act on
 * @param failedAt when
 * @since 0.1.0
 */
public record Failure(String path, String sha256, String error, LocalDateTime failedAt) {

    /** The failure of reading a file, with {@link #reason} of what was thrown. */
    public static Failure of(String path, String sha256, Throwable thrown, LocalDateTime failedAt) {
        return new Failure(path, sha256, reason(thrown), failedAt);
    }

    /**
     * Why a document could not be read, from what reading it threw: a {@link io.gongkai.error.GongkaiException}'s
     * message (they say what to do: {@code the PDF is damaged: …}, {@code … over its time budget …});
     * {@code cannot read: …} for an I/O error; {@code internal error (a bug: please report it with the input): …} for
     * anything else, an error of the reader itself met on this input (a {@code NullPointerException}, a stack overflow,
     * a class that would not load), which the batch records like any other and goes on.
     */
    public static String reason(Throwable thrown) {
        String message = thrown.getMessage() == null ? thrown.toString() : thrown.getMessage();
        if (thrown instanceof IOException || thrown instanceof java.io.UncheckedIOException) return "cannot read: " + message;
        if (thrown instanceof io.gongkai.error.GongkaiException) return message;
        return INTERNAL + thrown;
    }

    /** How {@link #reason} begins for an error of the reader itself. */
    public static final String INTERNAL = "internal error (a bug: please report it with the input): ";

    /** Its row, in {@link Relation#FAILURES}' column order. */
    public List<Object> row() {
        return Relation.FAILURES.row(path, sha256, error, failedAt);
    }
}
