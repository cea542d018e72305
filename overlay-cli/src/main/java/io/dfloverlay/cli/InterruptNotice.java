package io.dfloverlay.cli;

import java.io.PrintWriter;

/**
 * Says "interrupted" when Ctrl-C stops a command that has no {@link InterruptGuard} of its own
 * (generate, convert, spectrum ...): a shutdown hook, installed while the command runs, prints
 * {@code overlay: interrupted} on the error stream; the JVM then exits with status 130, and the
 * command's unfinished temporary files are deleted by {@code AtomicFiles}. Guarded commands
 * (simulate, compare) print their own summary instead.
 */
final class InterruptNotice implements AutoCloseable {
    private final Thread hook;

    private InterruptNotice(PrintWriter err) {
        hook = new Thread(() -> {
            if (InterruptGuard.anyOpen()) return;
            err.println("overlay: interrupted");
            err.flush();
        }, "overlay-interrupt-notice");
    }

    /**
     * Installs the notice until {@link #close()}.
     *
     * @param err where to print
     * @return the installed notice
     */
    static InterruptNotice install(PrintWriter err) {
        InterruptNotice n = new InterruptNotice(err);
        Runtime.getRuntime().addShutdownHook(n.hook);
        return n;
    }

    /** Removes the hook (the command finished). */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook runs or has run
        }
    }
}
