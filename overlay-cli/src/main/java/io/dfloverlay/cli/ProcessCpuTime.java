package io.dfloverlay.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's CPU time so far, split into user and system time, as Linux reports it in
 * {@code /proc/self/stat} (fields utime and stime, in clock ticks of 1/100 s); {@link #totalNanos()}
 * is the total the JVM reports, on any OS.
 *
 * @param userSeconds   CPU seconds in user mode
 * @param systemSeconds CPU seconds in the kernel
 */
record ProcessCpuTime(double userSeconds, double systemSeconds) {
    /** Clock ticks per second of {@code /proc} times (USER_HZ, 100 on every Linux port in use). */
    private static final double TICKS_PER_SECOND = 100;

    /** The process's CPU time now, or null where {@code /proc/self/stat} cannot be read (not Linux). */
    static ProcessCpuTime now() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new ProcessCpuTime(Long.parseLong(f[11]) / TICKS_PER_SECOND, Long.parseLong(f[12]) / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {@return CPU nanoseconds of this JVM so far, all threads (JIT and GC included), from the JVM (any OS)}. */
    static long totalNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The CPU time spent since {@code earlier}. */
    ProcessCpuTime since(ProcessCpuTime earlier) {
        return new ProcessCpuTime(userSeconds - earlier.userSeconds, systemSeconds - earlier.systemSeconds);
    }
}
