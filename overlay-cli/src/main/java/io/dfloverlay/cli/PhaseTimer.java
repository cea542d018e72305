package io.dfloverlay.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall time, CPU time of the calling thread and CPU time of the whole process (all threads: worker
 * threads, JIT compiler and GC included) of consecutive phases of a command, for its
 * {@code --timings} breakdown. On a shared machine the CPU times are the stable figures. Not thread-safe.
 */
final class PhaseTimer {
    private record Phase(String name, double wall, double threadCpu, double processCpu) {}

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<Phase> phases = new ArrayList<>();
    private final long start = System.nanoTime();
    private long wall = start;
    private long threadCpu = threads.getCurrentThreadCpuTime();
    private long processCpu = ProcessCpuTime.totalNanos();

    /**
     * Ends the current phase and starts the next.
     *
     * @param name the name of the phase that ends
     */
    void lap(String name) {
        long w = System.nanoTime(), t = threads.getCurrentThreadCpuTime(), p = ProcessCpuTime.totalNanos();
        phases.add(new Phase(name, (w - wall) / 1e9, (t - threadCpu) / 1e9, (p - processCpu) / 1e9));
        wall = w;
        threadCpu = t;
        processCpu = p;
    }

    /**
     * Prints one line per phase and the total, with the JVM's uptime at the start (its start-up and class loading).
     *
     * @param err where to print
     */
    void print(PrintWriter err) {
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3 - (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "timings (wall / this thread's CPU / process CPU, seconds); JVM up %.3f s before the first phase%n", uptime);
        double w = 0, t = 0, p = 0;
        for (Phase ph : phases) {
            err.printf(Locale.ROOT, "  %-40s %7.3f %7.3f %7.3f%n", ph.name(), ph.wall(), ph.threadCpu(), ph.processCpu());
            w += ph.wall();
            t += ph.threadCpu();
            p += ph.processCpu();
        }
        err.printf(Locale.ROOT, "  %-40s %7.3f %7.3f %7.3f%n", "total", w, t, p);
        err.flush();
    }
}
