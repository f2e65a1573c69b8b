package io.gongkai.cli;

import io.gongkai.Gongkai;

import java.nio.file.Path;

/**
 * Run in a JVM of its own by {@link DatasetTest}: writes the first file's document into the dataset and commits it,
 * appends the others' without committing them (their group not yet due), then halts as {@code kill -9} would: no
 * shutdown hook, no close.
 * <pre>HaltMidGroup DB FILE...</pre>
 */
final class HaltMidGroup {
    private HaltMidGroup() {
    }

    public static void main(String[] args) throws Exception {
        Dataset dataset = new Dataset(Path.of(args[0]), 1);
        Dataset.Writer writer = dataset.writer();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            writer.add(Dataset.prepare(Gongkai.extract(file), file), i == 1);
        }
        System.out.println("appended, halting");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
