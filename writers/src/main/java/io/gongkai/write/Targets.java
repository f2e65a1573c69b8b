package io.gongkai.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a writer writes to, their parent folders made first. */
final class Targets {
    private Targets() {
    }

    /** The folder {@code dir}, made with its parents if missing. */
    static Path folder(Path dir) throws IOException {
        return Files.createDirectories(dir);
    }

    /** A new (or truncated) file at {@code target}, for bytes. */
    static OutputStream bytes(Path target) throws IOException {
        parent(target);
        return Files.newOutputStream(target);
    }

    /** A new (or truncated) file at {@code target}, for UTF-8 text. */
    static Writer text(Path target) throws IOException {
        parent(target);
        return Files.newBufferedWriter(target, StandardCharsets.UTF_8);
    }

    private static void parent(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
    }
}
