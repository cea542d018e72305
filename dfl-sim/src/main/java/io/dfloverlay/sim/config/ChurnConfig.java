package io.dfloverlay.sim.config;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Clients failing and joining during a run, and the repair strategy that keeps the overlay
 * d-regular and connected (a maintenance strategy name: {@code none}, {@code pairing}, {@code cycle},
 * {@code spectral}, {@code rebalance}).
 *
 * @param failures failure schedule (null: none)
 * @param joins    join schedule (null: none)
 * @param repair   repair strategy name (null: {@code none})
 */
public record ChurnConfig(ChurnSchedule failures, ChurnSchedule joins, String repair) {
    /** No churn. */
    public static final ChurnConfig NONE = new ChurnConfig(ChurnSchedule.NONE, ChurnSchedule.NONE, "none");

    /** Fills absent values with "none". */
    public ChurnConfig {
        failures = failures == null ? ChurnSchedule.NONE : failures;
        joins = joins == null ? ChurnSchedule.NONE : joins;
        repair = repair == null || repair.isBlank() ? "none" : repair;
    }

    /**
     * Whether anything ever fails or joins.
     *
     * @return true when both schedules are empty
     */
    @JsonIgnore
    public boolean isEmpty() {
        return failures.isEmpty() && joins.isEmpty();
    }
}
