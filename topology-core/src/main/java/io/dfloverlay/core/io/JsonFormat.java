package io.dfloverlay.core.io;

import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.json.JSONExporter;
import org.jgrapht.nio.json.JSONImporter;

/**
 * JSON ({@code .json}) in jgrapht-io's {@code JSONExporter} layout:
 * {@code {"nodes":[{"id":"0"},...],"edges":[{"source":"0","target":"1"},...]}}; see {@link JGraphTFormat}.
 */
public final class JsonFormat extends JGraphTFormat {
    /** The shared instance. */
    public static final JsonFormat INSTANCE = new JsonFormat();

    private JsonFormat() {}

    @Override
    GraphExporter<Integer, DefaultEdge> exporter() {
        return new JSONExporter<>(String::valueOf);
    }

    @Override
    GraphImporter<String, DefaultEdge> importer() {
        JSONImporter<String, DefaultEdge> im = new JSONImporter<>();
        im.setVertexFactory(id -> id);
        return im;
    }
}
