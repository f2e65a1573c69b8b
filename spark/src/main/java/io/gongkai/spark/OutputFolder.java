package io.gongkai.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.GlobPattern;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the job may write its dataset: not where it reads. The output folder may not be an input folder nor lie
 * inside one, nor inside a folder a glob of the inputs matches (inputs are read recursively: each run would list its
 * own dataset, every file of it, among the files to read). Paths are compared as Spark reads them: qualified by their
 * file system (a path without a scheme is on the default file system, a relative one in its working folder), a glob
 * matched component by component as Hadoop matches it ({@code s3a://b/budgets/*} holds {@code s3a://b/budgets/2024/out}).
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Why the job may not write to {@code output} with these inputs, in a phrase that follows the option and its value
     * ({@code inside the input 'in', …}), or null when it may.
     *
     * @param conf the Hadoop configuration the paths are qualified with (the session's)
     * @throws IllegalArgumentException when a path is on no file system known (its scheme), or a glob is malformed
     */
    static String conflict(String output, List<String> inputs, Configuration conf) {
        Path out = qualified(output, conf);
        for (String input : inputs) {
            Path in = qualified(input, conf);
            if (!sameFileSystem(out.toUri(), in.toUri())) continue;
            List<String> read = components(in), written = components(out);
            if (written.size() < read.size()) continue;
            boolean inside = true;
            for (int i = 0; i < read.size() && inside; i++) inside = new GlobPattern(read.get(i)).matches(written.get(i));
            if (inside) {
                return (written.size() == read.size() ? "the input '" + input + "' itself" : "inside the input '" + input + "'")
                        + ", which is read recursively: each run would list the dataset among the files to read; choose a folder outside the inputs";
            }
        }
        return null;
    }

    private static Path qualified(String path, Configuration conf) {
        Path p = new Path(path);
        try {
            return p.getFileSystem(conf).makeQualified(p);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the path '" + path + "': " + e.getMessage(), e);
        }
    }

    private static boolean sameFileSystem(URI a, URI b) {
        return Objects.equals(lower(a.getScheme()), lower(b.getScheme())) && Objects.equals(lower(a.getAuthority()), lower(b.getAuthority()));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** The names of a qualified path's folders, from its root. */
    private static List<String> components(Path p) {
        return Arrays.stream(p.toUri().getPath().split("/")).filter(c -> !c.isEmpty()).toList();
    }
}
