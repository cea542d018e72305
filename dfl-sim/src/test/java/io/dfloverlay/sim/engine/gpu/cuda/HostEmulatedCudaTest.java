package io.dfloverlay.sim.engine.gpu.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dfloverlay.sim.engine.gpu.GpuCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CUDA device's own code (every FFM downcall with its argument types, kernel argument packing,
 * PTX loading, cuBLAS and cuSPARSE argument order, error mapping, freeing) run against host-memory
 * stand-ins for libcuda, libcublas and libcusparse ({@code src/test/resources/fakecuda}, built here
 * with g++; the kernels are kernels.cu itself compiled as C++). Runs in a child JVM so the stand-in
 * driver never enters this one. Skips without g++ or without the PTX the build makes with nvcc.
 * A real GPU is still needed for the real libraries (scripts/gpu-check.sh).
 */
class HostEmulatedCudaTest {
    @TempDir
    static Path shared;
    private static Path built;

    /** The stand-in libraries, built once for the class. */
    private static synchronized Path fakeLibraries() throws IOException, InterruptedException {
        if (built == null) built = fakeLibraries(Files.createDirectories(shared.resolve("libs")));
        return built;
    }

    private static Path fakeLibraries(Path dir) throws IOException, InterruptedException {
        Path gxx = Path.of("/usr/bin/g++");
        assumeTrue(Files.isExecutable(gxx), "no /usr/bin/g++: host-emulated CUDA not built");
        assumeTrue(CudaDevice.class.getResource(CudaDevice.RESOURCES + "kernels_sm90.ptx") != null,
                "no PTX in the build (CUDA toolkit absent): host-emulated CUDA skipped");
        Path kernels = dir.resolve("kernels.cu");
        copy(CudaDevice.RESOURCES + "kernels.cu", kernels);
        String[][] libs = {{"fake_cuda.cpp", "libcuda.so.1"}, {"fake_cublas.cpp", "libcublas.so.13"}, {"fake_cusparse.cpp", "libcusparse.so.13"},
            {"fake_nvrtc.cpp", "libnvrtc.so.13"}};
        for (String[] lib : libs) {
            Path src = dir.resolve(lib[0]);
            copy("/fakecuda/" + lib[0], src);
            Process p = new ProcessBuilder(gxx.toString(), "-shared", "-fPIC", "-O1", "-I", dir.toString(), "-o", dir.resolve(lib[1]).toString(),
                    src.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "g++ " + lib[0] + ": " + log);
        }
        return dir;
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = HostEmulatedCudaTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " missing");
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Runs a main class in a child JVM on the stand-in libraries; {@code driverIsa} plays an older driver (null: current). */
    private static String childJava(Path libs, String driverIsa, String... mainAndArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx1g", "-D" + NativeLibraries.PATH_PROPERTY + "=" + libs,
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(List.of(mainAndArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (driverIsa != null) pb.environment().put("FAKE_CUDA_DRIVER_PTX_ISA", driverIsa);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "child JVM timed out: " + out);
        return "exit " + p.exitValue() + "\n" + out;
    }

    @Test
    void gpuCheckPassesOnHostEmulatedCuda(@TempDir Path tmp) throws Exception {
        Path libs = fakeLibraries();
        Path out = tmp.resolve("out");
        String run = childJava(libs, null, GpuCheck.class.getName(), out.toString(), "--device", "cuda", "--quick");
        assertTrue(run.startsWith("exit 0\n"), run);
        String summary = Files.readString(out.resolve("summary.txt"));
        assertTrue(summary.contains("host-emulated CUDA (sm_90") && summary.contains("kernels from shipped PTX")
                && summary.contains("all checks passed"), summary);
        String gossip = Files.readString(out.resolve("gossip.txt"));
        assertTrue(gossip.contains("gossip by cuSPARSE SpMM") && gossip.contains("gossip by csr_gossip kernel"), gossip);
    }

    @Test
    void anOlderDriverGetsTheKernelsFromNvrtc() throws Exception {
        String run = childJava(fakeLibraries(), "8.0", FakeCudaProbe.class.getName());
        assertTrue(run.startsWith("exit 0\n") && run.contains("kernels from NVRTC") && run.contains("kernels agree with the twin: true"), run);
    }

    @Test
    void aFailedCallNamesTheCallAndCodeAndCloseFreesEverything() throws Exception {
        Path libs = fakeLibraries();
        String run = childJava(libs, null, FakeCudaProbe.class.getName());
        assertTrue(run.startsWith("exit 0\n") && run.contains("kernels from shipped PTX") && run.contains("kernels agree with the twin: true"), run);
        assertTrue(run.contains("error: cuMemAlloc_v2(1152921504606846976 bytes) failed: FAKE_CUDA_ERROR_2 (2) call=cuMemAlloc_v2(1152921504606846976 bytes) code=2"), run);
        assertEquals(1, run.lines().filter(l -> l.equals("closed")).count(), run);
    }
}
