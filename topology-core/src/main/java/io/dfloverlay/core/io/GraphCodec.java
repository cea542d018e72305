package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes graphs in one file format. Implementations are stateless and thread-safe. */
public interface GraphCodec {
    /**
     * Reads the graph (and header metadata where the format has it) from {@code file}.
     *
     * @param file the file to read
     * @return the graph and its metadata ({@link GraphMetadata#EMPTY} if the file has none)
     * @throws GraphFormatException if the content is malformed, naming file and line
     * @throws IOException if the file cannot be read (e.g. {@link java.nio.file.NoSuchFileException})
     */
    AnnotatedGraph read(Path file) throws IOException;

    /**
     * Writes {@code g} atomically (temp file in the same directory, then a move).
     *
     * @param file the file to create or replace
     * @param g the graph
     * @param metadata written to the header where the format has one, else ignored
     * @throws IOException if the file cannot be written; the target is then left as it was
     */
    void write(Path file, Graph g, GraphMetadata metadata) throws IOException;
}
