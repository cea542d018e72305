package io.dfloverlay.cli;

import io.dfloverlay.core.topology.ParamException;
import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Model.CommandSpec;

/** Turns exceptions into the one-line messages and exit codes the CLI prints. */
final class CliErrors {
    private CliErrors() {}

    /**
     * A one-line description of {@code ex} for users of {@code command}: a parameter error of a
     * registered kind (anywhere in the cause chain) names the parameter by the command's flag.
     */
    static String describe(Throwable ex, CommandSpec command) {
        Throwable t = ex instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
        String msg = t.getMessage();
        if (command != null && msg != null) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof ParamException pe) {
                    msg = msg.replace(pe.getMessage(), new TopologyFlags(command).message(pe));
                    break;
                }
            }
        }
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
