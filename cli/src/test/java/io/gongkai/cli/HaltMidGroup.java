package io.gongkai.cli;

import io.gongkai.write.DuckDbDataset;

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
        DuckDbDataset dataset = new DuckDbDataset(Path.of(args[0]), 1);
        // every document read first: a group is due a second after its first document, and on a busy machine reading
        // two documents between appends took longer than that (the group committed before the halt)
        java.util.List<DuckDbDataset.Prepared> read = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            read.add(DuckDbDataset.prepare(Gongkai.extract(file), file));
        }
        DuckDbDataset.Writer writer = dataset.writer();
        for (int i = 0; i < read.size(); i++) writer.add(read.get(i), i == 0);
        System.out.println("appended, halting");
        System.out.flush();
        Runtime.getRuntime().halt(137);
    }
}
