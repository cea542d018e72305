package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The single entry point for reading and writing graph files: the format comes from the file
 * extension ({@link GraphFormat#fromFileName}) unless given. Writes are atomic. Thread-safe.
 */
public final class GraphFiles {
    private GraphFiles() {}

    /**
     * Reads a graph, choosing the format by extension.
     *
     * @param file the file to read
     * @return the graph (header metadata dropped; see {@link #readAnnotated})
     * @throws IllegalArgumentException for an unknown extension
     * @throws GraphFormatException for malformed content (message names file and line)
     * @throws IOException if the file cannot be read
     */
    public static Graph read(Path file) throws IOException {
        return readAnnotated(file, null).graph();
    }

    /**
     * Reads a graph in the given format.
     *
     * @param file the file to read
     * @param format the file's format, or null to choose it by extension
     * @return the graph (header metadata dropped; see {@link #readAnnotated})
     * @throws IllegalArgumentException if {@code format} is null and the extension is unknown
     * @throws GraphFormatException for malformed content or a directory (message names the file)
     * @throws IOException if the file cannot be read
     */
    public static Graph read(Path file, GraphFormat format) throws IOException {
        return readAnnotated(file, format).graph();
    }

    /**
     * Reads a graph and its header metadata in the given format.
     *
     * @param file the file to read
     * @param format the file's format, or null to choose it by extension
     * @return the graph and its metadata ({@link GraphMetadata#EMPTY} if the file has none)
     * @throws IllegalArgumentException if {@code format} is null and the extension is unknown
     * @throws GraphFormatException for malformed content or a directory (message names the file)
     * @throws IOException if the file cannot be read
     */
    public static AnnotatedGraph readAnnotated(Path file, GraphFormat format) throws IOException {
        requireNotDirectory(file);
        GraphFormat f = format != null ? format : GraphFormat.fromPath(file);
        return f.codec().read(file);
    }

    /** Refuses a directory given as an input file, naming it (the OS error would not). */
    static void requireNotDirectory(Path file) throws GraphFormatException {
        if (Files.isDirectory(file)) throw new GraphFormatException(file.toString(), 0, "is a directory, not a file");
    }

    /**
     * Writes {@code g} with {@code metadata} atomically, choosing the format by extension.
     *
     * @param file the file to create or replace
     * @param g the graph
     * @param metadata header metadata, or null for none; dropped by formats without a header
     * @throws IllegalArgumentException if the extension is unknown
     * @throws IOException if the file cannot be written; the target is then left as it was
     */
    public static void write(Path file, Graph g, GraphMetadata metadata) throws IOException {
        write(file, g, metadata, null);
    }

    /**
     * Writes {@code g} with {@code metadata} atomically in the given format.
     *
     * @param file the file to create or replace
     * @param g the graph
     * @param metadata header metadata, or null for none; dropped by formats without a header
     * @param format the format to write, or null to choose it by extension
     * @throws IllegalArgumentException if {@code format} is null and the extension is unknown
     * @throws IOException if the file cannot be written; the target is then left as it was
     */
    public static void write(Path file, Graph g, GraphMetadata metadata, GraphFormat format) throws IOException {
        GraphFormat f = format != null ? format : GraphFormat.fromPath(file);
        f.codec().write(file, g, metadata == null ? GraphMetadata.EMPTY : metadata);
    }
}
