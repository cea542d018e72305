package io.dfloverlay.sim.config;

import io.dfloverlay.sim.data.DataIdentity;

/**
 * The training data and its split over the clients.
 *
 * @param dataset   dataset name: {@code fashion-mnist}, {@code fashion-mnist-sample},
 *                  {@code synthetic-linear}, {@code synthetic-logistic}, {@code gaussian-mixture}
 * @param path      directory of the dataset's files, or null for the default location
 * @param partition how the training set is split
 * @param identity  the exact data the run must use (recorded by an earlier run), or null to accept
 *                  whatever the name and path resolve to
 */
public record DataConfig(String dataset, String path, PartitionConfig partition, DataIdentity identity) {
    /**
     * Validates presence.
     *
     * @throws ConfigException naming a missing key
     */
    public DataConfig {
        ConfigException.require(dataset != null && !dataset.isBlank(), "dataset", "missing");
        ConfigException.require(partition != null, "partition", "missing");
        if (path != null && path.isBlank()) path = null;
    }

    /**
     * This config requiring exactly {@code data} (null: any).
     *
     * @param data the identity to require
     * @return a copy with that identity
     */
    public DataConfig withIdentity(DataIdentity data) {
        return new DataConfig(dataset, path, partition, data);
    }
}
