package io.dfloverlay.core.io;

import io.dfloverlay.core.mixing.MixingMatrix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Mixing matrices as Matrix Market {@code coordinate real} files, 1-based. Symmetric matrices are
 * written {@code symmetric} (lower triangle and diagonal), others {@code general}; values use
 * {@link Double#toString}, so a round trip is exact. Reading accepts both symmetries, rejects
 * repeated entries and out-of-range indices with file and line, and skips {@code %} comments.
 * {@code O(nnz log d)} time. Stateless and thread-safe.
 */
public final class MatrixMarketMixingFormat {
    private MatrixMarketMixingFormat() {}

    /**
     * Writes {@code w} atomically, with {@code metadata} as {@code %} header comments.
     *
     * @param file the file to create or replace
     * @param w the matrix
     * @param metadata written as header comments
     * @throws IOException if the file cannot be written; the target is then left as it was
     */
    public static void write(Path file, MixingMatrix w, GraphMetadata metadata) throws IOException {
        boolean sym = w.isSymmetric();
        int n = w.size();
        long count = 0;
        for (int i = 0; i < n; i++) {
            for (int k = w.rowStart(i), end = w.rowStart(i + 1); k < end; k++) if (!sym || w.column(k) <= i) count++;
        }
        long entries = count;
        AtomicFiles.writeText(file, out -> {
            out.write(MatrixMarketGraphFormat.BANNER + " matrix coordinate real " + (sym ? "symmetric" : "general") + "\n");
            MetadataHeader.write(out, "% ", metadata);
            out.write(n + " " + n + " " + entries + "\n");
            StringBuilder sb = new StringBuilder(48);
            for (int i = 0; i < n; i++) {
                for (int k = w.rowStart(i), end = w.rowStart(i + 1); k < end; k++) {
                    int j = w.column(k);
                    if (sym && j > i) continue;
                    sb.setLength(0);
                    sb.append(i + 1).append(' ').append(j + 1).append(' ').append(w.value(k)).append('\n');
                    out.append(sb);
                }
            }
        });
    }

    /**
     * Reads a square {@code coordinate real} (or {@code integer}) matrix.
     *
     * @param file the file to read
     * @return the matrix (a {@code symmetric} file is expanded to both triangles)
     * @throws GraphFormatException for a malformed banner, size line or entry, naming file and line
     * @throws IOException if the file cannot be read
     */
    public static MixingMatrix read(Path file) throws IOException {
        try (LineScanner sc = new LineScanner(file)) {
            if (!sc.next()) throw new GraphFormatException(sc.file(), 0, "empty file: expected a '%%MatrixMarket' banner");
            String[] b = sc.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (b.length != 5 || !b[0].equals("%%matrixmarket") || !b[1].equals("matrix") || !b[2].equals("coordinate")
                    || !(b[3].equals("real") || b[3].equals("integer")) || !(b[4].equals("general") || b[4].equals("symmetric")))
                throw sc.error("expected '%%MatrixMarket matrix coordinate real general|symmetric', got '" + sc.text().strip() + "'");
            boolean sym = b[4].equals("symmetric");
            long n = -1, nnz = -1, read = 0;
            long[] size = new long[3];
            Entries e = new Entries();
            while (sc.next()) {
                int c = sc.firstChar();
                if (c < 0 || c == '%') continue;
                if (n < 0) {
                    sc.requireLongs(size);
                    if (size[0] != size[1]) throw sc.error("mixing matrix must be square, got " + size[0] + " x " + size[1]);
                    if (size[0] < 0 || size[0] >= Integer.MAX_VALUE || size[2] < 0 || (sym ? 2 : 1) * size[2] >= Integer.MAX_VALUE)
                        throw sc.error("size out of range: '" + sc.text().strip() + "'");
                    n = size[0];
                    nnz = size[2];
                    continue;
                }
                int t = sc.tokenize();
                long i = t == 3 ? sc.longToken(0) : Long.MIN_VALUE, j = t == 3 ? sc.longToken(1) : Long.MIN_VALUE;
                double v = t == 3 ? sc.doubleToken(2) : Double.NaN;
                if (i == Long.MIN_VALUE || j == Long.MIN_VALUE || !Double.isFinite(v))
                    throw sc.error("expected 2 integers and a finite value, got '" + sc.text().strip() + "'");
                if (read == nnz) throw sc.error("more entries than the " + nnz + " declared on the size line");
                if (i < 1 || i > n || j < 1 || j > n) throw sc.error("index (" + i + ", " + j + ") out of range [1, " + n + "]");
                read++;
                e.add((int) i - 1, (int) j - 1, v, sc.lineNumber());
                if (sym && i != j) e.add((int) j - 1, (int) i - 1, v, sc.lineNumber());
            }
            if (n < 0) throw new GraphFormatException(sc.file(), sc.lineNumber(), "missing size line 'n n entries'");
            if (read != nnz) throw new GraphFormatException(sc.file(), sc.lineNumber(), "found " + read + " entries, size line declares " + nnz);
            return toCsr(sc, (int) n, e.size, e.rows, e.cols, e.vals, e.lines);
        }
    }

    /** Growable coordinate arrays with the line of each entry. */
    private static final class Entries {
        int[] rows = new int[1024];
        int[] cols = new int[1024];
        double[] vals = new double[1024];
        long[] lines = new long[1024];
        int size;

        void add(int i, int j, double v, long line) {
            if (size == rows.length) {
                int cap = 2 * size;
                rows = Arrays.copyOf(rows, cap);
                cols = Arrays.copyOf(cols, cap);
                vals = Arrays.copyOf(vals, cap);
                lines = Arrays.copyOf(lines, cap);
            }
            rows[size] = i;
            cols[size] = j;
            vals[size] = v;
            lines[size++] = line;
        }
    }

    private static MixingMatrix toCsr(LineScanner sc, int n, int count, int[] rows, int[] cols, double[] vals, long[] lines)
            throws GraphFormatException {
        int[] offsets = new int[n + 1];
        for (int e = 0; e < count; e++) offsets[rows[e] + 1]++;
        for (int i = 0; i < n; i++) offsets[i + 1] += offsets[i];
        int[] fill = Arrays.copyOf(offsets, n);
        int[] order = new int[count];
        for (int e = 0; e < count; e++) order[fill[rows[e]]++] = e;
        int[] outCols = new int[count];
        double[] outVals = new double[count];
        for (int i = 0; i < n; i++) {
            int from = offsets[i], to = offsets[i + 1];
            long[] keyed = new long[to - from];
            for (int p = from; p < to; p++) keyed[p - from] = (long) cols[order[p]] << 32 | order[p];
            Arrays.sort(keyed);
            for (int p = from; p < to; p++) {
                int e = (int) keyed[p - from];
                if (p > from && cols[e] == outCols[p - 1]) {
                    throw sc.errorAt(lines[e], "entry (" + (i + 1) + ", " + (cols[e] + 1) + ") repeated (first at line "
                            + lines[(int) keyed[p - from - 1]] + ")");
                }
                outCols[p] = cols[e];
                outVals[p] = vals[e];
            }
        }
        return new MixingMatrix(offsets, outCols, outVals);
    }
}
