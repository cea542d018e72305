package io.dfloverlay.sim;

/**
 * Facts fixed at the start of a run, printed in its header and summary: the topology and its
 * spectral scalars (ρ(W) of the mixing matrix, two-sided λ(A) of the adjacency; NaN where not
 * defined, e.g. time-varying), which data actually ran (full set or embedded sample), the partition
 * summary, the model size and the engine.
 */
public record RunHeader(String topology, int clients, long edges, double rho, double lambda,
        String dataSource, int trainExamples, int testExamples, String partitionSummary,
        long parametersPerClient, String engine) {
}
