package io.dfloverlay.cli;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.io.UncheckedIOException;

/** Turns exceptions into the one-line messages and exit codes the CLI prints. */
final class CliErrors {
    private CliErrors() {}

    /** A one-line description of {@code ex} for users. */
    static String describe(Throwable ex) {
        Throwable t = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        String msg = t.getMessage();
        if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) return "no such file: " + msg;
        if (t instanceof AccessDeniedException) return "permission denied: " + msg;
        if (t instanceof FileAlreadyExistsException) return "file already exists: " + msg;
        if (msg == null || msg.isBlank()) msg = t.getClass().getSimpleName();
        return msg.replace('\n', ' ').strip();
    }

    /**
     * Exit status for an execution error: 2 for bad input (bad arguments, unreadable or malformed
     * files), 1 otherwise. Commands that answer a yes/no question (certify) use 0 and 1 for it.
     */
    static int exitCode(Throwable ex) {
        Throwable t = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        return t instanceof IllegalArgumentException || t instanceof java.io.IOException ? 2 : 1;
    }
}
