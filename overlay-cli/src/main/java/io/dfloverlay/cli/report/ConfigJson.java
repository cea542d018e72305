package io.dfloverlay.cli.report;

import io.dfloverlay.sim.SimulationConfig;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link SimulationConfig} to and from JSON, one key per record component (its name), so a
 * {@code config.json} written by a run replays it exactly. Reading requires every component and
 * rejects unknown keys. Doubles round-trip bit for bit (shortest exact decimal form).
 */
public final class ConfigJson {
    private static final RecordComponent[] COMPONENTS = SimulationConfig.class.getRecordComponents();

    private ConfigJson() {}

    /** The config as an ordered map (record component order), for embedding in other JSON. */
    public static Map<String, Object> toMap(SimulationConfig config) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RecordComponent c : COMPONENTS) {
            try {
                m.put(c.getName(), c.getAccessor().invoke(config));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read config component " + c.getName(), e);
            }
        }
        return m;
    }

    /** The config as a JSON document. */
    public static String toJson(SimulationConfig config) {
        return JsonWriter.write(toMap(config));
    }

    /**
     * Parses a config written by {@link #toJson}.
     *
     * @throws IllegalArgumentException on malformed JSON, a missing or unknown key, or a value of the wrong type
     */
    public static SimulationConfig fromJson(String json) {
        if (!(JsonReader.parse(json) instanceof Map<?, ?> m))
            throw new IllegalArgumentException("config JSON must be an object");
        for (Object key : m.keySet()) {
            if (Arrays.stream(COMPONENTS).noneMatch(c -> c.getName().equals(key)))
                throw new IllegalArgumentException("unknown config key '" + key + "'");
        }
        Object[] args = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            RecordComponent c = COMPONENTS[i];
            types[i] = c.getType();
            if (!m.containsKey(c.getName())) throw new IllegalArgumentException("config lacks key '" + c.getName() + "'");
            args[i] = convert(c.getName(), c.getType(), m.get(c.getName()));
        }
        try {
            Constructor<SimulationConfig> ctor = SimulationConfig.class.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct SimulationConfig", e);
        }
    }

    /** Reads a config file. */
    public static SimulationConfig read(Path file) throws IOException {
        try {
            return fromJson(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static Object convert(String key, Class<?> type, Object v) {
        if (type == String.class) {
            if (v == null || v instanceof String) return v;
        } else if (type == int.class || type == long.class || type == double.class) {
            if (type == double.class && v instanceof Number n) return n.doubleValue();
            if (v instanceof Long l) {
                if (type == long.class) return l;
                if (l != (int) (long) l) throw new IllegalArgumentException("config key '" + key + "' is out of int range: " + l);
                return (int) (long) l;
            }
            if (v == null && type == double.class) return Double.NaN;
        } else if (type == boolean.class) {
            if (v instanceof Boolean) return v;
        } else if (type == Map.class) {
            if (v instanceof Map<?, ?> m) {
                Map<String, String> out = new TreeMap<>();
                m.forEach((k, x) -> out.put(String.valueOf(k), String.valueOf(x)));
                return out;
            }
        } else {
            throw new IllegalStateException("unsupported config component type " + type + " for '" + key + "'");
        }
        throw new IllegalArgumentException("config key '" + key + "' has the wrong type: " + v);
    }
}
