package io.dfloverlay.sim.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Which copy of a dataset a run used, precisely enough to refuse replaying on other data: the copy
 * ({@value #EMBEDDED_SAMPLE}, {@value #FILES} read from a directory or file, {@value #BIBLE_KJV}
 * for the installed Bible text, or {@value #GENERATED} for a synthetic task), the directory, the sizes, and a SHA-256 of the decoded arrays (features as IEEE
 * float bits, then labels or targets; train set then test set, little-endian), so the same images
 * give the same checksum whether the files are gzipped or not.
 *
 * @param copy          {@value #EMBEDDED_SAMPLE}, {@value #FILES} or {@value #GENERATED}
 * @param path          absolute directory of the files, or null
 * @param trainExamples training examples
 * @param testExamples  test examples
 * @param sha256        lower-case hex SHA-256 of the decoded arrays
 */
public record DataIdentity(String copy, String path, int trainExamples, int testExamples, String sha256) {
    /** The sample of Fashion-MNIST embedded in the jar. */
    public static final String EMBEDDED_SAMPLE = "embedded-sample";
    /** Files read from a directory. */
    public static final String FILES = "files";
    /** The text of Debian's {@code bible-kjv} package (read through its program, then cached). */
    public static final String BIBLE_KJV = "bible-kjv";
    /** A synthetic task generated from the seed. */
    public static final String GENERATED = "generated";

    /**
     * Validates presence.
     *
     * @throws IllegalArgumentException when the copy or checksum is missing or a size is negative
     */
    public DataIdentity {
        if (copy == null || copy.isBlank()) throw new IllegalArgumentException("copy: missing");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("sha256: must be 64 hex digits");
        if (trainExamples < 0 || testExamples < 0) throw new IllegalArgumentException("example counts must be >= 0");
    }

    /**
     * The identity of {@code split}, read as {@code copy} from {@code path}.
     *
     * @param copy  {@value #EMBEDDED_SAMPLE}, {@value #FILES} or {@value #GENERATED}
     * @param path  directory of the files, or null
     * @param split the loaded data
     * @return its identity (hashes every array once: linear in the data size)
     */
    public static DataIdentity of(String copy, String path, DataSplit split) {
        MessageDigest sha = newDigest();
        ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (Dataset d : new Dataset[] {split.train(), split.test()}) {
            for (float f : d.features()) put(sha, buf, Float.floatToIntBits(f));
            if (d.labels() != null) for (int y : d.labels()) put(sha, buf, y);
            if (d.targets() != null) for (float t : d.targets()) put(sha, buf, Float.floatToIntBits(t));
        }
        buf.flip();
        sha.update(buf);
        return new DataIdentity(copy, path, split.train().numExamples(), split.test().numExamples(),
                HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * What differs between this (recorded) identity and {@code found}, as {@code key recorded vs found} phrases.
     *
     * @param found the identity of the data at hand
     * @return the differing fields, empty when the data are the same
     */
    public List<String> differences(DataIdentity found) {
        List<String> d = new ArrayList<>();
        if (!copy.equals(found.copy)) d.add("copy " + copy + " vs " + found.copy);
        if (!Objects.equals(path, found.path)) d.add("path " + (path == null ? "(none)" : path) + " vs " + (found.path == null ? "(none)" : found.path));
        if (trainExamples != found.trainExamples || testExamples != found.testExamples)
            d.add("examples " + trainExamples + "/" + testExamples + " vs " + found.trainExamples + "/" + found.testExamples);
        if (!sha256.equals(found.sha256)) d.add("sha256 " + sha256.substring(0, 12) + "… vs " + found.sha256.substring(0, 12) + "…");
        return d;
    }

    private static void put(MessageDigest sha, ByteBuffer buf, int v) {
        if (buf.remaining() < 4) {
            buf.flip();
            sha.update(buf);
            buf.clear();
        }
        buf.putInt(v);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
