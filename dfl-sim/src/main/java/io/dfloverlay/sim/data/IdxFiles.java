package io.dfloverlay.sim.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes the IDX format of MNIST/Fashion-MNIST (LeCun et al.): a big-endian header
 * {@code 0x00 0x00 type ndims}, one int per dimension, then unsigned bytes. Only type {@code 0x08}
 * (unsigned byte) is supported. Input may be gzip-compressed (detected by its magic bytes).
 * Reading is streaming, {@code O(size)}.
 */
public final class IdxFiles {
    private static final int UNSIGNED_BYTE = 0x08;

    private IdxFiles() {}

    /**
     * An IDX array: its dimensions and its raw unsigned bytes in row-major order (not copied).
     *
     * @param dims the dimensions, 1 to 4 of them, none negative
     * @param data the unsigned bytes, row-major; length the product of {@code dims}
     */
    public record IdxArray(int[] dims, byte[] data) {
        /** {@return the number of items (the first dimension)} */
        public int count() {
            return dims[0];
        }

        /** {@return the product of the remaining dimensions (784 for 28 x 28 images, 1 for labels)} */
        public int itemSize() {
            int s = 1;
            for (int i = 1; i < dims.length; i++) s *= dims[i];
            return s;
        }
    }

    /**
     * Reads an IDX file, plain or gzip.
     *
     * @param file the file
     * @return its array
     * @throws IOException if the file cannot be read, or naming the file on malformed input
     */
    public static IdxArray read(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
            return read(in, file.toString());
        }
    }

    /**
     * Reads an IDX array from a stream (not closed); {@code what} names it in errors.
     *
     * @param stream the uncompressed IDX bytes
     * @param what   the source's name for error messages, e.g. a path
     * @return the array
     * @throws IOException if the stream cannot be read, or naming {@code what} on malformed or truncated input
     */
    public static IdxArray read(InputStream stream, String what) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        int magic = in.readInt();
        if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xff) != UNSIGNED_BYTE)
            throw new IOException(what + ": not an unsigned-byte IDX file (magic 0x" + Integer.toHexString(magic) + ")");
        int ndims = magic & 0xff;
        if (ndims < 1 || ndims > 4) throw new IOException(what + ": unsupported IDX rank " + ndims);
        int[] dims = new int[ndims];
        long total = 1;
        for (int i = 0; i < ndims; i++) {
            dims[i] = in.readInt();
            if (dims[i] < 0) throw new IOException(what + ": negative dimension " + dims[i]);
            total *= dims[i];
        }
        if (total > Integer.MAX_VALUE - 16) throw new IOException(what + ": IDX array too large (" + total + " bytes)");
        byte[] data = new byte[(int) total];
        try {
            in.readFully(data);
        } catch (java.io.EOFException e) {
            throw new IOException(what + ": truncated IDX file (expected " + total + " data bytes)", e);
        }
        return new IdxArray(dims, data);
    }

    /**
     * Writes an unsigned-byte IDX file atomically (temporary file, then move), gzip-compressed when {@code gzip}.
     *
     * @param file the target file; missing parent directories are created
     * @param dims the dimensions
     * @param data the unsigned bytes, row-major; length the product of {@code dims}
     * @param gzip whether to gzip the file
     * @throws IllegalArgumentException if the data length is not the product of the dimensions
     * @throws IOException              if the file cannot be written
     */
    public static void write(Path file, int[] dims, byte[] data, boolean gzip) throws IOException {
        long total = 1;
        for (int d : dims) total *= d;
        if (total != data.length) throw new IllegalArgumentException("data length " + data.length + " != product of dims " + total);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 2 + 64);
        try (OutputStream sink = gzip ? new GZIPOutputStream(bytes) : bytes; DataOutputStream out = new DataOutputStream(sink)) {
            out.writeInt((UNSIGNED_BYTE << 8) | dims.length);
            for (int d : dims) out.writeInt(d);
            out.write(data);
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes.toByteArray());
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
