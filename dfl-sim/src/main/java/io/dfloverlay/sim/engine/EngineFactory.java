package io.dfloverlay.sim.engine;

import java.util.Locale;

/** Creates an {@link Engine} by name: {@code cpu}, {@code gpu} or {@code auto}. */
public final class EngineFactory {
    /** Message for {@code gpu} until the GPU engine ships. */
    public static final String GPU_UNAVAILABLE =
            "GPU engine not available in this build (needs an NVIDIA GPU with CUDA 12/13; see docs)";

    private EngineFactory() {}

    /**
     * The engine named {@code name}: {@code cpu} → {@link CpuNd4jEngine}; {@code auto} → the GPU
     * engine when available, else cpu (currently always cpu); {@code gpu} → error for now.
     *
     * @throws IllegalArgumentException for {@code gpu} or an unknown name
     */
    public static Engine create(String name) {
        String s = name == null ? "auto" : name.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "cpu", "auto" -> new CpuNd4jEngine();
            case "gpu" -> throw new IllegalArgumentException(GPU_UNAVAILABLE);
            default -> throw new IllegalArgumentException("unknown engine '" + name + "' (expected cpu, gpu or auto)");
        };
    }
}
