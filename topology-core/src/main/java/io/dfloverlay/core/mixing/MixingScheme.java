package io.dfloverlay.core.mixing;

import io.dfloverlay.core.registry.Named;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One registered mixing-weight scheme: its name, other names it answers to, a one-line
 * description and how to make it (given the Laplacian solver {@code best-constant} needs).
 *
 * @param name the scheme's name, e.g. {@code mh}
 * @param aliases other accepted names, e.g. {@code metropolis-hastings}
 * @param description one line: the weights it gives
 * @param factory makes the weights from a Laplacian solver (ignored by schemes that need none)
 */
public record MixingScheme(String name, List<String> aliases, String description, Function<LaplacianExtremes, MixingWeights> factory)
        implements Named {
    /** Copies the aliases; names and descriptions are checked by the {@link MixingSchemes} registry. */
    public MixingScheme {
        Objects.requireNonNull(factory, "factory");
        aliases = List.copyOf(aliases);
    }

    /**
     * Makes the weights.
     *
     * @param solver the Laplacian solver {@code best-constant} uses
     * @return the weights
     */
    public MixingWeights create(LaplacianExtremes solver) {
        return factory.apply(solver);
    }
}
