package io.dfloverlay.core.mixing;

import java.util.List;
import java.util.Locale;

/** Looks up mixing-weight schemes by their command-line names. */
public final class MixingSchemes {
    /** The accepted names, aliases included. */
    public static final List<String> NAMES =
            List.of("uniform", "mh", "metropolis-hastings", "best-constant", "lazy", "lazy-uniform", "lazy-mh");

    private MixingSchemes() {}

    /**
     * The scheme called {@code name} (case-insensitive): {@code uniform}, {@code mh} /
     * {@code metropolis-hastings}, {@code best-constant} (needs Laplacian eigenvalues: use
     * {@link #byName(String, LaplacianExtremes)}; here it fails when applied), {@code lazy} /
     * {@code lazy-uniform}, {@code lazy-mh}.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static MixingWeights byName(String name) {
        return byName(name, g -> {
            throw new IllegalArgumentException("best-constant weights need Laplacian eigenvalues: pass a LaplacianExtremes"
                    + " (the spectral module's SparseLaplacianExtremes) to MixingSchemes.byName(name, solver)");
        });
    }

    /**
     * As {@link #byName(String)}, with {@code best-constant} using {@code solver} for the Laplacian
     * eigenvalues (e.g. the spectral module's sparse solver for large graphs).
     */
    public static MixingWeights byName(String name, LaplacianExtremes solver) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "uniform" -> new UniformWeights();
            case "mh", "metropolis-hastings" -> new MetropolisHastingsWeights();
            case "best-constant" -> new BestConstantWeights(solver);
            case "lazy", "lazy-uniform" -> new LazyWeights(new UniformWeights());
            case "lazy-mh" -> new LazyWeights(new MetropolisHastingsWeights());
            default -> throw new IllegalArgumentException(
                    "unknown mixing scheme '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }
}
