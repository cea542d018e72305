package io.dfloverlay.maintenance;

/** Public entry to the package-private sequence checker for the strategy contract tests. */
public final class ChurnSequenceCheckerAccess {
    private ChurnSequenceCheckerAccess() {}

    /** See {@code ChurnSequenceChecker.run}. */
    public static void run(String strategy, long seed, int maxN, boolean evenD, boolean repairs) {
        ChurnSequenceChecker.run(strategy, seed, maxN, evenD, repairs);
    }
}
