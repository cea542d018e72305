package io.dfloverlay.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Helpers of the bench harness: bundled reference scripts and child processes. */
final class BenchProcesses {
    private BenchProcesses() {}

    /**
     * A finished child process: its exit status ({@code -1} if it could not start) and output lines.
     *
     * @param exit  exit status
     * @param lines stdout and stderr, merged
     */
    record Result(int exit, List<String> lines) {
        /** {@code key=value} lines as a map. */
        Map<String, String> keyValues() {
            Map<String, String> kv = new LinkedHashMap<>();
            for (String l : lines) {
                int eq = l.indexOf('=');
                if (eq > 0 && l.indexOf(' ') < 0) kv.put(l.substring(0, eq), l.substring(eq + 1).strip());
            }
            return kv;
        }

        /** The last output line, or a note when there was none. */
        String lastLine() {
            return lines.isEmpty() ? "no output (exit " + exit + ")" : lines.get(lines.size() - 1);
        }
    }

    /**
     * Copies a class-path resource to {@code target}.
     *
     * @throws IOException if it is missing or cannot be written
     */
    static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = BenchProcesses.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("bundled " + resource + " missing from the jar");
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Runs {@code command} to completion (killed after {@code timeoutSeconds}).
     *
     * @return its exit status and output; exit -1 with the reason when it could not start
     */
    static Result run(List<String> command, long timeoutSeconds) throws InterruptedException {
        return run(command, timeoutSeconds, 0);
    }

    /**
     * As {@link #run(List, long)} with the BLAS thread count of the child set to {@code blasThreads}
     * (OpenBLAS, OpenMP, MKL variables); 0 leaves the environment as it is.
     */
    static Result run(List<String> command, long timeoutSeconds, int blasThreads) throws InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (blasThreads > 0)
            for (String v : new String[] {"OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"})
                pb.environment().put(v, Integer.toString(blasThreads));
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(-1, List.of(command.get(0) + " not found"));
        }
        String output;
        try {
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            output = "";
        }
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, List.of(command.get(0) + " timed out"));
        }
        return new Result(p.exitValue(), output.lines().toList());
    }
}
