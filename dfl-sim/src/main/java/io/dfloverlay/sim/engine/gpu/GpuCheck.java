package io.dfloverlay.sim.engine.gpu;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.engine.EngineFactory;
import io.dfloverlay.sim.engine.gpu.cuda.CudaDevice;
import io.dfloverlay.sim.engine.gpu.cuda.CudaUnavailableException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The GPU machine's check, one entry point for {@code scripts/gpu-check.sh}:
 * {@code java --enable-native-access=ALL-UNNAMED -cp JAR io.dfloverlay.sim.engine.gpu.GpuCheck OUT_DIR [--device cuda|java] [--quick]}.
 * Writes to OUT_DIR: {@code smoke.txt} (every device operation on the CUDA device against the Java
 * twin), {@code gossip.txt} (the CUDA gossip, by cuSPARSE and by kernel {@code csr_gossip}, against
 * the CPU engine's gossip on random regular graphs and irregular graphs left after failures),
 * {@code parity.txt} (50 rounds of every {@link ParityRun} on the CUDA device against the Java twin,
 * and against the CPU engine where ND4J is in the jar), and {@code summary.txt}. {@code --device java}
 * runs the same on the twin (a dry run without a GPU). Exit status: 0 all passed, 1 a check failed,
 * 2 usage, 3 no usable GPU. Uses no ND4J class unless comparing with the CPU engine.
 */
public final class GpuCheck {
    private final Path out;
    private final boolean cuda, quick;
    private final List<String> summary = new ArrayList<>();
    private boolean failed;

    private GpuCheck(Path out, boolean cuda, boolean quick) {
        this.out = out;
        this.cuda = cuda;
        this.quick = quick;
    }

    /**
     * Command line entry.
     *
     * @param args OUT_DIR [--device cuda|java] [--quick]
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /**
     * Runs the checks.
     *
     * @param args OUT_DIR [--device cuda|java] [--quick]
     * @param log  where progress lines go
     * @return the exit status
     */
    public static int run(String[] args, PrintStream log) {
        Path out = null;
        boolean cuda = true, quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--device" -> {
                    String d = i + 1 < args.length ? args[++i] : "";
                    if (!d.equals("cuda") && !d.equals("java")) return usage(log, "--device must be cuda or java");
                    cuda = d.equals("cuda");
                }
                case "--quick" -> quick = true;
                default -> {
                    if (args[i].startsWith("-") || out != null) return usage(log, "unexpected argument " + args[i]);
                    out = Path.of(args[i]);
                }
            }
        }
        if (out == null) return usage(log, "missing OUT_DIR");
        GpuCheck c = new GpuCheck(out, cuda, quick);
        try {
            Files.createDirectories(out);
            if (cuda) {
                try (Device probe = CudaDevice.open()) {
                    c.summary.add("device: " + probe.description());
                }
            } else {
                c.summary.add("device: java twin (dry run)");
            }
            c.section("smoke.txt", c::smoke);
            c.section("gossip.txt", c::gossip);
            c.section("parity.txt", c::parity);
            c.summary.add(c.failed ? "RESULT: FAILED" : "RESULT: all checks passed");
            write(out.resolve("summary.txt"), c.summary);
            c.summary.forEach(log::println);
            return c.failed ? 1 : 0;
        } catch (CudaUnavailableException e) {
            log.println("gpu-check: no usable GPU: " + e.getMessage());
            return 3;
        } catch (IOException e) {
            log.println("gpu-check: cannot write " + out + ": " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream log, String problem) {
        log.println("gpu-check: " + problem + " (usage: GpuCheck OUT_DIR [--device cuda|java] [--quick])");
        return 2;
    }

    private Device device() {
        return cuda ? CudaDevice.open() : new JavaDevice();
    }

    /** Runs one check, writing its lines (and any exception, as a failure) to a file. */
    private void section(String file, Supplier<List<String>> check) throws IOException {
        List<String> lines = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            lines.addAll(check.get());
        } catch (RuntimeException e) {
            lines.add("FAIL: " + e);
        }
        boolean bad = lines.stream().anyMatch(l -> l.contains("FAIL"));
        failed |= bad;
        lines.add(String.format(Locale.ROOT, "(%.1f s)", (System.nanoTime() - t0) / 1e9));
        write(out.resolve(file), lines);
        summary.add(String.format(Locale.ROOT, "%-11s %s (%.1f s)", file, bad ? "FAILED" : "passed", (System.nanoTime() - t0) / 1e9));
    }

    private List<String> smoke() {
        List<String> lines = new ArrayList<>();
        try (Device twin = new JavaDevice(); Device dev = device()) {
            lines.add("device: " + dev.description());
            KernelComparison c = KernelComparison.run(twin, dev, 11);
            lines.addAll(c.report());
            if (!c.passed()) lines.add("FAIL: some operation disagrees with the Java twin");
        }
        return lines;
    }

    private List<String> gossip() {
        List<String> lines = new ArrayList<>();
        int[] sizes = quick ? new int[] {60, 200} : new int[] {100, 1000, 4000};
        SplittableRandom rng = new SplittableRandom(5);
        for (String path : cuda ? new String[] {"cusparse", "kernel"} : new String[] {"twin"}) {
            String old = System.getProperty(CudaDevice.GOSSIP_PROPERTY);
            System.setProperty(CudaDevice.GOSSIP_PROPERTY, path.equals("kernel") ? "kernel" : "cusparse");
            try (Device dev = device()) {
                lines.add("gossip by " + path + " on " + dev.description());
                for (int n : sizes) {
                    for (double fail : new double[] {0, 0.1, 0.3}) {
                        for (int d : new int[] {4, 8}) {
                            MixingMatrix w = fail == 0 ? GossipGraphs.regular(n, d, rng) : GossipGraphs.afterFailures(n, d, fail, rng);
                            int width = n <= 100 && !quick ? 203_530 : 4099;
                            lines.add(gossipCase(dev, w, width, rng.nextLong(), String.format(Locale.ROOT, "n=%d d=%d fail=%.1f", n, d, fail)));
                        }
                    }
                }
            } finally {
                if (old == null) System.clearProperty(CudaDevice.GOSSIP_PROPERTY);
                else System.setProperty(CudaDevice.GOSSIP_PROPERTY, old);
            }
        }
        return lines;
    }

    /** One graph: the device's gossip against a plain CSR product over W's stored entries. */
    private static String gossipCase(Device dev, MixingMatrix w, int width, long seed, String label) {
        int n = w.size();
        float[] x = new float[n * width];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int k = 0; k < x.length; k++) x[k] = (float) rng.nextGaussian();
        float[] cpu = new float[x.length];
        for (int i = 0; i < n; i++) {
            for (int k = w.rowStart(i); k < w.rowStart(i + 1); k++) {
                int j = w.column(k);
                float v = (float) w.value(k);
                for (int c = 0; c < width; c++) cpu[i * width + c] += v * x[j * width + c];
            }
        }
        float[] got = new float[x.length];
        try (DeviceCsr csr = dev.uploadCsr(w); DeviceBuffer in = dev.allocate(4L * x.length);
                DeviceBuffer outBuf = dev.allocate(4L * x.length)) {
            dev.copyIn(x, 0, in, 0, x.length);
            dev.csrGossip(csr, in, outBuf, width);
            dev.copyOut(outBuf, 0, got, 0, got.length);
        }
        double worst = 0;
        for (int k = 0; k < x.length; k++) worst = Math.max(worst, Math.abs(cpu[k] - got[k]) / (1 + Math.abs(cpu[k])));
        int minDeg = Integer.MAX_VALUE, maxDeg = 0;
        for (int i = 0; i < n; i++) {
            int deg = (i + 1 < n ? w.rowStart(i + 1) : w.numStored()) - w.rowStart(i);
            minDeg = Math.min(minDeg, deg);
            maxDeg = Math.max(maxDeg, deg);
        }
        return String.format(Locale.ROOT, "%-22s survivors=%d row nnz %d..%d width=%d max rel diff %.3g %s", label, n, minDeg, maxDeg, width,
                worst, worst <= 1e-5 ? "ok" : "FAIL");
    }

    private List<String> parity() {
        List<String> lines = new ArrayList<>();
        boolean nd4j = GpuCheck.class.getClassLoader().getResource("org/nd4j/linalg/factory/Nd4j.class") != null;
        int rounds = 50;
        for (ParityRun run : ParityRun.standard()) {
            ParityRun.Outcome twin, dev;
            try (Engine e = new DeviceEngine(new JavaDevice())) {
                twin = run.run(e, rounds);
            }
            try (Engine e = new DeviceEngine(device())) {
                dev = run.run(e, rounds);
            }
            lines.add(verdict(run + " vs twin", ParityRun.disagreements(twin, dev)));
            if (nd4j) {
                try (Engine e = EngineFactory.create("cpu")) {
                    lines.add(verdict(run + " vs cpu engine", ParityRun.disagreements(run.run(e, rounds), dev)));
                }
            }
        }
        if (!nd4j) lines.add("(ND4J not in this jar: compared with the Java twin, which the unit tests compare with the CPU engine)");
        return lines;
    }

    private static String verdict(String what, List<String> disagreements) {
        return disagreements.isEmpty() ? what + ": 50 rounds agree, ok" : what + ": FAIL " + String.join("; ", disagreements);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
