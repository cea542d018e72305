package io.dfloverlay.cli.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes and reads the CLI's report documents (e.g. {@code summary.json}) with Jackson: two-space
 * indentation, keys in insertion order, doubles in shortest exact form and non-finite doubles as
 * {@code null}. Thread-safe.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule().addSerializer(Double.class, new FiniteDoubles()).addSerializer(double.class, new FiniteDoubles()))
            .build();

    private ReportJson() {}

    /**
     * {@code value} (maps, lists, records, scalars, JSON trees) as a JSON document ending in a newline.
     *
     * @param value the document
     * @return its JSON text
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /**
     * Parses a JSON document into a tree (for tests and tools reading the reports).
     *
     * @param json the text
     * @return its tree
     * @throws IllegalArgumentException on malformed JSON
     */
    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Doubles as usual, but NaN and infinities as {@code null} (JSON has no such numbers). */
    private static final class FiniteDoubles extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        FiniteDoubles() {
            super(Double.class);
        }

        @Override
        public void serialize(Double v, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (Double.isFinite(v)) gen.writeNumber(v);
            else gen.writeNull();
        }
    }
}
