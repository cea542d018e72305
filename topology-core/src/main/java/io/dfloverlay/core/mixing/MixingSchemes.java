package io.dfloverlay.core.mixing;

import io.dfloverlay.core.registry.NamedRegistry;
import java.util.List;

/**
 * The registry of mixing-weight schemes, by the names the CLI and the simulator use: {@code
 * uniform}, {@code mh} ({@code metropolis-hastings}), {@code best-constant}, {@code lazy}
 * ({@code lazy-uniform}) and {@code lazy-mh}. Names compare trimmed and case-insensitively.
 */
public final class MixingSchemes {
    private static final NamedRegistry<MixingScheme> SCHEMES = new NamedRegistry<>("mixing scheme", List.of(
            new MixingScheme("uniform", List.of(), "(A + I)/(d_max + 1); nodes of lower degree keep the slack on the diagonal",
                    solver -> new UniformWeights()),
            new MixingScheme("mh", List.of("metropolis-hastings"), "Metropolis-Hastings: W_ij = 1/(1 + max(d_i, d_j)), symmetric for any degrees",
                    solver -> new MetropolisHastingsWeights()),
            new MixingScheme("best-constant", List.of(), "I - alpha L with alpha = 2/(lambda_2(L) + lambda_n(L)), the best constant edge weight",
                    BestConstantWeights::new),
            new MixingScheme("lazy", List.of("lazy-uniform"), "(I + W)/2 with uniform W: spectrum in [0, 1], no oscillation",
                    solver -> new LazyWeights(new UniformWeights())),
            new MixingScheme("lazy-mh", List.of(), "(I + W)/2 with Metropolis-Hastings W",
                    solver -> new LazyWeights(new MetropolisHastingsWeights()))));

    private MixingSchemes() {}

    /**
     * Every registered scheme, in listing order.
     *
     * @return the schemes
     */
    public static List<MixingScheme> all() {
        return SCHEMES.all();
    }

    /**
     * The schemes' names (without aliases).
     *
     * @return the names
     */
    public static List<String> names() {
        return SCHEMES.names();
    }

    /**
     * The registered scheme with this name or alias.
     *
     * @param name a scheme name (any case)
     * @return the scheme
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static MixingScheme scheme(String name) {
        return SCHEMES.get(name);
    }

    /**
     * The weights called {@code name}; {@code best-constant} needs Laplacian eigenvalues and fails when
     * applied (use {@link #byName(String, LaplacianExtremes)} with the spectral module's solver).
     *
     * @param name a scheme name (any case)
     * @return the weights
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
     *
     * @param name a scheme name (any case)
     * @param solver the Laplacian solver
     * @return the weights
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static MixingWeights byName(String name, LaplacianExtremes solver) {
        return scheme(name).create(solver);
    }
}
