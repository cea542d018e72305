package io.dfloverlay.core.io;

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
    GraphImporter<String, DefaultEdge> importer() {
        DOTImporter<String, DefaultEdge> im = new DOTImporter<>();
        im.setVertexFactory(id -> id);
        return im;
    }
}
