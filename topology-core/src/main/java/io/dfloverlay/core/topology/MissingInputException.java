package io.dfloverlay.core.topology;

import java.util.Objects;

/**
 * A kind needs an input beyond its scalar parameters that the request did not give (e.g.
 * {@code d-cliques} without the clients' label histograms). Front ends say how to give it.
 */
public final class MissingInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The kind's name. */
    private final String kind;
    /** The missing input's type. */
    private final transient Class<?> input;

    /**
     * A missing input of a kind.
     *
     * @param kind the kind's name
     * @param input the type of the missing {@link TopologyInputs} entry
     * @param what the input in words, e.g. {@code "the clients' label histograms (one row per node)"}
     */
    public MissingInputException(String kind, Class<?> input, String what) {
        super(kind + " needs " + what);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.input = Objects.requireNonNull(input, "input");
    }

    /** {@return the kind's name} */
    public String kind() {
        return kind;
    }

    /** {@return the type of the missing input} */
    public Class<?> input() {
        return input;
    }
}
