package io.gongkai.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An input whose reading needs more memory than the JVM has (a new user's trial: a 1.2 MB PDF holding a 100,000² image
 * ended in an OutOfMemoryError and its stack trace once the heap was capped) is an input error: exit 3, one line.
 */
class OutOfMemoryTest {

    @Test
    void anImageTooBigForTheHeapIsOneLineAndExit3(@TempDir Path dir) throws IOException, InterruptedException {
        // 12,000 × 12,000 gray pixels: a small PNG whose decoded raster alone (144 MB) is over a 96 MB heap
        Path png = dir.resolve("huge.png");
        ImageIO.write(new BufferedImage(12_000, 12_000, BufferedImage.TYPE_BYTE_GRAY), "png", png.toFile());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", png.toString(), "--out", dir.resolve("out").toString(), "--no-ocr"))
                .redirectErrorStream(false).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.exitValue(), err);
        assertTrue(err.contains("needs more memory than this Java has"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }
}
