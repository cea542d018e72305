package io.dfloverlay.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny JSON writer: objects, arrays, strings, numbers, booleans and null, pretty-printed with
 * two-space indentation. Doubles are written in their shortest exact form ({@link Double#toString}),
 * so reading them back gives the identical value; non-finite doubles become {@code null}.
 * Values may be {@code null}, {@link String}, {@link Number}, {@link Boolean}, {@link Map} (keys as
 * strings, in iteration order) or {@link List}. Not thread-safe.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();

    private JsonWriter() {}

    /** {@code value} as a JSON document ending in a newline. */
    public static String write(Object value) {
        JsonWriter w = new JsonWriter();
        w.value(value, 0);
        return w.out.append('\n').toString();
    }

    private void value(Object v, int indent) {
        switch (v) {
            case null -> out.append("null");
            case String s -> string(s);
            case Boolean b -> out.append(b);
            case Double d -> number(d);
            case Float f -> number(f.doubleValue());
            case Number n -> out.append(n.longValue());
            case Map<?, ?> m -> object(m, indent);
            case List<?> l -> array(l, indent);
            default -> throw new IllegalArgumentException("cannot write " + v.getClass().getSimpleName() + " as JSON");
        }
    }

    private void number(double d) {
        if (!Double.isFinite(d)) out.append("null");
        else if (d == Math.rint(d) && Math.abs(d) < 1e15) out.append((long) d).append(".0");
        else out.append(d);
    }

    private void object(Map<?, ?> m, int indent) {
        if (m.isEmpty()) { out.append("{}"); return; }
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            pad(indent + 1);
            string(String.valueOf(e.getKey()));
            out.append(": ");
            value(e.getValue(), indent + 1);
            out.append(++i < m.size() ? ",\n" : "\n");
        }
        pad(indent);
        out.append('}');
    }

    private void array(List<?> l, int indent) {
        if (l.isEmpty()) { out.append("[]"); return; }
        out.append("[\n");
        for (int i = 0; i < l.size(); i++) {
            pad(indent + 1);
            value(l.get(i), indent + 1);
            out.append(i + 1 < l.size() ? ",\n" : "\n");
        }
        pad(indent);
        out.append(']');
    }

    private void string(String s) {
        out.append(quote(s));
    }

    /**
     * {@code s} as a JSON string literal: quote, backslash and control characters escaped (newline,
     * carriage return and tab by their short escapes, the others by a four-hex-digit u-escape).
     */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    private void pad(int indent) {
        out.repeat("  ", indent);
    }
}
