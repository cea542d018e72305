package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.core.registry.Named;
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
public record RepairStrategyKind(String name, List<String> aliases, String description, Supplier<RepairStrategy> factory) implements Named {
    /** Copies the aliases; names and descriptions are checked by the {@link RepairStrategies} registry. */
    public RepairStrategyKind {
        Objects.requireNonNull(factory, "factory");
        aliases = List.copyOf(aliases);
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
