package io.gongkai.extract.natives;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Native libraries bundled inside jars (OpenCV's, ONNX Runtime's), copied out once per user and version into a cache
 * directory and loaded from there, instead of inflated into a new temporary directory by every JVM. Measured on a
 * 2-page 200 dpi scan read by a fresh JVM: the 65 MB OpenCV library and ONNX Runtime's 16.6 MB took about 0.6 s of
 * CPU to inflate and write on every run (README → Performance).
 *
 * <p>The directory: {@code -Dgongkai.cache.dir=DIR}, else {@code $XDG_CACHE_HOME/gongkai}, else
 * {@code ~/.cache/gongkai}; a library's files go to {@code native/NAME-KEY/} under it, KEY made of each jar entry's
 * CRC-32 and size (read from the jar's directory, without inflating), so another version never takes an old file. A
 * file is written under a temporary name and renamed into place, so a JVM never loads a half-written one and two JVMs
 * starting together each find a whole one. When nothing can be written there (a read-only home, no such resource),
 * {@link #directory} says so and the library's own loader is used. Thread-safe (no state).
 */
public final class NativeCache {
    /** The system property naming the cache directory. */
    public static final String DIRECTORY_PROPERTY = "gongkai.cache.dir";

    private NativeCache() {
    }

    /**
     * The directory holding the class-path resources {@code resources} (absolute, e.g.
     * {@code /nu/pattern/opencv/linux/x86_64/libopencv_java490.so}) under their own file names, copied there now if they
     * are not yet; empty when a resource is missing or the cache cannot be written (the caller loads its own way).
     *
     * @param name      the library's name (a directory name: letters, digits, dashes)
     * @param resources the files, each an absolute class-path resource
     */
    public static Optional<Path> directory(String name, List<String> resources) {
        try {
            Optional<Path> root = root();
            if (root.isEmpty()) return Optional.empty();
            CRC32 key = new CRC32();
            List<URL> urls = new java.util.ArrayList<>();
            List<Stamp> stamps = new java.util.ArrayList<>();
            for (String r : resources) {
                URL url = NativeCache.class.getResource(r);
                if (url == null) return Optional.empty();
                Stamp s = stamp(url);
                if (s.crc() < 0 || s.size() < 0) return Optional.empty(); // nothing to tell versions apart by
                key.update((r + ":" + s.crc() + ":" + s.size() + ";").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                urls.add(url);
                stamps.add(s);
            }
            Path dir = root.get().resolve("native").resolve(name + "-" + Long.toHexString(key.getValue()));
            Files.createDirectories(dir);
            for (int i = 0; i < resources.size(); i++) {
                String r = resources.get(i);
                URL url = urls.get(i);
                Stamp s = stamps.get(i);
                Path target = dir.resolve(r.substring(r.lastIndexOf('/') + 1));
                if (Files.isRegularFile(target) && Files.size(target) == s.size()) continue;
                Path part = Files.createTempFile(dir, target.getFileName().toString(), ".part");
                try (InputStream in = url.openStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            return Optional.of(dir);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * This machine's operating system and processor, as the bundling jars name their natives' folders after them:
     * {@code os} linux, mac or windows, {@code arch} x86_64 or aarch64; empty for any other (the libraries' own loaders
     * are used there).
     */
    public record Platform(String os, String arch) {
        public static Optional<Platform> current() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT), arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            String o = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "mac" : os.startsWith("windows") ? "windows" : null;
            String a = switch (arch) {
                case "amd64", "x86_64" -> "x86_64";
                case "aarch64", "arm64" -> "aarch64";
                default -> null;
            };
            return o == null || a == null ? Optional.empty() : Optional.of(new Platform(o, a));
        }
    }

    /** The cache directory ({@link #DIRECTORY_PROPERTY}, {@code $XDG_CACHE_HOME/gongkai}, {@code ~/.cache/gongkai}), if one can be named. */
    static Optional<Path> root() {
        String property = System.getProperty(DIRECTORY_PROPERTY);
        if (property != null && !property.isBlank()) return Optional.of(Path.of(property.strip()));
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Optional.of(Path.of(xdg, "gongkai"));
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || home.equals("?")) return Optional.empty();
        return Optional.of(Path.of(home, ".cache", "gongkai"));
    }

    /** A resource's CRC-32 and uncompressed size as its jar's directory gives them (a file's: its time and size); -1 when unknown. */
    private record Stamp(long crc, long size) {
    }

    private static Stamp stamp(URL url) throws IOException {
        URLConnection c = url.openConnection();
        if (c instanceof JarURLConnection jar) {
            java.util.jar.JarEntry e = jar.getJarEntry();
            return new Stamp(e.getCrc(), e.getSize());
        }
        if ("file".equals(url.getProtocol().toLowerCase(Locale.ROOT))) {
            try {
                Path p = Path.of(url.toURI());
                return new Stamp(Files.getLastModifiedTime(p).toMillis(), Files.size(p));
            } catch (java.net.URISyntaxException e) {
                throw new IOException(e);
            }
        }
        return new Stamp(-1, -1);
    }
}
