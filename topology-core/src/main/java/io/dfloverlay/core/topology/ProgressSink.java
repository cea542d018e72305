package io.dfloverlay.core.topology;

/**
 * Receives progress lines of a long-running construction (e.g. a search); pass one through
 * {@link TopologyInputs} to kinds that report progress.
 */
@FunctionalInterface
public interface ProgressSink {
    /**
     * Receives one line.
     *
     * @param line a human-readable progress line
     */
    void report(String line);
}
