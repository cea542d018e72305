package io.dfloverlay.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Line-by-line ASCII scanner with allocation-free integer tokenizing, for the text graph formats.
 * Reads through a 64 KiB buffer; a line is copied into a reusable byte array, so memory stays
 * {@code O(longest line)}. Tokens are separated by spaces, tabs and {@code \r}. Not thread-safe.
 */
final class LineScanner implements Closeable, SourcePosition {
    private static final int MAX_TOKENS = 16;

    private final InputStream in;
    private final String file;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[256];
    private int len;
    private long lineNumber;
    private long bytesRead;
    private final int[] tokStart = new int[MAX_TOKENS];
    private final int[] tokEnd = new int[MAX_TOKENS];
    private int tokens;

    LineScanner(Path path) throws IOException {
        GraphFiles.requireNotDirectory(path);
        this.in = Files.newInputStream(path);
        this.file = path.toString();
    }

    @Override
    public String file() {
        return file;
    }

    /** Advances to the next line; false at end of input. */
    boolean next() throws IOException {
        len = 0;
        tokens = -1;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit > 0) bytesRead += limit;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) return false;
                    lineNumber++;
                    return true;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') pos++;
            append(start, pos);
            if (pos < limit) {
                pos++;
                lineNumber++;
                return true;
            }
        }
    }

    private void append(int from, int to) {
        int k = to - from;
        if (len + k > line.length) line = Arrays.copyOf(line, Math.max(2 * line.length, len + k));
        System.arraycopy(buf, from, line, len, k);
        len += k;
    }

    /** Bytes of the file before the next line: the current line and its line break included. */
    long position() {
        return bytesRead - (limit - pos);
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    /** The current line as text, without the line break. */
    String text() {
        int end = len;
        if (end > 0 && line[end - 1] == '\r') end--;
        return new String(line, 0, end, StandardCharsets.UTF_8);
    }

    /** The first non-blank character of the line, or -1 if the line is blank. */
    int firstChar() {
        for (int i = 0; i < len; i++) if (!isSpace(line[i])) return line[i];
        return -1;
    }

    /** The line's text after its first non-blank character, stripped (for comment lines). */
    String commentBody() {
        String t = text().strip();
        return t.isEmpty() ? t : t.substring(1).strip();
    }

    /** Splits the line into tokens and returns how many there are. */
    int tokenize() {
        if (tokens >= 0) return tokens;
        int count = 0;
        int i = 0;
        while (true) {
            while (i < len && isSpace(line[i])) i++;
            if (i == len) break;
            int s = i;
            while (i < len && !isSpace(line[i])) i++;
            if (count < MAX_TOKENS) {
                tokStart[count] = s;
                tokEnd[count] = i;
            }
            count++;
        }
        tokens = count;
        return count;
    }

    /** Token {@code t} parsed as a decimal integer, or {@link Long#MIN_VALUE} if it is not one. */
    long longToken(int t) {
        int i = tokStart[t], end = tokEnd[t];
        boolean neg = false;
        if (line[i] == '-' || line[i] == '+') {
            neg = line[i] == '-';
            i++;
        }
        if (i == end || end - i > 18) return Long.MIN_VALUE;
        long v = 0;
        for (; i < end; i++) {
            int d = line[i] - '0';
            if (d < 0 || d > 9) return Long.MIN_VALUE;
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }

    /** Token {@code t} parsed as a double, or NaN if it is not a number. */
    double doubleToken(int t) {
        try {
            return Double.parseDouble(token(t));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Token {@code t} as text. */
    String token(int t) {
        return new String(line, tokStart[t], tokEnd[t] - tokStart[t], StandardCharsets.US_ASCII);
    }

    /**
     * Parses the line as exactly {@code dest.length} integers into {@code dest}.
     *
     * @throws GraphFormatException "expected k integers, got '...'" otherwise
     */
    void requireLongs(long[] dest) throws GraphFormatException {
        int k = dest.length;
        boolean ok = tokenize() == k;
        for (int t = 0; ok && t < k; t++) {
            dest[t] = longToken(t);
            ok = dest[t] != Long.MIN_VALUE;
        }
        if (!ok) throw error("expected " + k + " integer" + (k == 1 ? "" : "s") + ", got '" + text().strip() + "'");
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\f';
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
