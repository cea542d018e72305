package io.dfloverlay.core.topology;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A parameter of a registered kind (a topology, a mixing scheme, ...) is missing, unknown, of the
 * wrong type or out of range. The message speaks library words ({@code "random-regular: d must
 * be at least 3, got 2"}); front ends that call the parameter something else (a command line's
 * {@code --d}) re-phrase it with {@link #message(UnaryOperator)}.
 */
public final class ParamException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The kind whose parameter is wrong, e.g. {@code random-regular}. */
    private final String kind;
    /** The parameter's name, e.g. {@code d}. */
    private final String param;
    /** What is wrong, completing "PARAM ...", e.g. {@code "must be at least 3, got 2"}. */
    private final String problem;

    /**
     * A parameter error.
     *
     * @param kind the kind's name
     * @param param the parameter's name
     * @param problem what is wrong, completing "PARAM ...", e.g. {@code "must be at least 3, got 2"}
     */
    public ParamException(String kind, String param, String problem) {
        super(kind + ": " + param + " " + problem);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.param = Objects.requireNonNull(param, "param");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /**
     * The kind whose parameter is wrong.
     *
     * @return e.g. {@code "random-regular"}
     */
    public String kind() {
        return kind;
    }

    /**
     * The parameter's name.
     *
     * @return e.g. {@code "d"}
     */
    public String param() {
        return param;
    }

    /**
     * What is wrong with the parameter.
     *
     * @return e.g. {@code "must be at least 3, got 2"}
     */
    public String problem() {
        return problem;
    }

    /**
     * The message with the parameter named as a front end calls it.
     *
     * @param naming maps a parameter name to the front end's name for it, e.g. {@code d -> --d}
     * @return e.g. {@code "random-regular: --d must be at least 3, got 2"}
     */
    public String message(UnaryOperator<String> naming) {
        return kind + ": " + naming.apply(param) + " " + problem;
    }
}
