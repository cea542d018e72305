package io.dfloverlay.sim;

/**
 * Facts fixed at the start of a run, printed in its header and summary: the topology and its
 * spectral scalars (ρ(W) of the mixing matrix, two-sided λ(A) of the adjacency; NaN where not
 * defined, e.g. time-varying), which data actually ran (full set or embedded sample), the partition
 * summary, the model size and the engine.
 *
 * @param topology            the topology's name
 * @param clients             the number of clients n
 * @param edges               edges of the (first) communication graph
 * @param rho                 ρ(W) of the mixing matrix (1 for a graph without edges, NaN if time-varying)
 * @param lambda              two-sided λ(A) of the adjacency (0 for a graph without edges, NaN if time-varying)
 * @param dataSource          which data ran, human-readable (dataset, full or sample, sizes, path)
 * @param trainExamples       the number of training examples
 * @param testExamples        the number of test examples
 * @param partitionSummary    how the training data is split among the clients, one line
 * @param parametersPerClient model parameters per client
 * @param engine              the engine, model and algorithm, one line
 */
public record RunHeader(String topology, int clients, long edges, double rho, double lambda,
        String dataSource, int trainExamples, int testExamples, String partitionSummary,
        long parametersPerClient, String engine) {
}
