package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Bulk parser of the entry lines of a Matrix Market coordinate file, the part of the file that
 * holds nearly all its bytes: positional reads of 1 MiB blocks into a byte array, integers parsed
 * by hand, the endpoints collected in two {@code int} arrays (no line numbers kept, 8 bytes an
 * entry), and from {@value #PARALLEL_MIN_BYTES} bytes on the two halves of the file (split at a
 * line break) parsed on two threads. It accepts only what the line reader of
 * {@link MatrixMarketGraphFormat} accepts, and a strict subset of it: unsigned decimal ids in
 * range, no self-loop, a plainly written decimal value for {@code integer}/{@code real} fields,
 * {@code %} comment and blank lines, exactly the declared number of entries, no repeated edge
 * (and mirrored entries for {@code general}). Anything else — malformed or merely unusual input,
 * such as a {@code +1} id or a hexadecimal value — makes it give up ({@code null}), and the
 * caller reads the entries again line by line, which accepts what it accepts and names the first
 * problem with its line; so every error message, and every accepted input's graph, is that of the
 * line reader. Stateless and thread-safe.
 */
final class MatrixMarketEntries {
    /** File size from which the entries are parsed on two threads. */
    static final long PARALLEL_MIN_BYTES = 1 << 22;

    private static final int BLOCK = 1 << 20;

    private MatrixMarketEntries() {}

    /** The entries of one byte range, as 0-based endpoints; {@code size < 0} if the range was not plain. */
    private record Part(int[] us, int[] vs, int size) {}

    private static final Part GAVE_UP = new Part(new int[0], new int[0], -1);

    /**
     * The graph of the entry lines from byte {@code from} to the end of {@code file}, or null when
     * they are not all plain (the caller then reads them line by line).
     *
     * @param file    the file
     * @param from    offset of the first line after the size line
     * @param n       node count of the size line
     * @param nnz     entry count of the size line
     * @param pattern whether lines hold two ids only (else two ids and a value)
     * @param general whether each edge is listed in both orientations
     * @return the graph, or null
     * @throws IOException if the file cannot be read
     */
    static Graph tryRead(Path file, long from, int n, long nnz, boolean pattern, boolean general) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = ch.size();
            if (from > end) return null;
            Part all;
            if (end - from >= PARALLEL_MIN_BYTES && Runtime.getRuntime().availableProcessors() >= 2) {
                long mid = lineStartAfter(ch, from + (end - from) / 2, end);
                FutureTask<Part> second = new FutureTask<>(() -> parse(ch, mid, end, n, nnz, pattern));
                Thread worker = new Thread(second, "mtx-entries");
                worker.setDaemon(true);
                worker.start();
                Part first = parse(ch, from, mid, n, nnz, pattern);
                all = concat(first, await(second));
            } else {
                all = parse(ch, from, end, n, nnz, pattern);
            }
            if (all.size() != nnz) return null;
            return general ? fromBothOrientations(file, n, all) : fromOneOrientation(n, all);
        } catch (OutOfMemoryError e) {
            return null; // the line reader reports the shortage in its own words
        }
    }

    private static Part await(FutureTask<Part> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException(e.getCause());
        }
    }

    private static Graph fromOneOrientation(int n, Part all) {
        try {
            return GraphBuilder.fromEdges(n, all.us(), all.vs(), all.size());
        } catch (IllegalArgumentException repeated) {
            return null;
        }
    }

    private static Graph fromBothOrientations(Path file, int n, Part all) {
        SourcePosition nowhere = new SourcePosition() {
            @Override
            public String file() {
                return file.toString();
            }

            @Override
            public long lineNumber() {
                return 0;
            }
        };
        EdgeAccumulator edges = new EdgeAccumulator(nowhere, 1);
        edges.reserve(all.size());
        for (int i = 0; i < all.size(); i++) edges.addChecked(all.us()[i], all.vs()[i]);
        try {
            return edges.buildFromBothOrientations(n);
        } catch (GraphFormatException unpaired) {
            return null;
        }
    }

    private static Part concat(Part a, Part b) {
        if (a.size() < 0 || b.size() < 0) return GAVE_UP;
        if (b.size() == 0) return a;
        int size = a.size() + b.size();
        int[] us = new int[size], vs = new int[size];
        System.arraycopy(a.us(), 0, us, 0, a.size());
        System.arraycopy(b.us(), 0, us, a.size(), b.size());
        System.arraycopy(a.vs(), 0, vs, 0, a.size());
        System.arraycopy(b.vs(), 0, vs, a.size(), b.size());
        return new Part(us, vs, size);
    }

    /** The offset just after the first line break at or after {@code at}, or {@code end}. */
    private static long lineStartAfter(FileChannel ch, long at, long end) throws IOException {
        ByteBuffer bb = ByteBuffer.allocate(1 << 12);
        long p = at;
        while (p < end) {
            bb.clear();
            int r = ch.read(bb, p);
            if (r <= 0) break;
            for (int i = 0; i < r; i++) if (bb.get(i) == '\n') return p + i + 1;
            p += r;
        }
        return end;
    }

    /** Parses the complete lines of {@code [from, to)}; at most {@code nnz} entries. */
    private static Part parse(FileChannel ch, long from, long to, int n, long nnz, boolean pattern) throws IOException {
        // An entry line takes at least 4 bytes ("1 2\n"), so a bogus declared count cannot claim more memory than the file.
        int cap = (int) Math.min(Math.min(nnz, (to - from) / 4 + 1), Integer.MAX_VALUE - 8);
        int[] us = new int[cap], vs = new int[cap];
        byte[] buf = new byte[(int) Math.min(BLOCK, Math.max(to - from, 1))];
        ByteBuffer bb = ByteBuffer.wrap(buf);
        long filePos = from;
        int len = 0, size = 0;
        while (true) {
            bb.limit((int) Math.min(buf.length, len + (to - filePos))).position(len);
            while (bb.hasRemaining()) {
                int r = ch.read(bb, filePos);
                if (r < 0) break;
                filePos += r;
            }
            len = bb.position();
            boolean last = filePos >= to || len < buf.length && bb.hasRemaining();
            int stop = last ? len : lastLineEnd(buf, len);
            if (stop < 0) return GAVE_UP; // a line longer than a block: not a plain entry line
            size = parseLines(buf, stop, n, pattern, us, vs, size);
            if (size < 0) return GAVE_UP;
            if (last) return new Part(us, vs, size);
            System.arraycopy(buf, stop, buf, 0, len - stop);
            len -= stop;
        }
    }

    /** One past the last line break in {@code buf[0, len)}, or -1 if there is none. */
    private static int lastLineEnd(byte[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) if (buf[i] == '\n') return i + 1;
        return -1;
    }

    /**
     * Parses the lines of {@code buf[0, end)} (the last one may lack its line break) into
     * {@code us}, {@code vs} from index {@code size} on.
     *
     * @return the new entry count, or -1 on anything but plain entry, comment and blank lines
     */
    private static int parseLines(byte[] buf, int end, int n, boolean pattern, int[] us, int[] vs, int size) {
        int i = 0;
        while (i < end) {
            i = skipBlanks(buf, i, end);
            if (i == end) break;
            byte c = buf[i];
            if (c == '\n') {
                i++;
                continue;
            }
            if (c == '%') {
                while (i < end && buf[i] != '\n') i++;
                continue;
            }
            long u = 0, v = 0;
            int s = i;
            for (int d; i < end && (d = buf[i] - '0') >= 0 && d <= 9 && i - s < 10; i++) u = u * 10 + d;
            if (i == s || i == end || !isBlank(buf[i])) return -1;
            i = skipBlanks(buf, i, end);
            s = i;
            for (int d; i < end && (d = buf[i] - '0') >= 0 && d <= 9 && i - s < 10; i++) v = v * 10 + d;
            if (i == s) return -1;
            if (!pattern) {
                if (i == end || !isBlank(buf[i])) return -1;
                i = skipDecimal(buf, skipBlanks(buf, i, end), end);
                if (i < 0) return -1;
            }
            i = skipBlanks(buf, i, end);
            if (i < end && buf[i++] != '\n') return -1;
            if (u < 1 || u > n || v < 1 || v > n || u == v || size == us.length) return -1;
            us[size] = (int) u - 1;
            vs[size] = (int) v - 1;
            size++;
        }
        return size;
    }

    private static int skipBlanks(byte[] buf, int i, int end) {
        while (i < end && isBlank(buf[i])) i++;
        return i;
    }

    /**
     * Skips a plainly written decimal number ({@code [+-]digits[.digits][(e|E)[+-]digits]}, digits
     * on at least one side of the point), which {@link Double#parseDouble} reads as a finite or
     * infinite number, never NaN.
     *
     * @return the index after it, or -1 if none starts at {@code i} or it is not followed by a blank or line break
     */
    private static int skipDecimal(byte[] buf, int i, int end) {
        if (i < end && (buf[i] == '+' || buf[i] == '-')) i++;
        int s = i;
        while (i < end && isDigit(buf[i])) i++;
        int intDigits = i - s;
        int fracDigits = 0;
        if (i < end && buf[i] == '.') {
            i++;
            int f = i;
            while (i < end && isDigit(buf[i])) i++;
            fracDigits = i - f;
        }
        if (intDigits + fracDigits == 0) return -1;
        if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
            i++;
            if (i < end && (buf[i] == '+' || buf[i] == '-')) i++;
            int e = i;
            while (i < end && isDigit(buf[i])) i++;
            if (i == e) return -1;
        }
        return i == end || isBlank(buf[i]) || buf[i] == '\n' ? i : -1;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** The blanks of {@link LineScanner}: space, tab, carriage return, form feed. */
    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\f';
    }
}
