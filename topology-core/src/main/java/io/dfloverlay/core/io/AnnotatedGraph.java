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
    public AnnotatedGraph {
        Objects.requireNonNull(graph, "graph");
        metadata = metadata == null ? GraphMetadata.EMPTY : metadata;
    }
}
