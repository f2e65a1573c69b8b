package io.gongkai.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The job run on a session (local[1]) with its output inside its input: refused as a usage error before anything is
 * listed or written. Before, it ran, wrote the dataset among the inputs, and each rerun listed it with them.
 */
class OutputInsideInputJobTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[1]").appName("gongkai-test").config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void theJobRefusesAnOutputInsideItsInput() throws Exception {
        Path in = Inputs.fresh(Path.of("target", "output-inside-input"));
        Files.writeString(in.resolve("note.txt"), "这是一段没有表格的说明文字。\n", StandardCharsets.UTF_8);
        for (Path out : new Path[]{in.resolve("fiscal"), in}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExtractJob.run(spark, "--input", in.toString(), "--output", out.toString()));
            assertEquals("--output '" + out + "': " + (out.equals(in) ? "the input '" + in + "' itself" : "inside the input '" + in + "'")
                    + ", which is read recursively: each run would list the dataset among the files to read; choose a folder outside the inputs", e.getMessage());
        }
        assertFalse(Files.exists(in.resolve("fiscal")) || Files.exists(in.resolve("documents")), "nothing written");
    }
}
