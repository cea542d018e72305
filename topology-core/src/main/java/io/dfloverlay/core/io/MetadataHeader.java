package io.dfloverlay.core.io;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The comment-header encoding of {@link GraphMetadata} shared by the text formats:
 * {@code generator: NAME}, {@code param KEY: VALUE}, {@code seed: N}, one per comment line.
 * Other comment lines are ignored. Not thread-safe (one instance per file read).
 */
final class MetadataHeader {
    private String generator;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private Long seed;

    /** Writes the header lines for {@code m}, each starting with {@code prefix} (e.g. "% "). */
    static void write(Writer w, String prefix, GraphMetadata m) throws IOException {
        if (m == null) return;
        if (m.generator() != null) w.write(prefix + "generator: " + m.generator() + "\n");
        for (Map.Entry<String, String> e : m.parameters().entrySet()) w.write(prefix + "param " + e.getKey() + ": " + e.getValue() + "\n");
        if (m.seed() != null) w.write(prefix + "seed: " + m.seed() + "\n");
    }

    /**
     * Takes one comment body (the text after the comment character). Returns whether it was a
     * metadata line.
     *
     * @throws GraphFormatException on a malformed seed or parameter line
     */
    boolean accept(String body, SourcePosition sc) throws GraphFormatException {
        if (body.startsWith("generator:")) {
            String g = body.substring("generator:".length()).strip();
            if (!g.isEmpty()) generator = g;
            return true;
        }
        if (body.startsWith("seed:")) {
            String s = body.substring("seed:".length()).strip();
            try {
                seed = Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw sc.error("seed must be an integer, got '" + s + "'");
            }
            return true;
        }
        if (body.startsWith("param ")) {
            int colon = body.indexOf(':');
            String key = colon < 0 ? "" : body.substring("param ".length(), colon).strip();
            if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace))
                throw sc.error("expected 'param NAME: VALUE', got '" + body + "'");
            parameters.put(key, body.substring(colon + 1).strip());
            return true;
        }
        return false;
    }

    /**
     * Takes one metadata field of a structured format (a GraphML {@code data} element, a DOT graph
     * attribute, a JSON field): {@code generator}, {@code seed} or {@code param.NAME}; other keys
     * are ignored.
     *
     * @return whether it was a metadata field
     * @throws GraphFormatException on a malformed seed or parameter name
     */
    boolean acceptField(String key, String value, SourcePosition at) throws GraphFormatException {
        if (key.equals(GENERATOR) || key.equals(SEED)) return accept(key + ": " + value, at);
        if (key.startsWith(PARAM_PREFIX)) return accept("param " + key.substring(PARAM_PREFIX.length()) + ": " + value, at);
        return false;
    }

    /** Field name of the generator in structured formats. */
    static final String GENERATOR = "generator";
    /** Field name of the seed in structured formats. */
    static final String SEED = "seed";
    /** Prefix of a parameter's field name in structured formats ({@code param.d}). */
    static final String PARAM_PREFIX = "param.";

    /**
     * The metadata as structured-format fields in writing order: {@code generator},
     * {@code param.NAME}..., {@code seed}.
     */
    static java.util.List<Map.Entry<String, String>> fields(GraphMetadata m) {
        java.util.List<Map.Entry<String, String>> out = new java.util.ArrayList<>();
        if (m == null) return out;
        if (m.generator() != null) out.add(Map.entry(GENERATOR, m.generator()));
        for (Map.Entry<String, String> e : m.parameters().entrySet()) out.add(Map.entry(PARAM_PREFIX + e.getKey(), e.getValue()));
        if (m.seed() != null) out.add(Map.entry(SEED, m.seed().toString()));
        return out;
    }

    /** The metadata collected so far. */
    GraphMetadata result() {
        return new GraphMetadata(generator, parameters, seed);
    }
}
