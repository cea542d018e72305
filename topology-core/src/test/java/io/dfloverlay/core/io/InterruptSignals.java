package io.dfloverlay.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a child JVM started by a test can receive Ctrl-C: a process whose parent ignores SIGINT
 * (a background job of a shell without job control, some CI runners) inherits the ignore, and a JVM
 * started so installs no SIGINT handler, so a test that sends SIGINT must skip there.
 */
public final class InterruptSignals {
    private InterruptSignals() {}

    /**
     * Whether this process ignores SIGINT (from the {@code SigIgn} mask of {@code /proc/self/status}).
     *
     * @return true when SIGINT is ignored; false when it is not or the mask cannot be read
     */
    public static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << (2 - 1))) != 0;
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        return false;
    }
}
