package io.dfloverlay.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One report of {@code spectrum}, {@code certify} or {@code info}: ordered fields, each with its
 * JSON key (snake_case, with the math symbols' case kept: {@code rho_W}, {@code lambda_A}) and its
 * text label ({@code ρ(W)}, {@code λ(A)}). JSON is written on one line by Jackson's streaming
 * generator (jackson-core: a report holds only numbers, booleans, strings, maps and lists, and the
 * generator loads in a fraction of the time of an {@code ObjectMapper}, which matters for a command
 * run once per process); text is one aligned {@code label  value} line per field. One style for all commands.
 */
final class ReportOutput {
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, String> text = new LinkedHashMap<>();

    /**
     * Adds a field.
     *
     * @param key   JSON key
     * @param label text label
     * @param value a number, boolean, string, map or null
     * @return this
     */
    ReportOutput put(String key, String label, Object value) {
        json.put(key, value instanceof Double x && !Double.isFinite(x) ? null : value);
        text.put(label, format(value));
        return this;
    }

    /**
     * Adds a field shown only in JSON.
     *
     * @param key   JSON key
     * @param value the value
     * @return this
     */
    ReportOutput putJsonOnly(String key, Object value) {
        json.put(key, value);
        return this;
    }

    /**
     * Adds a line shown only in text.
     *
     * @param label text label
     * @param value the value
     * @return this
     */
    ReportOutput putTextOnly(String label, String value) {
        text.put(label, value);
        return this;
    }

    private static String format(Object v) {
        if (v == null) return "-";
        if (v instanceof Double x) return Double.isFinite(x) ? String.format(Locale.ROOT, "%.10g", x) : "-";
        if (v instanceof Boolean b) return b ? "yes" : "no";
        return String.valueOf(v);
    }

    /**
     * The report as one JSON line or as text.
     *
     * @param asJson JSON if true
     * @return the rendered report, ending with a newline
     */
    String render(boolean asJson) {
        if (asJson) {
            StringWriter sw = new StringWriter();
            try (JsonGenerator gen = JSON.createGenerator(sw)) {
                write(gen, json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sw.append('\n').toString();
        }
        int width = 0;
        for (String k : text.keySet()) width = Math.max(width, k.length() + 1);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : text.entrySet())
            sb.append(String.format(Locale.ROOT, "%-" + width + "s %s%n", e.getKey() + ":", e.getValue()));
        return sb.toString();
    }

    /** Writes a report value: maps as objects, iterables as arrays, non-finite doubles as null, other objects as strings. */
    private static void write(JsonGenerator gen, Object v) throws IOException {
        switch (v) {
            case null -> gen.writeNull();
            case Map<?, ?> m -> {
                gen.writeStartObject();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    gen.writeFieldName(String.valueOf(e.getKey()));
                    write(gen, e.getValue());
                }
                gen.writeEndObject();
            }
            case Iterable<?> items -> {
                gen.writeStartArray();
                for (Object item : items) write(gen, item);
                gen.writeEndArray();
            }
            case Boolean b -> gen.writeBoolean(b);
            case Integer i -> gen.writeNumber(i);
            case Long l -> gen.writeNumber(l);
            case Double x -> {
                if (Double.isFinite(x)) gen.writeNumber(x);
                else gen.writeNull();
            }
            case Number x -> gen.writeNumber(x.toString());
            default -> gen.writeString(v.toString());
        }
    }
}
