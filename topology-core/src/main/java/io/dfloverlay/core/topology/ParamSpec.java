package io.dfloverlay.core.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One typed parameter of a registered kind: its name, other names it answers to, its type, whether
 * it must be given or else its default (none: the parameter is optional and absent), an inclusive
 * range for numbers (durations must be positive) and a one-line help. Build one with
 * {@link #required}, {@link #optional} or {@link #withDefault} and narrow it with
 * {@link #atLeast}, {@link #atMost} and {@link #alias}.
 *
 * @param name the parameter's name, lower case, e.g. {@code d}
 * @param aliases other accepted names (a request may use one of them instead of the name)
 * @param type the value type
 * @param required whether a request must give the parameter
 * @param defaultValue the typed default, or null if none
 * @param min smallest accepted value of an int or double parameter
 * @param max largest accepted value of an int or double parameter
 * @param help one line: what the parameter means
 */
public record ParamSpec(String name, List<String> aliases, ParamType type, boolean required, Object defaultValue,
        double min, double max, String help) {

    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the name is blank, the help is blank, a required parameter
     *     has a default, the range is empty, or the default is not of the type or out of range
     */
    public ParamSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(help, "help");
        if (name.isBlank() || !name.equals(name.strip().toLowerCase(Locale.ROOT)))
            throw new IllegalArgumentException("parameter name must be non-blank lower case, got '" + name + "'");
        if (help.isBlank()) throw new IllegalArgumentException("parameter " + name + " needs a help line");
        aliases = List.copyOf(aliases);
        if (required && defaultValue != null) throw new IllegalArgumentException("required parameter " + name + " cannot have a default");
        if (!(min <= max)) throw new IllegalArgumentException("parameter " + name + " has an empty range [" + min + ", " + max + "]");
        if (defaultValue != null) {
            defaultValue = type.convert(defaultValue);
            String problem = rangeProblem(type, defaultValue, min, max);
            if (problem != null) throw new IllegalArgumentException("default of " + name + " " + problem);
        }
    }

    /**
     * A parameter a request must give.
     *
     * @param name the name
     * @param type the type
     * @param help one line of help
     * @return the spec, unbounded
     */
    public static ParamSpec required(String name, ParamType type, String help) {
        return new ParamSpec(name, List.of(), type, true, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, help);
    }

    /**
     * A parameter without a default: absent unless given.
     *
     * @param name the name
     * @param type the type
     * @param help one line of help
     * @return the spec, unbounded
     */
    public static ParamSpec optional(String name, ParamType type, String help) {
        return new ParamSpec(name, List.of(), type, false, null, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, help);
    }

    /**
     * A parameter with a default.
     *
     * @param name the name
     * @param type the type
     * @param defaultValue the default, converted by {@link ParamType#convert}
     * @param help one line of help
     * @return the spec, unbounded
     */
    public static ParamSpec withDefault(String name, ParamType type, Object defaultValue, String help) {
        return new ParamSpec(name, List.of(), type, false, Objects.requireNonNull(defaultValue, "defaultValue"),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, help);
    }

    /**
     * This spec with a lower bound.
     *
     * @param lower the smallest accepted value (inclusive)
     * @return a new spec
     */
    public ParamSpec atLeast(double lower) {
        return new ParamSpec(name, aliases, type, required, defaultValue, lower, max, help);
    }

    /**
     * This spec with an upper bound.
     *
     * @param upper the largest accepted value (inclusive)
     * @return a new spec
     */
    public ParamSpec atMost(double upper) {
        return new ParamSpec(name, aliases, type, required, defaultValue, min, upper, help);
    }

    /**
     * This spec answering to more names as well.
     *
     * @param more further names
     * @return a new spec
     */
    public ParamSpec alias(String... more) {
        List<String> all = new ArrayList<>(aliases);
        all.addAll(List.of(more));
        return new ParamSpec(name, all, type, required, defaultValue, min, max, help);
    }

    /**
     * Whether {@code key} is the name or one of the aliases.
     *
     * @param key a parameter name
     * @return true if this spec answers to it
     */
    public boolean answersTo(String key) {
        return name.equals(key) || aliases.contains(key);
    }

    /**
     * Converts and range-checks a raw value.
     *
     * @param kind the kind's name, for the error
     * @param raw the value (Number, Boolean, Duration or String)
     * @return the typed value
     * @throws ParamException naming the kind and this parameter if the value is malformed or out of range
     */
    public Object accept(String kind, Object raw) {
        Object value;
        try {
            value = type.convert(raw);
        } catch (IllegalArgumentException e) {
            throw new ParamException(kind, name, e.getMessage());
        }
        String problem = rangeProblem(type, value, min, max);
        if (problem != null) throw new ParamException(kind, name, problem);
        return value;
    }

    /**
     * One line for listings: type, range, default or "required", and the help.
     *
     * @return e.g. {@code "int >= 3, required: degree"}
     */
    public String summary() {
        StringBuilder s = new StringBuilder(type.label());
        if (type == ParamType.DURATION) s.append(" > 0");
        else if (min > Double.NEGATIVE_INFINITY && max < Double.POSITIVE_INFINITY) s.append(" in [").append(num(min)).append(", ").append(num(max)).append(']');
        else if (min > Double.NEGATIVE_INFINITY) s.append(" >= ").append(num(min));
        else if (max < Double.POSITIVE_INFINITY) s.append(" <= ").append(num(max));
        if (required) s.append(", required");
        else if (defaultValue != null) s.append(", default ").append(type.format(defaultValue));
        else s.append(", optional");
        if (!aliases.isEmpty()) s.append(", also ").append(String.join(", ", aliases));
        return s.append(": ").append(help).toString();
    }

    private static String rangeProblem(ParamType type, Object value, double min, double max) {
        if (value instanceof Duration d) return d.isNegative() || d.isZero() ? "must be positive, got " + type.format(d) : null;
        if (!(value instanceof Number n)) return null;
        double x = n.doubleValue();
        if (x < min) return "must be at least " + num(min) + ", got " + value;
        if (x > max) return "must be at most " + num(max) + ", got " + value;
        return null;
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
