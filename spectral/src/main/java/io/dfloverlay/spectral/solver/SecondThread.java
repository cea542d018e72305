package io.dfloverlay.spectral.solver;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One persistent helper thread for two-way splits of short, repeated kernels (a sparse product of
 * a Lanczos step, a few milliseconds at n = 10^6): {@link #runBeside} hands one half to the
 * helper and runs the other on the calling thread. The hand-over is a volatile counter and
 * {@link LockSupport#unpark}, not a fork-join task per call (a parallel stream per product cost
 * more than the second core saved). As in fork-join, a half the helper has not started yet when
 * the caller is done with its own is taken back and run by the caller, so a helper that the
 * operating system does not schedule (a busy machine) costs no waiting. The helper parks between calls; it is a daemon thread, made on
 * first use and kept for the life of the JVM. One caller at a time owns it: a concurrent caller
 * runs both halves itself, one after the other. Since each half does the same work on the same
 * data either way, results never depend on which thread ran what. Thread-safe.
 */
final class SecondThread {
    private static final SecondThread SHARED = new SecondThread();
    /** How long the caller spins for the helper's half before parking (the helper's wake-up is about as long). */
    private static final long SPIN_NANOS = 20_000;

    private final AtomicBoolean owned = new AtomicBoolean();
    /** The last ticket whose job was taken, by the helper or back by the caller. */
    private final AtomicLong claimed = new AtomicLong();
    private volatile Thread helper;
    private volatile Thread caller;
    private volatile Runnable job;
    private volatile long posted;
    private volatile long done;
    private volatile Throwable failure;

    private SecondThread() {}

    /** The shared helper. */
    static SecondThread shared() {
        return SHARED;
    }

    /**
     * Runs {@code mine} on this thread and {@code theirs} on the helper (or both here if another
     * caller holds the helper), returning when both are done.
     *
     * @param mine   the calling thread's half
     * @param theirs the helper's half
     * @throws RuntimeException or Error thrown by either half
     */
    void runBeside(Runnable mine, Runnable theirs) {
        if (!owned.compareAndSet(false, true)) {
            mine.run();
            theirs.run();
            return;
        }
        try {
            Thread h = helper();
            caller = Thread.currentThread();
            failure = null;
            job = theirs;
            long ticket = posted + 1;
            posted = ticket;
            LockSupport.unpark(h);
            Throwable mineFailed = null;
            try {
                mine.run();
            } catch (RuntimeException | Error e) {
                mineFailed = e;
            }
            if (claimed.compareAndSet(ticket - 1, ticket)) {
                try {
                    theirs.run(); // the helper has not started it: no reason to wait for it
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                done = ticket;
            }
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (done != ticket) {
                if (System.nanoTime() < spinUntil) Thread.onSpinWait();
                else LockSupport.parkNanos(this, 1_000_000);
            }
            job = null;
            Throwable f = mineFailed != null ? mineFailed : failure;
            if (f instanceof RuntimeException re) throw re;
            if (f instanceof Error err) throw err;
        } finally {
            owned.set(false);
        }
    }

    private Thread helper() {
        Thread h = helper;
        if (h == null) {
            h = new Thread(this::serve, "lanczos-second-thread");
            h.setDaemon(true);
            helper = h;
            h.start();
        }
        return h;
    }

    private void serve() {
        long seen = 0;
        while (true) {
            long ticket = posted;
            if (ticket == seen) {
                LockSupport.park(this);
                continue;
            }
            seen = ticket;
            if (!claimed.compareAndSet(ticket - 1, ticket)) continue; // the caller took it back
            try {
                job.run();
            } catch (Throwable t) {
                failure = t;
            }
            done = ticket;
            LockSupport.unpark(caller);
        }
    }
}
