package io.gongkai.spark;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The job's arguments as the command line gives them (no Spark needed). */
class SparkOptionsTest {

    @Test
    void aDurationIsSecondsOrANumberWithItsUnit() {
        assertEquals(Duration.ofSeconds(300), SparkOptions.parseDuration("300"));
        assertEquals(Duration.ofSeconds(300), SparkOptions.parseDuration("300s"));
        assertEquals(Duration.ofMinutes(5), SparkOptions.parseDuration("5m"));
        assertEquals(Duration.ofHours(1), SparkOptions.parseDuration("1h"));
        assertEquals(Duration.ofMillis(500), SparkOptions.parseDuration("500ms"));
        assertEquals(Duration.ofMillis(1500), SparkOptions.parseDuration("1.5s"));
        assertThrows(IllegalArgumentException.class, () -> SparkOptions.parseDuration("five minutes"));
        assertThrows(IllegalArgumentException.class, () -> SparkOptions.parseDuration("-1s"));
    }

    @Test
    void aValueNotUnderstoodNamesItsOptionBeforeAnySessionStarts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExtractJob.parse("--input", "in", "--output", "out", "--doc-timeout", "x"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("--doc-timeout 'x'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ExtractJob.parse("--input", "in", "--output", "out", "--group", "0"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("--group"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ExtractJob.parse("--input", "in", "--output", "out", "--group", "x"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("--group"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ExtractJob.parse("--input", "in", "--output", "out", "--ocr-engine", "easyocr"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("--ocr-engine"), e.getMessage());
    }

    @Test
    void aTimeoutIsSaidInSeconds() {
        assertEquals("300s", SparkOptions.defaults().timeoutText());
        assertEquals("0.001s", SparkOptions.defaults().withDocTimeout(Duration.ofMillis(1)).timeoutText());
    }

    @Test
    void aPathIsReadLiterallyWhateverItsCharacters() {
        assertEquals("file:/in/a b \\[2\\]\\{x,y\\}\\*\\?.pdf", ExtractJob.literal("file:/in/a b [2]{x,y}*?.pdf"));
    }
}
