package io.dfloverlay.sim.config;

/**
 * How long and where a run executes, from which seed, and when it evaluates.
 *
 * @param rounds     communication rounds, at least 1
 * @param engine     engine name: {@code cpu}, {@code gpu} or {@code auto}
 * @param seed       master seed; topology, data split, initialisation, minibatches and churn draw
 *                   from independent streams derived from it
 * @param evaluation the evaluation schedule
 */
public record ExecutionConfig(int rounds, String engine, long seed, EvaluationConfig evaluation) {
    /**
     * Validates ranges.
     *
     * @throws ConfigException naming the key of a missing or out-of-range value
     */
    public ExecutionConfig {
        ConfigException.require(rounds >= 1, "rounds", "must be at least 1, got " + rounds);
        ConfigException.require(engine != null && !engine.isBlank(), "engine", "missing");
        ConfigException.require(evaluation != null, "evaluation", "missing");
    }
}
