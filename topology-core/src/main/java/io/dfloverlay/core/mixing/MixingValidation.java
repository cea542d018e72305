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
    public enum Severity { ERROR, WARNING }

    /**
     * One problem.
     *
     * @param severity ERROR breaks averaging; WARNING (negative entries) is allowed for some schemes
     * @param message what is wrong, naming the entry, row or column
     */
    public record Problem(Severity severity, String message) {
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

    public MixingValidation {
        problems = List.copyOf(problems);
    }

    /** Whether there are no problems at all. */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Whether there is no ERROR-level problem (warnings allowed). */
    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    /** Only the errors. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }
}
