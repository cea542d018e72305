package io.dfloverlay.cli;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.AnnotatedGraph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphFormat;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Picocli mixin ({@code @Mixin GraphFormatOption input;}) adding {@code --format} to commands that
 * read a graph file, and reading it through {@link GraphFiles}, the single entry point.
 */
final class GraphFormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", converter = GraphFormatConverter.class,
            description = "Input graph format: edgelist, decentralizepy, mtx, graphml, dot or json"
                    + " (default: from the file extension).")
    GraphFormat format;

    /** Reads {@code file} in the chosen format (or by extension). */
    Graph read(Path file) throws IOException {
        return readAnnotated(file).graph();
    }

    /** Reads {@code file} and its header metadata. */
    AnnotatedGraph readAnnotated(Path file) throws IOException {
        return GraphFiles.readAnnotated(file, format);
    }

    /** The format used for {@code file}: the chosen one or the one its extension names. */
    GraphFormat formatOf(Path file) {
        return format != null ? format : GraphFormat.fromPath(file);
    }
}
