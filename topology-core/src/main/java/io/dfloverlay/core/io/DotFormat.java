package io.dfloverlay.core.io;

import java.io.IOException;
import java.nio.file.Path;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.dot.DOTImporter;

/** Graphviz DOT ({@code .dot}, {@code .gv}) through jgrapht-io's {@code DOTExporter}/{@code DOTImporter}; see {@link JGraphTFormat}. */
public final class DotFormat extends JGraphTFormat {
    /** The shared instance. */
    public static final DotFormat INSTANCE = new DotFormat();

    private DotFormat() {}

    @Override
    GraphExporter<Integer, DefaultEdge> exporter() {
        return new DOTExporter<>(String::valueOf);
    }

    @Override
    void checkUndirected(Path file) throws IOException {
        String text = head(file, 4096);
        int brace = text.indexOf('{');
        String header = (brace < 0 ? text : text.substring(0, brace)).replaceAll("(?s)/\\*.*?\\*/|//[^\n]*|#[^\n]*", " ");
        if (header.matches("(?s)\\s*(?i:strict\\s+)?(?i:digraph)\\b.*"))
            throw new GraphFormatException(file.toString(), 0, "directed graphs (digraph) are not supported; use 'graph' with '--' edges");
    }

    @Override
    GraphImporter<String, DefaultEdge> importer() {
        DOTImporter<String, DefaultEdge> im = new DOTImporter<>();
        im.setVertexFactory(id -> id);
        return im;
    }
}
