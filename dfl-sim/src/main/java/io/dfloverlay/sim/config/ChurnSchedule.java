package io.dfloverlay.sim.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * A failure or join schedule: none, fixed fractions at given rounds (at the start of each listed
 * round, that fraction of the live clients, rounded, fails or joins) or a per-round rate (every
 * round each live client fails with probability {@code rate}; for joins, Binomial(n0, rate) new
 * clients per round, n0 the initial count). The short syntax ({@code at:ROUND:FRACTION[,...]},
 * {@code rate:P}) is read by {@link ConfigSyntax#churn}.
 *
 * @param atRounds round (at least 1) to fraction (in [0, 1]); empty for a rate or none
 * @param rate     per-round probability in [0, 1); 0 for a fixed schedule or none
 */
public record ChurnSchedule(SortedMap<Integer, Double> atRounds, double rate) {
    /** No churn. */
    public static final ChurnSchedule NONE = new ChurnSchedule(new TreeMap<>(), 0);

    /**
     * Validates and copies the schedule.
     *
     * @throws ConfigException naming the key of an out-of-range value
     */
    public ChurnSchedule {
        TreeMap<Integer, Double> copy = new TreeMap<>();
        if (atRounds != null) {
            atRounds.forEach((round, fraction) -> {
                ConfigException.require(round != null && round >= 1, "atRounds", "rounds must be at least 1, got " + round);
                ConfigException.require(fraction != null && fraction >= 0 && fraction <= 1, "atRounds." + round,
                        "fraction must be in [0, 1], got " + fraction);
                copy.put(round, fraction);
            });
        }
        ConfigException.require(rate >= 0 && rate < 1, "rate", "must be in [0, 1), got " + rate);
        ConfigException.require(rate == 0 || copy.isEmpty(), "rate", "a schedule takes either atRounds or a rate, not both");
        atRounds = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Whether anything ever happens.
     *
     * @return true for no churn
     */
    @JsonIgnore
    public boolean isEmpty() {
        return atRounds.isEmpty() && rate == 0;
    }

    /**
     * The short syntax of this schedule.
     *
     * @return {@code none}, {@code rate:P} or {@code at:ROUND:FRACTION,...}
     */
    public String syntax() {
        if (isEmpty()) return "none";
        if (rate > 0) return "rate:" + ConfigSyntax.number(rate);
        StringBuilder b = new StringBuilder("at:");
        atRounds.forEach((r, f) -> b.append(b.length() > 3 ? "," : "").append(r).append(':').append(ConfigSyntax.number(f)));
        return b.toString();
    }

    /**
     * Number of clients failing at the start of {@code round} out of {@code alive}, keeping at least 2 alive.
     *
     * @param round the round, from 1
     * @param alive the number of live clients
     * @param rng   draws the failures of a rate schedule (unused by a fixed one)
     * @return how many clients fail, in {@code [0, max(0, alive − 2)]}
     */
    public int failures(int round, int alive, RandomGenerator rng) {
        int k;
        if (rate > 0) {
            k = 0;
            for (int i = 0; i < alive; i++) if (rng.nextDouble() < rate) k++;
        } else {
            k = (int) Math.round(atRounds.getOrDefault(round, 0.0) * alive);
        }
        return Math.max(0, Math.min(k, alive - 2));
    }

    /**
     * Number of clients joining at the start of {@code round}.
     *
     * @param round   the round, from 1
     * @param alive   the number of live clients (a fixed schedule's fraction is of these)
     * @param initial the initial number of clients (a rate schedule draws Binomial(initial, rate))
     * @param rng     draws the joins of a rate schedule (unused by a fixed one)
     * @return how many clients join, at least 0
     */
    public int joins(int round, int alive, int initial, RandomGenerator rng) {
        if (rate > 0) {
            int k = 0;
            for (int i = 0; i < initial; i++) if (rng.nextDouble() < rate) k++;
            return k;
        }
        return (int) Math.round(atRounds.getOrDefault(round, 0.0) * alive);
    }
}
