package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process with captured streams, and checks the one-line-error contract. */
final class CliHarness {
    private CliHarness() {}

    /** Result of one CLI run. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = OverlayCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Asserts a failed run: non-zero exit, exactly one line on stderr, no stack trace; returns that line. */
    static String assertOneLineError(Run r) {
        assertNotEquals(0, r.exit(), "expected failure, stdout: " + r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), "expected one error line, got: " + r.err());
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "stack trace or exception name leaked: " + err);
        return err;
    }
}
