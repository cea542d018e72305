package io.dfloverlay.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
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

    private static final Pattern DIRECTED = Pattern.compile("<graph\\b[^>]*\\bedgedefault\\s*=\\s*[\"']directed[\"']");

    @Override
    void checkUndirected(Path file) throws IOException {
        if (DIRECTED.matcher(head(file, 1 << 16)).find())
            throw new GraphFormatException(file.toString(), 0, "directed graphs (edgedefault=\"directed\") are not supported");
    }

    @Override
    GraphImporter<String, DefaultEdge> importer() {
        GraphMLImporter<String, DefaultEdge> im = new GraphMLImporter<>();
        im.setSchemaValidation(false);
        im.setVertexFactory(id -> id);
        return im;
    }
}
