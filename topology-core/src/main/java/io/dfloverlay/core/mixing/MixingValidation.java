package io.dfloverlay.core.mixing;

import java.util.List;
import java.util.Objects;

/**
 * Result of {@link MixingMatrixValidator}: the problems found, errors and warnings; an empty list
 * means the matrix is a valid non-negative gossip matrix for the graph.
 *
 * @param problems what is wrong, in the order found (copied, unmodifiable)
 */
public record MixingValidation(List<Problem> problems) {
    /** How bad a problem is. */
    public enum Severity {
        /** The matrix does not average correctly (asymmetric, wrong sums, off-support entry). */
        ERROR,
        /** Allowed for some schemes (negative entries, e.g. best-constant weights). */
        WARNING
    }

    /**
     * One problem.
     *
     * @param severity ERROR breaks averaging; WARNING (negative entries) is allowed for some schemes
     * @param message what is wrong, naming the entry, row or column
     */
    public record Problem(Severity severity, String message) {
        /**
         * Checks that both components are present.
         *
         * @throws NullPointerException if {@code severity} or {@code message} is null
         */
        public Problem {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }

        static Problem error(String message) {
            return new Problem(Severity.ERROR, message);
        }

        @Override
        public String toString() {
            return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
        }
    }

    /**
     * Copies the problem list.
     *
     * @throws NullPointerException if {@code problems} or one of its elements is null
     */
    public MixingValidation {
        problems = List.copyOf(problems);
    }

    /** {@return whether there are no problems at all} */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** {@return whether there is no ERROR-level problem (warnings allowed)} */
    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    /** {@return only the errors, in the order found} */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }
}
