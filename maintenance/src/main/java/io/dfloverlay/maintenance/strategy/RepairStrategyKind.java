package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.maintenance.RepairStrategy;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One registered repair strategy: its name, other names it answers to, a one-line description and
 * a factory of fresh instances (a strategy may keep state about one overlay).
 *
 * @param name the strategy's name, e.g. {@code pairing}
 * @param aliases other accepted names, e.g. {@code law-siu} for {@code cycle}
 * @param description one line: what it does after a failure or join
 * @param factory makes a fresh instance with default parameters
 */
public record RepairStrategyKind(String name, List<String> aliases, String description, Supplier<RepairStrategy> factory) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if the name or the description is blank
     */
    public RepairStrategyKind {
        Objects.requireNonNull(factory, "factory");
        aliases = List.copyOf(aliases);
        if (name == null || name.isBlank()) throw new IllegalArgumentException("strategy name must not be blank");
        if (description == null || description.isBlank()) throw new IllegalArgumentException(name + ": description must not be blank");
    }

    /**
     * Whether {@code key} (trimmed, lower case) is the name or an alias.
     *
     * @param key a strategy name
     * @return true if this entry answers to it
     */
    public boolean answersTo(String key) {
        return name.equals(key) || aliases.contains(key);
    }

    /**
     * A fresh instance.
     *
     * @return the strategy
     */
    public RepairStrategy create() {
        return factory.get();
    }
}
