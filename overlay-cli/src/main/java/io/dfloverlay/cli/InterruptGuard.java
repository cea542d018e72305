package io.dfloverlay.cli;

import io.dfloverlay.core.io.AtomicFiles;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Turns Ctrl-C (JVM shutdown) into a cancellation flag: a shutdown hook sets the flag, then waits
 * (at most {@link #GRACE_SECONDS}) until the guarded work calls {@link #close()}, so the current round
 * finishes and the output files are closed before the JVM exits. While a guard is open the
 * deletion of unfinished temporary files ({@link AtomicFiles#deferCleanup()}) waits for it, and
 * {@link InterruptNotice} leaves reporting the interrupt to the guarded command.
 */
final class InterruptGuard implements AutoCloseable {
    /** How long the shutdown hook waits for the guarded work to finish its files. */
    static final long GRACE_SECONDS = 60;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private final AtomicFiles.CleanupDeferral deferral = AtomicFiles.deferCleanup();
    private static final AtomicInteger OPEN = new AtomicInteger();

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
        OPEN.incrementAndGet();
        Runtime.getRuntime().addShutdownHook(g.hook);
        return g;
    }

    /** Whether some guard is open (its command reports an interrupt itself). */
    static boolean anyOpen() {
        return OPEN.get() > 0;
    }

    /** True once a shutdown (Ctrl-C) has begun. */
    BooleanSupplier cancelled() {
        return cancelled::get;
    }

    /** Releases a waiting shutdown hook, or removes the hook if no shutdown began. */
    @Override
    public void close() {
        if (finished.getCount() > 0) OPEN.decrementAndGet();
        finished.countDown();
        deferral.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook is running and now returns
        }
    }
}
