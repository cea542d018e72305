package io.dfloverlay.sim.engine.gpu;

import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.engine.DeviceData;

/**
 * A dataset resident on a {@link Device}: features {@code [m, dim]} as floats, and labels as ints
 * (classification) or targets as floats (regression).
 */
final class DeviceDataset implements DeviceData {
    private final Dataset dataset;
    final DeviceEngine owner;
    final DeviceBuffer features;
    /** Labels (ints) or targets (floats), one per example. */
    final DeviceBuffer answers;

    DeviceDataset(DeviceEngine owner, Device device, Dataset dataset) {
        this.owner = owner;
        this.dataset = dataset;
        features = device.allocate(4L * dataset.features().length);
        DeviceBuffer a = null;
        try {
            device.copyIn(dataset.features(), 0, features, 0, dataset.features().length);
            a = device.allocate(4L * dataset.numExamples());
            if (dataset.isClassification()) device.copyIn(dataset.labels(), 0, a, 0, dataset.numExamples());
            else device.copyIn(dataset.targets(), 0, a, 0, dataset.numExamples());
        } catch (RuntimeException e) {
            features.close();
            if (a != null) a.close();
            throw e;
        }
        answers = a;
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }
}
