package io.dfloverlay.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Turns Ctrl-C (JVM shutdown) into a cancellation flag: a shutdown hook sets the flag, then waits
 * (at most {@link #GRACE_SECONDS}) until the guarded work calls {@link #close()}, so the current round
 * finishes and the output files are closed before the JVM exits.
 */
final class InterruptGuard implements AutoCloseable {
    /** How long the shutdown hook waits for the guarded work to finish its files. */
    static final long GRACE_SECONDS = 60;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private InterruptGuard() {
        hook = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "overlay-interrupt");
    }

    /** Installs the shutdown hook. */
    static InterruptGuard install() {
        InterruptGuard g = new InterruptGuard();
        Runtime.getRuntime().addShutdownHook(g.hook);
        return g;
    }

    /** True once a shutdown (Ctrl-C) has begun. */
    BooleanSupplier cancelled() {
        return cancelled::get;
    }

    /** Releases a waiting shutdown hook, or removes the hook if no shutdown began. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook is running and now returns
        }
    }
}
