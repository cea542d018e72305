package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Plain edge list: one {@code u v} pair of 0-based node ids per line; blank lines and comment
 * lines starting with {@code #} or {@code %} are skipped. The node count is the largest id plus
 * one unless a {@code # nodes: N} comment says otherwise (the writer emits it, so isolated nodes
 * survive a round trip; a file with neither edges nor that header is an error), and the writer records {@link GraphMetadata} as
 * {@code # generator: ...} / {@code # param k: v} / {@code # seed: s} comments.
 *
 * <p>Reading is streaming and allocation-free per line: {@code O(m log d)} time, about
 * {@code 16m} bytes besides the graph.
 */
public final class EdgeListFormat implements GraphCodec {
    /** The shared instance. */
    public static final EdgeListFormat INSTANCE = new EdgeListFormat();

    private EdgeListFormat() {}

    @Override
    public AnnotatedGraph read(Path file) throws IOException {
        try (LineScanner sc = new LineScanner(file)) {
            EdgeAccumulator edges = new EdgeAccumulator(sc, 0);
            MetadataHeader meta = new MetadataHeader();
            long n = -1;
            long[] uv = new long[2];
            while (sc.next()) {
                int c = sc.firstChar();
                if (c < 0) continue;
                if (c == '#' || c == '%') {
                    String body = sc.commentBody();
                    if (body.startsWith("nodes:")) {
                        if (edges.size() > 0) throw sc.error("'nodes:' header must come before the first edge");
                        n = parseNodeCount(body.substring("nodes:".length()).strip(), sc);
                        continue;
                    }
                    if (body.startsWith("edges:")) {
                        reserveFromHeader(edges, body.substring("edges:".length()).strip());
                        continue;
                    }
                    meta.accept(body, sc);
                    continue;
                }
                sc.requireLongs(uv);
                edges.add(uv[0], uv[1], n);
            }
            if (n < 0 && edges.size() == 0)
                throw sc.errorAt(0, "no edges and no '# nodes: N' header (an empty graph file)");
            if (n < 0) edges.checkInferredNodeCount();
            int nodes = n >= 0 ? (int) n : edges.maxId() + 1;
            return new AnnotatedGraph(edges.build(nodes, false), meta.result());
        }
    }

    /** The {@code # edges: M} header is informative: it only pre-sizes the edge arrays. */
    private static void reserveFromHeader(EdgeAccumulator edges, String count) {
        try {
            edges.reserve(Long.parseLong(count));
        } catch (NumberFormatException ignored) {
            // not a count: an ordinary comment
        }
    }

    static long parseNodeCount(String s, LineScanner sc) throws GraphFormatException {
        long n;
        try {
            n = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw sc.error("node count must be an integer, got '" + s + "'");
        }
        if (n < 0 || n >= Integer.MAX_VALUE) throw sc.error("node count out of range: " + n);
        return n;
    }

    @Override
    public void write(Path file, Graph g, GraphMetadata metadata) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write("# nodes: " + g.numNodes() + "\n");
            w.write("# edges: " + g.numEdges() + "\n");
            MetadataHeader.write(w, "# ", metadata);
            EdgeWriting.writePairs(w, g, 0, false);
        });
    }
}
