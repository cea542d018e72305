package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.data.Dataset;

/** A dataset resident in an {@link Engine}'s memory (features, labels or targets). */
public interface DeviceData {
    /** {@return the host dataset it was uploaded from} */
    Dataset dataset();
}
