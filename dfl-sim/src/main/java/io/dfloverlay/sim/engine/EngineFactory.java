package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.engine.gpu.DeviceEngine;
import io.dfloverlay.sim.engine.gpu.cuda.CudaDevice;
import io.dfloverlay.sim.engine.gpu.cuda.CudaException;
import io.dfloverlay.sim.engine.gpu.cuda.CudaUnavailableException;
import java.util.Locale;

/** Creates an {@link Engine} by name: {@code cpu}, {@code gpu} or {@code auto}. */
public final class EngineFactory {
    private EngineFactory() {}

    /**
     * The engine named {@code name}: {@code cpu} → {@link CpuNd4jEngine}; {@code gpu} → the CUDA
     * {@link DeviceEngine}; {@code auto} (or null) → the GPU engine when a usable GPU is present,
     * else the CPU engine, whose description then says why the GPU was not used.
     *
     * @param name engine name
     * @return the engine
     * @throws IllegalArgumentException for an unknown name, or for {@code gpu} when no usable GPU or
     *                                  CUDA library is present (one line saying what is missing)
     */
    public static Engine create(String name) {
        String s = name == null ? "auto" : name.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "cpu" -> new CpuNd4jEngine();
            case "gpu" -> {
                try {
                    yield new DeviceEngine(CudaDevice.open());
                } catch (CudaUnavailableException | CudaException e) {
                    throw new IllegalArgumentException("GPU engine unavailable: " + e.getMessage(), e);
                }
            }
            case "auto" -> {
                try {
                    yield new DeviceEngine(CudaDevice.open());
                } catch (CudaUnavailableException | CudaException e) {
                    yield new CpuNd4jEngine(CpuNd4jEngine.defaultThreads(), "auto: no GPU engine, " + e.getMessage());
                }
            }
            default -> throw new IllegalArgumentException("unknown engine '" + name + "' (expected cpu, gpu or auto)");
        };
    }
}
