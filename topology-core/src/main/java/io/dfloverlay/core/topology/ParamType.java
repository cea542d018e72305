package io.dfloverlay.core.topology;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type of a registered parameter and how a raw value (a {@link Number}, {@link Boolean},
 * {@link Duration} or {@link String}, as it comes from a command line or a JSON file) becomes a
 * typed one: {@link Integer}, {@link Double}, {@link Boolean}, {@link Duration} or {@link String}.
 */
public enum ParamType {
    /** A 32-bit integer; strings accept exact forms such as {@code 1e5} or {@code 100_000}. */
    INT("int"),
    /** A finite double. */
    DOUBLE("double"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean"),
    /**
     * A length of time with an explicit unit: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h} or
     * ISO-8601 {@code PT30S}; a bare number is rejected, so the unit is never guessed.
     */
    DURATION("duration"),
    /** A non-blank word, stripped, e.g. a variant name such as {@code ring}; the kind checks the allowed values. */
    TEXT("text");

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    private final String label;

    ParamType(String label) {
        this.label = label;
    }

    /**
     * The short lower-case name used in listings.
     *
     * @return e.g. {@code "int"} or {@code "duration"}
     */
    public String label() {
        return label;
    }

    /**
     * Converts a raw value to this type.
     *
     * @param raw a Number, Boolean, Duration or String (not null)
     * @return an Integer, Double, Boolean or Duration
     * @throws IllegalArgumentException with a message that completes "PARAM ..." (e.g.
     *     {@code "must be an integer, got 'ten'"}) when the value has the wrong type or form
     */
    public Object convert(Object raw) {
        return switch (this) {
            case INT -> toInt(raw);
            case DOUBLE -> toDouble(raw);
            case BOOLEAN -> toBoolean(raw);
            case DURATION -> toDuration(raw);
            case TEXT -> toText(raw);
        };
    }

    /**
     * Parses a duration with an explicit unit ({@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h},
     * {@code 1.5s} or ISO-8601 {@code PT30S}).
     *
     * @param text the text
     * @return the duration, rounded to whole milliseconds for the short forms
     * @throws IllegalArgumentException if {@code text} is not such a duration
     */
    public static Duration parseDuration(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT_DURATION.matcher(s);
        if (m.matches()) {
            double x = Double.parseDouble(m.group(1));
            double millis = switch (m.group(2)) {
                case "ms" -> x;
                case "s" -> x * 1e3;
                case "m" -> x * 60e3;
                default -> x * 3600e3;
            };
            return Duration.ofMillis(Math.round(millis));
        }
        try {
            return Duration.parse(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a duration with a unit (e.g. 30s, 2m, 500ms), got '" + text + "'");
        }
    }

    /**
     * Formats a typed value of this type for listings and file headers ({@code 30s}, {@code 0.5}).
     *
     * @param value a value {@link #convert} returned
     * @return its text
     */
    public String format(Object value) {
        if (value instanceof Duration d) {
            long ms = d.toMillis();
            if (ms % 3_600_000 == 0 && ms > 0) return ms / 3_600_000 + "h";
            if (ms % 60_000 == 0 && ms > 0) return ms / 60_000 + "m";
            if (ms % 1000 == 0) return ms / 1000 + "s";
            return ms + "ms";
        }
        return String.valueOf(value);
    }

    private static Integer toInt(Object raw) {
        if (raw instanceof Integer i) return i;
        try {
            BigDecimal exact = raw instanceof Number num ? new BigDecimal(num.toString()) : new BigDecimal(text(raw).replace("_", ""));
            return exact.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("must be an integer, got '" + text(raw) + "'");
        }
    }

    private static Double toDouble(Object raw) {
        double x;
        if (raw instanceof Number num) {
            x = num.doubleValue();
        } else {
            try {
                x = Double.parseDouble(text(raw));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number, got '" + text(raw) + "'");
            }
        }
        if (!Double.isFinite(x)) throw new IllegalArgumentException("must be a finite number, got '" + text(raw) + "'");
        return x;
    }

    private static Boolean toBoolean(Object raw) {
        if (raw instanceof Boolean b) return b;
        String s = text(raw);
        if (s.equalsIgnoreCase("true")) return true;
        if (s.equalsIgnoreCase("false")) return false;
        throw new IllegalArgumentException("must be true or false, got '" + s + "'");
    }

    private static Duration toDuration(Object raw) {
        if (raw instanceof Duration d) return d;
        if (raw instanceof Number) throw new IllegalArgumentException("must be a duration with a unit (e.g. 30s, 2m, 500ms), got '" + raw + "'");
        return parseDuration(text(raw));
    }

    private static String toText(Object raw) {
        if (!(raw instanceof String)) throw new IllegalArgumentException("must be a word, got '" + raw + "'");
        String s = text(raw);
        if (s.isEmpty()) throw new IllegalArgumentException("must be a non-blank word");
        return s;
    }

    private static String text(Object raw) {
        return String.valueOf(raw).strip();
    }
}
