package io.dfloverlay.sim.engine.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GPU path needs no ND4J: {@link GpuCheck}'s dry run (the device engine, both algorithms, the
 * kernel comparison, the CPU engine's gossip) and a {@code gpu} engine request run in a class
 * loader that cannot see {@code org.nd4j} or {@code org.bytedeco}, as in the slim jar.
 */
class GpuPathWithoutNd4jTest {
    /** Loads everything itself from the test class path, except ND4J and JavaCPP, which it refuses. */
    static final class WithoutNd4j extends URLClassLoader {
        WithoutNd4j() throws MalformedURLException {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] classPath() throws MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) urls.add(Path.of(p).toUri().toURL());
            return urls.toArray(URL[]::new);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.nd4j.") || name.startsWith("org.bytedeco.")) throw new ClassNotFoundException(name + " is hidden from the GPU path");
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith("org/nd4j/") || name.startsWith("org/bytedeco/") ? null : super.getResource(name);
        }
    }

    @Test
    void gpuCheckDryRunNeedsNoNd4j(@TempDir Path out) throws Exception {
        try (WithoutNd4j loader = new WithoutNd4j()) {
            Class<?> check = loader.loadClass(GpuCheck.class.getName());
            assertTrue(check.getClassLoader() == loader, "GpuCheck must come from the ND4J-free loader");
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            int rc = (int) check.getMethod("run", String[].class, PrintStream.class)
                    .invoke(null, new String[] {out.toString(), "--device", "java", "--quick"}, new PrintStream(log, true, StandardCharsets.UTF_8));
            String text = log.toString(StandardCharsets.UTF_8);
            assertEquals(0, rc, text);
            for (String f : List.of("smoke.txt", "gossip.txt", "parity.txt", "summary.txt")) assertTrue(Files.exists(out.resolve(f)), f);
            assertTrue(Files.readString(out.resolve("parity.txt")).contains("ND4J not in this jar"), "parity ran without the CPU engine");
            String gossip = Files.readString(out.resolve("gossip.txt"));
            assertTrue(gossip.contains("fail=0.3") && !gossip.contains("FAIL"), gossip);

            Class<?> factory = loader.loadClass("io.dfloverlay.sim.engine.EngineFactory");
            try {
                Object engine = factory.getMethod("create", String.class).invoke(null, "gpu");
                ((AutoCloseable) engine).close(); // a GPU is present: nothing more to check here
            } catch (java.lang.reflect.InvocationTargetException e) {
                assertTrue(e.getCause() instanceof IllegalArgumentException && e.getCause().getMessage().startsWith("GPU engine unavailable: "),
                        String.valueOf(e.getCause()));
            }
            // the loader really hides ND4J: the CPU engine cannot start in it
            var cpu = org.junit.jupiter.api.Assertions.assertThrows(java.lang.reflect.InvocationTargetException.class,
                    () -> factory.getMethod("create", String.class).invoke(null, "cpu"));
            assertTrue(cpu.getCause() instanceof NoClassDefFoundError, String.valueOf(cpu.getCause()));
        }
    }
}
