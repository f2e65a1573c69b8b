package io.gongkai.cli;

import io.gongkai.dataset.Relation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Where {@code batch --parquet DIR} may write: not in what the batch reads. {@code DIR} may not be an input folder nor
 * lie inside one (the folders are read recursively: each rerun would walk its own dataset among the files to read), and
 * no input may lie inside a folder the export writes anew ({@code DIR/documents}, {@code DIR/cells} …: its files would
 * be deleted). Paths are compared as the file system has them: absolute, {@code ..} and links resolved (a folder that
 * does not exist yet by its nearest existing parent).
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Why the Parquet export may not be written to {@code output} with these inputs, in a phrase that follows the
     * option and its value ({@code inside the input folder corpus, …}), or null when it may.
     *
     * @throws IOException when a path cannot be resolved (a link that cannot be read)
     */
    static String conflict(Path output, List<Path> inputs) throws IOException {
        Path out = real(output);
        for (Path in : inputs) {
            Path read = real(in);
            if (Files.isDirectory(read) && out.startsWith(read)) {
                return (out.equals(read) ? "the input folder " + in + " itself" : "inside the input folder " + in)
                        + ", which is read recursively: a rerun would read the dataset's own folder among the documents; choose a folder outside the inputs";
            }
            for (Relation r : Relation.values()) {
                if (read.startsWith(out.resolve(r.id()))) {
                    return "the export writes " + output.resolve(r.id()) + " anew, and the input " + in + " is in it (its files would be deleted); choose another folder";
                }
            }
        }
        return null;
    }

    /** A path as the file system has it: absolute, links and {@code ..} resolved as far as it exists. */
    private static Path real(Path p) throws IOException {
        Path abs = p.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real = existing == null ? abs : existing.toRealPath();
        while (!missing.isEmpty()) real = real.resolve(missing.pop());
        return real;
    }
}
