package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import java.util.Objects;

/**
 * A graph read from a file together with the metadata its header recorded.
 *
 * @param graph the graph
 * @param metadata header metadata, {@link GraphMetadata#EMPTY} if none
 */
public record AnnotatedGraph(Graph graph, GraphMetadata metadata) {
    /**
     * Checks the graph and maps a null {@code metadata} to {@link GraphMetadata#EMPTY}.
     *
     * @throws NullPointerException if {@code graph} is null
     */
    public AnnotatedGraph {
        Objects.requireNonNull(graph, "graph");
        metadata = metadata == null ? GraphMetadata.EMPTY : metadata;
    }
}
