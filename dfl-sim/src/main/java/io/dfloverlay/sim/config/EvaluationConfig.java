package io.dfloverlay.sim.config;

/**
 * When a run evaluates and what it reports against.
 *
 * @param every          evaluate every this many rounds (and at the last), at least 1
 * @param targetAccuracy test accuracy whose first round is reported, in [0, 1], or null for none
 */
public record EvaluationConfig(int every, Double targetAccuracy) {
    /**
     * Validates ranges.
     *
     * @throws ConfigException naming the key of an out-of-range value
     */
    public EvaluationConfig {
        ConfigException.require(every >= 1, "every", "must be at least 1, got " + every);
        ConfigException.require(targetAccuracy == null || (targetAccuracy >= 0 && targetAccuracy <= 1), "targetAccuracy",
                "must be in [0, 1], got " + targetAccuracy);
    }
}
