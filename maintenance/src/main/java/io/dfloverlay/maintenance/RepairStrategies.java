package io.dfloverlay.maintenance;

import io.dfloverlay.maintenance.strategy.HamiltonianCycleRepair;
import io.dfloverlay.maintenance.strategy.NoRepair;
import io.dfloverlay.maintenance.strategy.PairingRepair;
import io.dfloverlay.maintenance.strategy.RebalancingRepair;
import io.dfloverlay.maintenance.strategy.SpectralAwareRepair;
import java.util.List;

/**
 * The repair strategies by name: {@code none} ({@link NoRepair}), {@code pairing}
 * ({@link PairingRepair}), {@code cycle} (Law–Siu, {@link HamiltonianCycleRepair}), {@code spectral}
 * ({@link SpectralAwareRepair}) and {@code rebalance} (pairing plus periodic re-randomization,
 * {@link RebalancingRepair}).
 */
public final class RepairStrategies {
    private static final List<String> NAMES = List.of("none", "pairing", "cycle", "spectral", "rebalance");

    private RepairStrategies() {}

    /** The accepted names, in a fixed order. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * A fresh instance of the named strategy with default parameters (one per maintainer).
     *
     * @throws IllegalArgumentException for an unknown name (the message lists the valid ones)
     */
    public static RepairStrategy byName(String name) {
        if (name == null) throw new IllegalArgumentException("strategy name is null; valid: " + String.join(", ", NAMES));
        switch (name) {
            case "none": return new NoRepair();
            case "pairing": return new PairingRepair();
            case "cycle": return new HamiltonianCycleRepair();
            case "spectral": return new SpectralAwareRepair();
            case "rebalance": return new RebalancingRepair();
            default:
                throw new IllegalArgumentException("unknown repair strategy '" + name + "'; valid: " + String.join(", ", NAMES));
        }
    }
}
