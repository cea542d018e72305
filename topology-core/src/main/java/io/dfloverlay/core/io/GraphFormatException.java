package io.dfloverlay.core.io;

import java.io.IOException;

/**
 * A graph or matrix file is malformed. The message names the file, the line (when known) and the
 * problem, e.g. {@code g.mtx:3: expected 2 integers, got 'x y z'}.
 */
public class GraphFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The file as the user named it. */
    private final String file;
    /** 1-based line number, 0 if unknown. */
    private final long line;
    /** The problem without file and line. */
    private final String problem;

    /**
     * An exception whose message is {@code file:line: problem} (or {@code file: problem} when
     * {@code line} is 0).
     *
     * @param file the file as the user named it
     * @param line 1-based line number, or 0 when the problem is not tied to one line
     * @param problem what is wrong
     */
    public GraphFormatException(String file, long line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /**
     * As {@link #GraphFormatException(String, long, String)}, keeping the underlying cause.
     *
     * @param file the file as the user named it
     * @param line 1-based line number, or 0 when the problem is not tied to one line
     * @param problem what is wrong
     * @param cause the underlying exception
     */
    public GraphFormatException(String file, long line, String problem, Throwable cause) {
        this(file, line, problem);
        initCause(cause);
    }

    /** {@return the file as the user named it} */
    public String file() {
        return file;
    }

    /** {@return the 1-based line number, 0 if unknown} */
    public long line() {
        return line;
    }

    /** {@return the problem without file and line} */
    public String problem() {
        return problem;
    }
}
