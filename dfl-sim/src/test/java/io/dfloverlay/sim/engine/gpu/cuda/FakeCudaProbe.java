package io.dfloverlay.sim.engine.gpu.cuda;

import io.dfloverlay.sim.engine.gpu.DeviceBuffer;

/**
 * Run in a child JVM by {@link HostEmulatedCudaTest} against the host-emulated CUDA libraries: a
 * device opens (printing its description), every operation agrees with the Java twin, a
 * failing driver call must surface as a {@link CudaException} naming the call, the code and the
 * driver's name for it, and closing the device must free what is still allocated.
 */
public final class FakeCudaProbe {
    private FakeCudaProbe() {}

    /** @param args unused */
    public static void main(String[] args) {
        try (CudaDevice dev = CudaDevice.open()) {
            System.out.println("device: " + dev.description());
            try (io.dfloverlay.sim.engine.gpu.JavaDevice twin = new io.dfloverlay.sim.engine.gpu.JavaDevice()) {
                System.out.println("kernels agree with the twin: " + io.dfloverlay.sim.engine.gpu.KernelComparison.run(twin, dev, 3).passed());
            }
            DeviceBuffer kept = dev.allocate(1024); // left open: close() must free it
            try {
                dev.allocate(1L << 60);
                System.out.println("no error");
            } catch (CudaException e) {
                System.out.println("error: " + e.getMessage() + " call=" + e.call() + " code=" + e.code());
            }
            System.out.println("kept " + kept.bytes());
        }
        System.out.println("closed");
    }
}
