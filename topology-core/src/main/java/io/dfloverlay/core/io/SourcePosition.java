package io.dfloverlay.core.io;

/**
 * Where a reader is in the file it parses, for one-line errors that name the file and the line
 * ({@link GraphFormatException}). Implemented by the text scanner and the streaming XML, JSON and
 * DOT readers.
 */
interface SourcePosition {
    /** The file name used in error messages. */
    String file();

    /** 1-based number of the current line, 0 if unknown. */
    long lineNumber();

    /** An error at the current line. */
    default GraphFormatException error(String problem) {
        return new GraphFormatException(file(), lineNumber(), problem);
    }

    /** An error at the given line (0: not tied to a line). */
    default GraphFormatException errorAt(long line, String problem) {
        return new GraphFormatException(file(), line, problem);
    }
}
