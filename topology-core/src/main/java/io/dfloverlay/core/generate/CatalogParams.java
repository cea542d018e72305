package io.dfloverlay.core.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Typed access to the string parameters of one {@link TopologyCatalog} request, with error
 * messages that name the kind and the parameter ({@code "random-regular needs --d"}).
 */
final class CatalogParams {
    private final String kind;
    private final Map<String, String> values;

    CatalogParams(String kind, Map<String, String> values) {
        this.kind = kind;
        this.values = values;
    }

    String kind() {
        return kind;
    }

    /** Rejects keys outside {@code allowed} that carry a value (null or blank values are ignored), naming the accepted ones. */
    void requireOnly(List<String> allowed) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key) && has(key))
                throw new IllegalArgumentException(kind + " does not take --" + key + " (parameters: "
                        + (allowed.isEmpty() ? "none" : "--" + String.join(", --", allowed)) + ")");
        }
    }

    boolean has(String name) {
        String v = values.get(name);
        return v != null && !v.isBlank();
    }

    int requireInt(String name) {
        if (!has(name)) throw missing(name);
        return parseInt(name);
    }

    int intOr(String name, int fallback) {
        return has(name) ? parseInt(name) : fallback;
    }

    double requireDouble(String name) {
        if (!has(name)) throw missing(name);
        String v = values.get(name).trim();
        try {
            double x = Double.parseDouble(v);
            if (!Double.isFinite(x)) throw new NumberFormatException(v);
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(kind + ": --" + name + " must be a number, got '" + v + "'");
        }
    }

    boolean booleanOr(String name, boolean fallback) {
        if (!has(name)) return fallback;
        String v = values.get(name).trim();
        if (v.equalsIgnoreCase("true")) return true;
        if (v.equalsIgnoreCase("false")) return false;
        throw new IllegalArgumentException(kind + ": --" + name + " must be true or false, got '" + v + "'");
    }

    IllegalArgumentException missing(String name) {
        return new IllegalArgumentException(kind + " needs --" + name);
    }

    IllegalArgumentException missingEither(String a, String b) {
        return new IllegalArgumentException(kind + " needs --" + a + " or --" + b);
    }

    /** Accepts plain integers and exact forms such as {@code 1e5} or {@code 100_000}. */
    private int parseInt(String name) {
        String v = values.get(name).trim();
        try {
            return new BigDecimal(v.replace("_", "")).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(kind + ": --" + name + " must be an integer, got '" + v + "'");
        }
    }
}
