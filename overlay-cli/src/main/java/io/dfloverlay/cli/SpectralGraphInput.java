package io.dfloverlay.cli;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.SpectralMethod;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Picocli mixin shared by the spectral commands ({@code spectrum}, {@code certify}): the GRAPH file,
 * {@code --format}, {@code --method} and {@code --json}. Each command keeps its own {@code --tolerance},
 * whose meaning differs between them.
 */
final class SpectralGraphInput {
    @Parameters(index = "0", paramLabel = "GRAPH", description = "Graph file (format from the extension, e.g. .mtx).")
    Path file;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto",
            description = "Eigen-solver: auto (dense up to 200 nodes, else lanczos), dense (ours), ejml, lanczos (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Mixin
    GraphFormatOption input;

    /** Reads GRAPH in the chosen format (or by extension). */
    Graph read() throws IOException {
        return input.read(file);
    }

    /** The parsed {@code --method}. */
    SpectralMethod method() {
        return parseMethod(method);
    }

    private static SpectralMethod parseMethod(String name) {
        try {
            return SpectralMethod.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown method '" + name + "'; known: auto, dense, ejml, lanczos");
        }
    }
}
