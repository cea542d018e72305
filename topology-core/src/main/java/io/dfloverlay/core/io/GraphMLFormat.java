package io.dfloverlay.core.io;

import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

/** GraphML ({@code .graphml}) through jgrapht-io's {@code GraphMLExporter}/{@code GraphMLImporter}; see {@link JGraphTFormat}. */
public final class GraphMLFormat extends JGraphTFormat {
    /** The shared instance. */
    public static final GraphMLFormat INSTANCE = new GraphMLFormat();

    private GraphMLFormat() {}

    @Override
    GraphExporter<Integer, DefaultEdge> exporter() {
        return new GraphMLExporter<>(String::valueOf);
    }

    @Override
    GraphImporter<String, DefaultEdge> importer() {
        GraphMLImporter<String, DefaultEdge> im = new GraphMLImporter<>();
        im.setSchemaValidation(false);
        im.setVertexFactory(id -> id);
        return im;
    }
}
