package io.dfloverlay.cli;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads a graph file for a command; any failure to read is a bad argument (exit 2, one line). */
final class GraphInput {
    private GraphInput() {}

    static Graph read(Path file) {
        try {
            return GraphFiles.read(file);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read graph " + file + ": " + CliErrors.describe(e), e);
        }
    }
}
