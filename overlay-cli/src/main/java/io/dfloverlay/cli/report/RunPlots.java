package io.dfloverlay.cli.report;

import io.dfloverlay.cli.plot.Charts;
import io.dfloverlay.cli.plot.Series;
import io.dfloverlay.sim.RoundMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The plots of runs, each as PNG and SVG: loss, accuracy and consensus distance against the round
 * ({@code <name>.png/.svg}) and against the bytes sent, in MB or GB ({@code <name>-vs-bytes.png/.svg}).
 * One run's plots show its several curves; combined plots show one curve per run (topology).
 */
public final class RunPlots {
    private static final String ROUND = "round";

    private RunPlots() {}

    /**
     * Renders a tiny chart in both formats (to a temp directory, then deleted), so the graphics
     * stack is initialised before a long run: after Ctrl-C the JVM refuses the shutdown hooks that
     * AWT registers on first use, and the plots of an interrupted run could not be written.
     */
    public static void warmUp() throws IOException {
        Path tmp = Files.createTempDirectory("overlay-plot-");
        try {
            Series s = new Series("warm-up", new double[] {1, 2}, new double[] {1, 2});
            for (String ext : List.of(".png", ".svg")) {
                Path f = tmp.resolve("warm-up" + ext);
                Charts.writeLineChart(f, "warm-up", "x", "y", List.of(s), true);
                Files.deleteIfExists(f);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the plots of one run into {@code dir}. */
    public static void writeRun(Path dir, RunResult run) throws IOException {
        List<RoundMetrics> ms = run.metrics();
        String t = run.header().topology();
        for (boolean byBytes : new boolean[] {false, true}) {
            String suffix = byBytes ? "-vs-bytes" : "";
            String xl = byBytes ? bytesLabel(List.of(run)) : ROUND;
            ToDoubleFunction<RoundMetrics> x = xs(byBytes, List.of(run));
            both(dir, "loss" + suffix, "Loss of the average model (" + t + ")", xl, "cross-entropy loss", List.of(
                    series("train loss", ms, x, RoundMetrics::trainLoss),
                    series("test loss", ms, x, RoundMetrics::testLoss)), false);
            both(dir, "accuracy" + suffix, "Test accuracy (" + t + ")", xl, "accuracy", List.of(
                    series("average model", ms, x, RoundMetrics::testAccuracy),
                    series("mean client", ms, x, RoundMetrics::meanClientAccuracy),
                    series("worst client", ms, x, RoundMetrics::minClientAccuracy),
                    series("best client", ms, x, RoundMetrics::maxClientAccuracy)), false);
            both(dir, "consensus" + suffix, "Consensus distance (" + t + ")", xl, "(1/n) sum ||x_i - x_avg||^2", List.of(
                    series("consensus distance", ms, x, RoundMetrics::consensusDistance)), true);
        }
    }

    /** Writes combined plots of several runs (one curve per run, named by its topology kind) into {@code dir}. */
    public static void writeCombined(Path dir, List<RunResult> runs) throws IOException {
        for (boolean byBytes : new boolean[] {false, true}) {
            String suffix = byBytes ? "-vs-bytes" : "";
            String xl = byBytes ? bytesLabel(runs) : ROUND;
            both(dir, "accuracy" + suffix, "Test accuracy of the average model", xl, "accuracy",
                    perRun(runs, byBytes, RoundMetrics::testAccuracy), false);
            both(dir, "loss" + suffix, "Training loss of the average model", xl, "cross-entropy loss",
                    perRun(runs, byBytes, RoundMetrics::trainLoss), false);
            both(dir, "consensus" + suffix, "Consensus distance", xl, "(1/n) sum ||x_i - x_avg||^2",
                    perRun(runs, byBytes, RoundMetrics::consensusDistance), true);
        }
    }

    private static List<Series> perRun(List<RunResult> runs, boolean byBytes, ToDoubleFunction<RoundMetrics> y) {
        List<Series> out = new ArrayList<>();
        for (RunResult r : runs) out.add(series(r.config().topology().kind(), r.metrics(), xs(byBytes, runs), y));
        return out;
    }

    private static void both(Path dir, String stem, String title, String xLabel, String yLabel, List<Series> series,
            boolean logY) throws IOException {
        List<Series> shown = series;
        if (logY) {
            // a log axis cannot show 0 (e.g. the consensus distance of a complete graph): drop such points
            // and name the series left with none, instead of stretching the axis over hundreds of decades
            shown = new ArrayList<>();
            List<String> zero = new ArrayList<>();
            for (Series s : series) {
                Series pos = positive(s);
                if (pos.x().length > 0) shown.add(pos);
                else if (s.x().length > 0) zero.add(s.name());
            }
            if (shown.isEmpty()) {
                shown = series;
                logY = false;
            } else if (!zero.isEmpty()) {
                title += " (zero, not shown: " + String.join(", ", zero) + ")";
            }
        }
        Charts.writeLineChart(dir.resolve(stem + ".png"), title, xLabel, yLabel, shown, logY);
        Charts.writeLineChart(dir.resolve(stem + ".svg"), title, xLabel, yLabel, shown, logY);
    }

    /** {@code s} without its points where y <= 0. */
    static Series positive(Series s) {
        double[] x = s.x().clone(), y = s.y().clone();
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 0) {
                x[k] = x[i];
                y[k++] = y[i];
            }
        }
        return new Series(s.name(), Arrays.copyOf(x, k), Arrays.copyOf(y, k));
    }

    /** The x value of a row: its round, or its bytes sent in the unit of {@link #bytesLabel} for these runs. */
    private static ToDoubleFunction<RoundMetrics> xs(boolean byBytes, List<RunResult> runs) {
        if (!byBytes) return RoundMetrics::round;
        double unit = bytesUnit(runs);
        return m -> m.bytesSent() / unit;
    }

    /** Bytes per displayed unit: MB, or GB when some run sent more than 10 GB. */
    private static double bytesUnit(List<RunResult> runs) {
        long max = 0;
        for (RunResult r : runs) for (RoundMetrics m : r.metrics()) max = Math.max(max, m.bytesSent());
        return max > 10e9 ? 1e9 : 1e6;
    }

    private static String bytesLabel(List<RunResult> runs) {
        return (bytesUnit(runs) == 1e9 ? "GB" : "MB") + " sent (all clients)";
    }

    /** A series of {@code y} against {@code x}, skipping rows where y is NaN. */
    static Series series(String name, List<RoundMetrics> ms, ToDoubleFunction<RoundMetrics> x, ToDoubleFunction<RoundMetrics> y) {
        double[] xs = new double[ms.size()];
        double[] ys = new double[ms.size()];
        int k = 0;
        for (RoundMetrics m : ms) {
            double v = y.applyAsDouble(m);
            if (Double.isNaN(v)) continue;
            xs[k] = x.applyAsDouble(m);
            ys[k++] = v;
        }
        return new Series(name, Arrays.copyOf(xs, k), Arrays.copyOf(ys, k));
    }
}
