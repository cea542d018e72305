package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Matrix Market adjacency files ({@code .mtx}): written as {@code coordinate pattern symmetric},
 * 1-based, lower triangle ({@code i > j}), with {@code %} header lines recording
 * {@link GraphMetadata} ({@code % generator: random-regular}, {@code % param d: 8},
 * {@code % seed: 1}). Reading accepts {@code pattern}, {@code integer} or {@code real} coordinate
 * matrices, {@code symmetric} (either triangle) or {@code general} (as SciPy's {@code mmwrite}
 * writes matrices of 100 rows or more): a general matrix must hold both {@code (i, j)} and
 * {@code (j, i)} for every entry, and the first entry without its mirror is named. Values are
 * ignored (a graph is the matrix's pattern, so weights and asymmetric values do not matter); the
 * entry count of the size line is checked. Format: NIST, "The Matrix Market Exchange Formats: Initial Design" (1996).
 * The entry lines are parsed in bulk ({@link MatrixMarketEntries}: hand-written integer parsing,
 * two threads for large files); input that is not plain falls back to a line-by-line read, which
 * names the problem and its line. {@code O(m log d)} time.
 */
public final class MatrixMarketGraphFormat implements GraphCodec {
    /** The shared instance. */
    public static final MatrixMarketGraphFormat INSTANCE = new MatrixMarketGraphFormat();

    static final String BANNER = "%%MatrixMarket";

    private MatrixMarketGraphFormat() {}

    @Override
    public AnnotatedGraph read(Path file) throws IOException {
        try (LineScanner sc = new LineScanner(file)) {
            if (!sc.next()) throw new GraphFormatException(sc.file(), 0, "empty file: expected a '" + BANNER + "' banner");
            String[] banner = sc.text().strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (banner.length != 5 || !banner[0].equals(BANNER.toLowerCase(Locale.ROOT)) || !banner[1].equals("matrix")
                    || !banner[2].equals("coordinate"))
                throw sc.error("expected '" + BANNER + " matrix coordinate pattern symmetric', got '" + sc.text().strip() + "'");
            boolean pattern = banner[3].equals("pattern");
            if (!pattern && !banner[3].equals("integer") && !banner[3].equals("real"))
                throw sc.error("unsupported field '" + banner[3] + "' (expected pattern, integer or real)");
            boolean general = banner[4].equals("general");
            if (!general && !banner[4].equals("symmetric"))
                throw sc.error("an undirected graph needs a 'symmetric' or 'general' matrix, got '" + banner[4] + "'");
            MetadataHeader meta = new MetadataHeader();
            EdgeAccumulator edges = new EdgeAccumulator(sc, 1);
            long n = -1, nnz = -1;
            long[] size = new long[3];
            while (sc.next()) {
                int c = sc.firstChar();
                if (c < 0) continue;
                if (c == '%') {
                    if (n < 0) meta.accept(sc.commentBody(), sc);
                    continue;
                }
                if (n < 0) {
                    sc.requireLongs(size);
                    if (size[0] != size[1]) throw sc.error("adjacency matrix must be square, got " + size[0] + " x " + size[1]);
                    if (size[0] < 0 || size[0] >= Integer.MAX_VALUE || size[2] < 0)
                        throw sc.error("size out of range: '" + sc.text().strip() + "'");
                    n = size[0];
                    nnz = size[2];
                    Graph bulk = MatrixMarketEntries.tryRead(file, sc.position(), (int) n, nnz, pattern, general);
                    if (bulk != null) return new AnnotatedGraph(bulk, meta.result());
                    edges.reserve(nnz); // not plain: read the entries line by line, naming the first problem
                    continue;
                }
                long u, v;
                int tokens = sc.tokenize();
                u = tokens >= 2 ? sc.longToken(0) : Long.MIN_VALUE;
                v = tokens >= 2 ? sc.longToken(1) : Long.MIN_VALUE;
                int expected = pattern ? 2 : 3;
                if (tokens != expected || u == Long.MIN_VALUE || v == Long.MIN_VALUE || (!pattern && Double.isNaN(sc.doubleToken(2))))
                    throw sc.error("expected " + (pattern ? "2 integers" : "2 integers and a value") + ", got '" + sc.text().strip() + "'");
                if (edges.size() == nnz) throw sc.error("more entries than the " + nnz + " declared on the size line");
                edges.add(u, v, n);
            }
            if (n < 0) throw new GraphFormatException(sc.file(), sc.lineNumber(), "missing size line 'n n entries'");
            if (edges.size() != nnz)
                throw new GraphFormatException(sc.file(), sc.lineNumber(), "found " + edges.size() + " entries, size line declares " + nnz);
            return new AnnotatedGraph(general ? edges.buildFromBothOrientations((int) n) : edges.build((int) n, false), meta.result());
        }
    }

    @Override
    public void write(Path file, Graph g, GraphMetadata metadata) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write(BANNER + " matrix coordinate pattern symmetric\n");
            MetadataHeader.write(w, "% ", metadata);
            w.write(g.numNodes() + " " + g.numNodes() + " " + g.numEdges() + "\n");
            EdgeWriting.writePairs(w, g, 1, true);
        });
    }
}
