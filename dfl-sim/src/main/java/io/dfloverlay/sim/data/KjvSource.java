package io.dfloverlay.sim.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Finds and reads the King James Bible (public domain). Resolution ({@link #load(String)}): an
 * explicit file in the {@code bible} program's layout ({@link BibleText}) → that; else, when
 * Debian's {@code bible-kjv} package is installed (the {@value #PROGRAM} program and its data file
 * {@value #DATA_FILE}), the whole text printed once by {@code bible -l100000 "Gen1:1-Rev22:21"} and
 * cached as plain text under {@code $XDG_CACHE_HOME/dfl-overlay} (default {@code ~/.cache/dfl-overlay};
 * the system temporary directory when that cannot be written), keyed by the data file's size and
 * time, written atomically; else the embedded sample: 28 whole books (Genesis, Ruth, Esther, Song
 * of Solomon, Lamentations, the twelve minor prophets but Hosea, Amos and Zechariah, Mark, the
 * shorter epistles and Revelation; 619 KB of text, 191 KB gzipped), extracted from the program's output with
 * {@code awk} by book name (docs/language.md gives the command).
 */
public final class KjvSource {
    /** The program of Debian's {@code bible-kjv}. */
    public static final String PROGRAM = "bible";
    /** The data file of Debian's {@code bible-kjv-text}. */
    public static final String DATA_FILE = "/usr/lib/bible.data";
    /** Class-path resource of the embedded sample (gzip). */
    public static final String SAMPLE_RESOURCE = "/io/dfloverlay/sim/data/kjv-sample/kjv-sample.txt.gz";
    private static final String WHOLE_TEXT = "Gen1:1-Rev22:21";

    private KjvSource() {}

    /**
     * A text read from somewhere.
     *
     * @param text  the books
     * @param copy  {@link DataIdentity#EMBEDDED_SAMPLE}, {@link DataIdentity#BIBLE_KJV} or {@link DataIdentity#FILES}
     * @param path  absolute path of the file read (the cache for {@code bible-kjv}), null for the sample
     */
    public record Loaded(BibleText text, String copy, String path) {}

    /**
     * Loads by the resolution order above.
     *
     * @param file explicit text file, or null/blank for the default
     * @return the text and which copy it is
     * @throws IllegalArgumentException when an explicit file is missing or not in the layout (one line)
     * @throws UncheckedIOException     when the program or the cache fails
     */
    public static Loaded load(String file) {
        if (file != null && !file.isBlank()) {
            Path p = Path.of(file).toAbsolutePath().normalize();
            if (!Files.isRegularFile(p))
                throw new IllegalArgumentException("text file " + p + " not found; install Debian's bible-kjv (`apt-get install bible-kjv`)"
                        + " or pass a file in the bible program's layout");
            return new Loaded(readFile(p), DataIdentity.FILES, p.toString());
        }
        Path program = installedProgram();
        if (program == null) return loadEmbeddedSample();
        Path cache = cachedText(program);
        return new Loaded(readFile(cache), DataIdentity.BIBLE_KJV, cache.toString());
    }

    /**
     * The embedded sample.
     *
     * @return its 28 books
     */
    public static Loaded loadEmbeddedSample() {
        try (InputStream raw = KjvSource.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (raw == null) throw new IllegalStateException("embedded KJV sample missing from the class path: " + SAMPLE_RESOURCE);
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
            return new Loaded(BibleText.parse(in, "embedded KJV sample"), DataIdentity.EMBEDDED_SAMPLE, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded KJV sample: " + e.getMessage(), e);
        }
    }

    /**
     * The {@value #PROGRAM} program on the {@code PATH}, when its data file is installed too.
     *
     * @return its path, or null when {@code bible-kjv} is not installed
     */
    public static Path installedProgram() {
        if (!Files.isRegularFile(Path.of(DATA_FILE))) return null;
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, PROGRAM);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }

    private static BibleText readFile(Path p) {
        try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return BibleText.parse(in, p.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The cached plain text of the installed program's data, made on first use. */
    private static Path cachedText(Path program) {
        try {
            Path data = Path.of(DATA_FILE);
            String key = Files.size(data) + "-" + Files.getLastModifiedTime(data).toMillis();
            Path dir = cacheDirectory();
            Path cache = dir.resolve("kjv-" + key + ".txt");
            if (Files.isRegularFile(cache)) return cache;
            Path tmp = Files.createTempFile(dir, "kjv-", ".tmp");
            try {
                Process p = new ProcessBuilder(program.toString(), "-l100000", WHOLE_TEXT)
                        .redirectOutput(tmp.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException(program + " did not finish within 120 s");
                }
                if (p.exitValue() != 0) throw new IOException(program + " exited with status " + p.exitValue());
                Files.move(tmp, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return cache;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cache the KJV text printed by " + program + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while reading the KJV text", e));
        }
    }

    private static Path cacheDirectory() throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path home = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path dir = home.resolve("dfl-overlay");
        try {
            Files.createDirectories(dir);
            if (Files.isWritable(dir)) return dir;
        } catch (IOException | SecurityException unwritable) {
            // fall back to the temporary directory
        }
        dir = Path.of(System.getProperty("java.io.tmpdir"), "dfl-overlay-" + System.getProperty("user.name"));
        Files.createDirectories(dir);
        return dir;
    }
}
