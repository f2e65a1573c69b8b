package io.gongkai.extract.natives;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeCacheTest {
    /** A resource inside a jar on the class path (the OCR models' jar): the cache keys it by the jar entry's CRC and size. */
    private static final String IN_JAR = "/models/ppocr_keys_v1.txt";

    private static Optional<Path> cached(Path root, String... resources) {
        String before = System.getProperty(NativeCache.DIRECTORY_PROPERTY);
        System.setProperty(NativeCache.DIRECTORY_PROPERTY, root.toString());
        try {
            return NativeCache.directory("test", List.of(resources));
        } finally {
            if (before == null) System.clearProperty(NativeCache.DIRECTORY_PROPERTY);
            else System.setProperty(NativeCache.DIRECTORY_PROPERTY, before);
        }
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = NativeCacheTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aJarsLibraryIsCopiedOutOnceAndFoundAgainAfterwards() throws Exception {
        Path root = Files.createTempDirectory("gongkai-cache");
        Path dir = cached(root, IN_JAR).orElseThrow();
        Path file = dir.resolve("ppocr_keys_v1.txt");
        assertArrayEquals(resource(IN_JAR), Files.readAllBytes(file));
        assertTrue(dir.startsWith(root.resolve("native")), dir.toString());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left beside the library");
        }
        // a second JVM finds it whole and does not write it again
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, written);
        assertEquals(dir, cached(root, IN_JAR).orElseThrow());
        assertEquals(written, Files.getLastModifiedTime(file));
    }

    @Test
    void aFileCutShortIsWrittenAgain() throws Exception {
        Path root = Files.createTempDirectory("gongkai-cache");
        Path file = cached(root, IN_JAR).orElseThrow().resolve("ppocr_keys_v1.txt");
        Files.write(file, new byte[100]);
        cached(root, IN_JAR).orElseThrow();
        assertArrayEquals(resource(IN_JAR), Files.readAllBytes(file));
    }

    @Test
    void withoutTheResourceOrAWritableDirectoryTheLibrarysOwnLoaderIsLeftToIt(@TempDir Path tmp) throws Exception {
        assertEquals(Optional.empty(), cached(tmp, IN_JAR, "/no/such/libnothing.so"));
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        assertEquals(Optional.empty(), cached(notADirectory, IN_JAR));
    }
}
