package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The edge-list file of decentralizepy ({@code Graph.read_graph_from_file(file, "edges")}): the
 * first line is the node count n, then one {@code u v} pair of 0-based ids per line. decentralizepy
 * writes every edge in both orientations; reading accepts one or both orientations of each edge
 * (an exact repeat is an error), and writing emits both, as decentralizepy does. Blank lines and
 * {@code #} comments are skipped; no metadata. {@code O(m log m)} time to read.
 */
public final class DecentralizepyFormat implements GraphCodec {
    /** The shared instance. */
    public static final DecentralizepyFormat INSTANCE = new DecentralizepyFormat();

    private DecentralizepyFormat() {}

    @Override
    public AnnotatedGraph read(Path file) throws IOException {
        try (LineScanner sc = new LineScanner(file)) {
            EdgeAccumulator edges = new EdgeAccumulator(sc, 0);
            long n = -1;
            long[] one = new long[1];
            long[] uv = new long[2];
            while (sc.next()) {
                int c = sc.firstChar();
                if (c < 0 || c == '#') continue;
                if (n < 0) {
                    sc.requireLongs(one);
                    n = one[0];
                    if (n < 0 || n >= Integer.MAX_VALUE) throw sc.error("node count out of range: " + n);
                    continue;
                }
                sc.requireLongs(uv);
                edges.add(uv[0], uv[1], n);
            }
            if (n < 0) throw new GraphFormatException(sc.file(), 0, "empty file: expected the node count on the first line");
            return new AnnotatedGraph(edges.build((int) n, true), GraphMetadata.EMPTY);
        }
    }

    @Override
    public void write(Path file, Graph g, GraphMetadata metadata) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write(g.numNodes() + "\n");
            EdgeWriting.writeBothOrientations(w, g);
        });
    }
}
