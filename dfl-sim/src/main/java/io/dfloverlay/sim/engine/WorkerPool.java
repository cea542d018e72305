package io.dfloverlay.sim.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of daemon threads that, together with the calling thread, drain the items
 * {@code 0 .. items-1} of one {@link Task}: each thread takes the next item from a shared counter
 * (dynamic work sharing, so a core stolen by another process delays only the item it is running).
 * Dispatch allocates nothing: the task is a reusable object and the hand-off is a volatile
 * generation counter with {@link LockSupport#park}/{@code unpark}. Which thread runs an item is not
 * deterministic, so a task must give each item a result that depends only on the item (its
 * {@code slot} argument selects per-thread scratch space, never data). Pools are shared per size
 * ({@link #shared}); {@link #run} is synchronized, so concurrent engines serialize their dispatches.
 * Not re-entrant: a task must not call {@link #run} on its own pool.
 */
final class WorkerPool {
    /** Work item {@code item}, run by the thread owning scratch slot {@code slot} (0 = caller). */
    interface Task {
        void run(int item, int slot);
    }

    private static final Map<Integer, WorkerPool> SHARED = new ConcurrentHashMap<>();

    private final Thread[] workers;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile int generation;
    private volatile Task task;
    private volatile int items;
    private volatile Thread caller;
    private volatile Throwable failure;

    private WorkerPool(int threads) {
        workers = new Thread[threads - 1];
        for (int s = 1; s < threads; s++) {
            int slot = s;
            Thread t = new Thread(() -> workLoop(slot), "dfloverlay-cpu-" + threads + "-" + slot);
            t.setDaemon(true);
            workers[s - 1] = t;
            t.start();
        }
    }

    /** The process-wide pool of {@code threads} threads (the caller counts as one). */
    static WorkerPool shared(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        return SHARED.computeIfAbsent(threads, WorkerPool::new);
    }

    /** Threads that run items, the caller included; slots are {@code 0 .. threads()-1}. */
    int threads() {
        return workers.length + 1;
    }

    /** Ids of the worker threads (not the caller), for allocation accounting in tests. */
    long[] workerThreadIds() {
        long[] ids = new long[workers.length];
        for (int k = 0; k < ids.length; k++) ids[k] = workers[k].threadId();
        return ids;
    }

    /** Runs {@code task} on items {@code 0 .. items-1} and returns when all are done; rethrows the first failure. */
    synchronized void run(int items, Task task) {
        if (items <= 0) return;
        if (workers.length == 0 || items == 1) {
            for (int i = 0; i < items; i++) task.run(i, 0);
            return;
        }
        this.task = task;
        this.items = items;
        this.caller = Thread.currentThread();
        failure = null;
        next.set(0);
        pending.set(workers.length);
        generation++; // volatile write: publishes the fields above
        for (Thread w : workers) LockSupport.unpark(w);
        try {
            drain(task, items, 0);
        } catch (Throwable e) {
            failure = e;
        }
        while (pending.get() != 0) LockSupport.park(this);
        this.task = null;
        Throwable f = failure;
        failure = null;
        if (f instanceof RuntimeException re) throw re;
        if (f instanceof Error er) throw er;
        if (f != null) throw new IllegalStateException(f);
    }

    private void drain(Task t, int count, int slot) {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) t.run(i, slot);
    }

    private void workLoop(int slot) {
        int seen = 0;
        while (true) {
            while (generation == seen) LockSupport.park(this);
            seen = generation;
            try {
                drain(task, items, slot);
            } catch (Throwable e) {
                failure = e;
            }
            if (pending.decrementAndGet() == 0) LockSupport.unpark(caller);
        }
    }
}
