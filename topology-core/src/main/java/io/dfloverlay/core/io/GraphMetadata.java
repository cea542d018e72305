package io.dfloverlay.core.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a graph was made, stored in file headers ({@code % generator: random-regular},
 * {@code % param d: 8}, {@code % seed: 1}) by the Matrix Market and edge-list formats.
 *
 * @param generator generator name, or null if unknown
 * @param parameters generator parameters in insertion order (copied, unmodifiable); keys are
 *     non-empty without whitespace or ':'; no key or value may contain a line break
 * @param seed random seed, or null if none
 */
public record GraphMetadata(String generator, Map<String, String> parameters, Long seed) {
    /** No metadata. */
    public static final GraphMetadata EMPTY = new GraphMetadata(null, Map.of(), null);

    /**
     * Validates and copies the components; a null {@code parameters} means none. Names and values
     * are stripped of surrounding blanks.
     *
     * @throws IllegalArgumentException if the generator name is blank or has a line break, a
     *     parameter name is empty or has whitespace or ':', or a value is null or has a line break
     */
    public GraphMetadata {
        if (generator != null && (generator.isBlank() || hasLineBreak(generator)))
            throw new IllegalArgumentException("generator name must be non-blank and on one line, got '" + generator + "'");
        if (generator != null) generator = generator.strip();
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : (parameters == null ? Map.<String, String>of() : parameters).entrySet()) {
            String k = e.getKey(), v = e.getValue();
            if (k == null || k.isEmpty() || k.chars().anyMatch(c -> c == ':' || Character.isWhitespace(c)))
                throw new IllegalArgumentException("parameter name must be non-empty without spaces or ':', got '" + k + "'");
            if (v == null || hasLineBreak(v))
                throw new IllegalArgumentException("parameter " + k + " must have a one-line value, got '" + v + "'");
            copy.put(k, v.strip());
        }
        parameters = Collections.unmodifiableMap(copy);
    }

    /**
     * Metadata with a generator name, parameters and seed.
     *
     * @param generator generator name, non-blank, or null if unknown
     * @param parameters generator parameters in insertion order
     * @param seed random seed
     * @return the metadata
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static GraphMetadata of(String generator, Map<String, String> parameters, long seed) {
        return new GraphMetadata(generator, parameters, seed);
    }

    /** {@return whether nothing is recorded} */
    public boolean isEmpty() {
        return generator == null && parameters.isEmpty() && seed == null;
    }

    private static boolean hasLineBreak(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }
}
