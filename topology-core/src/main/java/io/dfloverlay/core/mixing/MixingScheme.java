package io.dfloverlay.core.mixing;

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
public record MixingScheme(String name, List<String> aliases, String description, Function<LaplacianExtremes, MixingWeights> factory) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the name or the description is blank
     */
    public MixingScheme {
        Objects.requireNonNull(factory, "factory");
        aliases = List.copyOf(aliases);
        if (name == null || name.isBlank()) throw new IllegalArgumentException("scheme name must not be blank");
        if (description == null || description.isBlank()) throw new IllegalArgumentException(name + ": description must not be blank");
    }

    /**
     * Whether {@code key} (already trimmed and lower case) is the name or an alias.
     *
     * @param key a scheme name
     * @return true if this scheme answers to it
     */
    public boolean answersTo(String key) {
        return name.equals(key) || aliases.contains(key);
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
