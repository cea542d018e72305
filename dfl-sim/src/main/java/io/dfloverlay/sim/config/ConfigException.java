package io.dfloverlay.sim.config;

/**
 * An invalid configuration value, located by its key path in the JSON form of {@link RunConfig}
 * (e.g. {@code algorithm.learningRate}); the message reads {@code <path>: <problem>}.
 */
public final class ConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** The dotted key path, empty for the whole document. */
    private final String path;
    /** What is wrong, without the path. */
    private final String problem;

    /**
     * An error at {@code path}.
     *
     * @param path    dotted key path, empty for the whole document
     * @param problem what is wrong, e.g. {@code must be > 0}
     */
    public ConfigException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    /**
     * The key path, e.g. {@code topology.d}.
     *
     * @return the dotted path (empty for the whole document)
     */
    public String path() {
        return path;
    }

    /**
     * The problem without the path.
     *
     * @return e.g. {@code must be at least 1}
     */
    public String problem() {
        return problem;
    }

    /**
     * This error seen from the enclosing section {@code parent}.
     *
     * @param parent the key of the section holding this value
     * @return the same problem at {@code parent.path}
     */
    public ConfigException within(String parent) {
        return new ConfigException(parent.isEmpty() ? path : path.isEmpty() ? parent : parent + "." + path, problem);
    }

    /**
     * Throws a {@link ConfigException} unless {@code ok}.
     *
     * @param ok      the condition that must hold
     * @param path    key path of the value
     * @param problem what is wrong when it does not hold
     * @throws ConfigException when {@code ok} is false
     */
    public static void require(boolean ok, String path, String problem) {
        if (!ok) throw new ConfigException(path, problem);
    }

    /**
     * Builds a section, turning its {@link ConfigException}s into ones located under {@code section}.
     *
     * @param section key of the section
     * @param build   constructs the section
     * @param <T>     the section's type
     * @return the section
     * @throws ConfigException located under {@code section}
     */
    public static <T> T in(String section, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ConfigException e) {
            throw e.within(section);
        }
    }
}
