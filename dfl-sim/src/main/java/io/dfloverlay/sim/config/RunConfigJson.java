package io.dfloverlay.sim.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * {@link RunConfig} to and from JSON (Jackson), strictly: unknown keys, duplicate keys, wrong
 * types (no coercion of strings to numbers or of fractions to integers), missing values and
 * out-of-range values are errors naming the key path, e.g. {@code algorithm.learningRate: must be > 0}.
 * Doubles round-trip bit for bit. Thread-safe.
 */
public final class RunConfigJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                    DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private RunConfigJson() {}

    /**
     * The config as a JSON document (two-space indentation, ending in a newline; absent values omitted).
     *
     * @param config the config
     * @return the JSON text
     */
    public static String toJson(RunConfig config) {
        try {
            return MAPPER.writeValueAsString(config) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the config as JSON", e);
        }
    }

    /**
     * The config as a JSON tree, for embedding in other documents.
     *
     * @param config the config
     * @return its tree
     */
    public static JsonNode toTree(RunConfig config) {
        return MAPPER.valueToTree(config);
    }

    /**
     * Parses a config.
     *
     * @param json the JSON text
     * @return the validated config
     * @throws ConfigException on malformed JSON or an unknown, missing, mistyped or out-of-range value
     */
    public static RunConfig fromJson(String json) {
        return readStrictly(json, RunConfig.class);
    }

    /**
     * Parses a JSON document into {@code type} with the same strict rules as a config (unknown,
     * duplicate, mistyped keys are errors naming the key path), for documents that embed configs.
     *
     * @param json the JSON text
     * @param type the record or class to read
     * @param <T>  the type read
     * @return the validated value
     * @throws ConfigException on malformed JSON or an unknown, missing, mistyped or out-of-range value
     */
    public static <T> T readStrictly(String json, Class<T> type) {
        if (json == null || json.isBlank()) throw new ConfigException("", "the document is empty (expected a JSON object)");
        try {
            T c = MAPPER.readValue(json, type);
            if (c == null) throw new ConfigException("", "the document is empty (expected a JSON object)");
            return c;
        } catch (JsonProcessingException e) {
            throw describe(e);
        }
    }

    /**
     * Reads a config file.
     *
     * @param file the file
     * @return the validated config
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and the key path of a bad value
     */
    public static RunConfig read(Path file) throws IOException {
        String text = Files.readString(file);
        try {
            return fromJson(text);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** One-line error for a Jackson failure, located by the key path. */
    static ConfigException describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException && e.getCause() instanceof StreamReadException r) return describe(r);
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof ConfigException c)
            return c.within(path(v));
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException c)
            return new ConfigException(path(v), c.getMessage());
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", "));
            return new ConfigException(path(u), "unknown key" + (known.isEmpty() ? "" : " (known: " + known + ")"));
        }
        if (e instanceof InvalidTypeIdException t)
            return new ConfigException(join(path(t), "kind"), "unknown kind '" + t.getTypeId() + "'" + kinds(t));
        if (e instanceof MismatchedInputException m) {
            String type = m.getTargetType() == null ? "another type" : typeName(m.getTargetType());
            String msg = m.getOriginalMessage();
            if (msg != null && msg.contains("null")) return new ConfigException(path(m), "missing (expected " + type + ")");
            return new ConfigException(path(m), "expected " + type);
        }
        if (e instanceof JsonMappingException m) return new ConfigException(path(m), firstLine(m.getOriginalMessage()));
        if (e instanceof InputCoercionException c)
            return new ConfigException("", "number out of range at line " + c.getLocation().getLineNr() + ", column "
                    + c.getLocation().getColumnNr());
        if (e instanceof StreamReadException r && r.getLocation() != null)
            return new ConfigException("", "malformed JSON at line " + r.getLocation().getLineNr() + ", column "
                    + r.getLocation().getColumnNr() + ": " + firstLine(r.getOriginalMessage()));
        return new ConfigException("", "malformed JSON: " + firstLine(e.getOriginalMessage()));
    }

    private static String kinds(InvalidTypeIdException t) {
        return t.getBaseType() != null && t.getBaseType().getRawClass() == PartitionConfig.class
                ? " (known: iid, dirichlet, shards, unequal, by-book, by-chapter)" : "";
    }

    private static String typeName(Class<?> c) {
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) return "an integer";
        if (c == double.class || c == Double.class || c == float.class) return "a number";
        if (c == boolean.class || c == Boolean.class) return "true or false";
        if (c == String.class) return "a string";
        if (c.isEnum()) return "one of " + java.util.Arrays.stream(c.getEnumConstants()).map(String::valueOf)
                .map(s -> s.toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
        if (java.util.Map.class.isAssignableFrom(c) || c.isRecord() || c.isInterface()) return "an object";
        if (java.util.Collection.class.isAssignableFrom(c)) return "an array";
        return "a " + c.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "." + b;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
