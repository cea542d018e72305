package io.dfloverlay.sim.data;

import java.util.Objects;

/**
 * Data loaded for a run together with its identity, so that several runs (a topology comparison)
 * share one copy and one checksum.
 *
 * @param split    the train/test data
 * @param identity which copy it is
 */
public record LoadedData(DataSplit split, DataIdentity identity) {
    /** Validates presence. */
    public LoadedData {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(identity, "identity");
    }
}
