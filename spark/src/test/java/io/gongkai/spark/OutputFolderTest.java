package io.gongkai.spark;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job refuses an output folder where it reads, from its arguments alone (no Spark session: the paths are qualified
 * by Hadoop's local file system). Before, {@code --output} inside {@code --input} was taken, and each run listed its own
 * dataset among the files to read.
 */
class OutputFolderTest {
    private static final Configuration LOCAL = new Configuration();

    /** The job's arguments checked as {@code run} checks them before it lists anything. */
    private static IllegalArgumentException refused(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> ExtractJob.parse(args).checkOutput(LOCAL), String.join(" ", args));
    }

    @Test
    void anOutputInsideOrEqualToAnInputIsRefused(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in")), other = Files.createDirectories(dir.resolve("other"));
        assertEquals("--output '" + in.resolve("out") + "': inside the input '" + in + "', which is read recursively: each run would list the dataset among the files to read; "
                + "choose a folder outside the inputs", refused("--input", other.toString(), in.toString(), "--output", in.resolve("out").toString()).getMessage());
        assertTrue(refused("--input", in.toString(), "--output", in + "/").getMessage().contains(": the input '" + in + "' itself,"));
        // the same folder as a URI, and the output as a relative path (in the working folder)
        refused("--input", in.toUri().toString(), "--output", in.resolve("out").toString());
        Path cwd = Path.of("").toAbsolutePath();
        refused("--input", cwd.toString(), "--output", "target/out");
        // a glob: its components matched as Hadoop matches them
        refused("--input", dir + "/*/", "--output", in.resolve("fiscal").toString());
        refused("--input", dir + "/{in,other}", "--output", other.resolve("fiscal").toString());
    }

    @Test
    void anOutputBesideTheInputsIsTaken(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (List<String> args : List.of(
                List.of("--input", in.toString(), "--output", dir.resolve("out").toString()),
                List.of("--input", in.toString(), "--output", dir.resolve("in2").toString()),  // a name that begins as the input's
                List.of("--input", dir + "/*.pdf", "--output", dir.resolve("fiscal").toString()),  // the glob matches no folder of it
                List.of("--input", in.resolve("a.pdf").toString(), "--output", dir.toString()))) {
            ExtractJob job = ExtractJob.parse(args.toArray(String[]::new));
            job.checkOutput(LOCAL);
            assertNull(OutputFolder.conflict(args.get(3), List.of(args.get(1)), LOCAL), args.toString());
        }
    }
}
