package io.dfloverlay.sim.topology;

import java.util.Locale;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * A failure or join schedule: empty (none), {@code at:ROUND:FRACTION[,ROUND:FRACTION...]} (at the
 * start of each listed round, that fraction of the live clients, rounded, fails or joins; the
 * {@code at:} prefix may be repeated per entry) or {@code rate:P} (every round each live client
 * fails with probability P; for joins, Binomial(n0, P) new clients per round, n0 the initial count).
 *
 * @param spec     the spec text
 * @param atRounds round → fraction for {@code at:} specs (empty otherwise)
 * @param rate     per-round probability for {@code rate:} specs (0 otherwise)
 */
public record ChurnSpec(String spec, java.util.SortedMap<Integer, Double> atRounds, double rate) {
    /** No churn. */
    public static final ChurnSpec NONE = new ChurnSpec("", new TreeMap<>(), 0);

    /** Copies the schedule. */
    public ChurnSpec {
        atRounds = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(atRounds));
    }

    /** Whether anything ever happens. */
    public boolean isEmpty() {
        return atRounds.isEmpty() && rate == 0;
    }

    /**
     * Parses a spec; {@code what} ("failures"/"joins") names it in errors.
     *
     * @throws IllegalArgumentException on a malformed spec
     */
    public static ChurnSpec parse(String spec, String what) {
        String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("none")) return NONE;
        if (s.startsWith("rate:")) {
            double p = number(s.substring(5), what, spec);
            if (!(p >= 0 && p < 1)) throw new IllegalArgumentException(what + " rate must be in [0, 1), got " + s.substring(5));
            return new ChurnSpec(s, new TreeMap<>(), p);
        }
        if (!s.startsWith("at:"))
            throw new IllegalArgumentException(what + " spec '" + spec + "' must be at:ROUND:FRACTION[,...] or rate:P");
        TreeMap<Integer, Double> at = new TreeMap<>();
        for (String entry : s.substring(3).split(",")) {
            String e = entry.trim().startsWith("at:") ? entry.trim().substring(3) : entry.trim();
            String[] parts = e.split(":");
            if (parts.length != 2) throw new IllegalArgumentException(what + " entry '" + entry + "' must be ROUND:FRACTION");
            double round = number(parts[0], what, spec);
            double fraction = number(parts[1], what, spec);
            if (round < 1 || round != Math.rint(round) || round > Integer.MAX_VALUE)
                throw new IllegalArgumentException(what + " round must be a positive integer, got " + parts[0]);
            if (!(fraction >= 0 && fraction <= 1)) throw new IllegalArgumentException(what + " fraction must be in [0, 1], got " + parts[1]);
            at.merge((int) round, fraction, Double::sum);
        }
        return new ChurnSpec(s, at, 0);
    }

    /** Number of clients failing at the start of {@code round} out of {@code alive}, keeping at least 2 alive. */
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

    /** Number of clients joining at the start of {@code round}. */
    public int joins(int round, int alive, int initial, RandomGenerator rng) {
        if (rate > 0) {
            int k = 0;
            for (int i = 0; i < initial; i++) if (rng.nextDouble() < rate) k++;
            return k;
        }
        return (int) Math.round(atRounds.getOrDefault(round, 0.0) * alive);
    }

    private static double number(String s, String what, String spec) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " spec '" + spec + "': '" + s + "' is not a number");
        }
    }
}
