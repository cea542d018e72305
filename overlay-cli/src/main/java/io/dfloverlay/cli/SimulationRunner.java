package io.dfloverlay.cli;

import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.cli.report.ConfigJson;
import io.dfloverlay.cli.report.MetricsCsv;
import io.dfloverlay.cli.report.RunPlots;
import io.dfloverlay.cli.report.RunResult;
import io.dfloverlay.cli.report.RunText;
import io.dfloverlay.cli.report.SummaryJson;
import io.dfloverlay.sim.MetricsListener;
import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.SimulationConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Runs one prepared {@link Simulation} and writes its outputs into a directory: {@code config.json}
 * (before training, for exact replay), {@code metrics.csv} (one row per evaluation round, complete
 * even when interrupted), {@code summary.json} and the plots. Shared by {@code simulate} and
 * {@code compare}; cancellation (Ctrl-C) stops after the current round and still writes every file.
 */
final class SimulationRunner {
    /** Console and output settings of a run. */
    record Settings(boolean quiet, boolean plots, double targetAccuracy) {}

    /** The training loop of a run ({@link Simulation#run}); an interface so tests can script runs. */
    @FunctionalInterface
    interface Trainer {
        /** Trains, reporting to {@code listener}, stopping after the current round once {@code cancelled}. */
        RoundMetrics train(MetricsListener listener, BooleanSupplier cancelled);
    }

    private SimulationRunner() {}

    /**
     * Checks that {@code dir} can be an output directory (absent, or a directory) without creating it.
     *
     * @throws IllegalArgumentException when it exists and is not a directory
     */
    static void checkOutputDir(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir))
            throw new IllegalArgumentException("output path exists and is not a directory: " + dir);
    }

    /**
     * Trains {@code sim} (built from {@code config}) writing into {@code dir}; prints the header
     * (unless quiet) and a final summary line to {@code out}, progress to {@code err}.
     */
    static RunResult run(Simulation sim, SimulationConfig config, Path dir, Settings settings, PrintWriter out,
            PrintWriter err, BooleanSupplier cancelled) throws IOException {
        return run(sim.header(), sim::run, config, dir, settings, out, err, cancelled);
    }

    /** As {@link #run(Simulation, SimulationConfig, Path, Settings, PrintWriter, PrintWriter, BooleanSupplier)}. */
    static RunResult run(RunHeader header, Trainer trainer, SimulationConfig config, Path dir, Settings settings,
            PrintWriter out, PrintWriter err, BooleanSupplier cancelled) throws IOException {
        if (!settings.quiet()) {
            out.print(RunText.header(header, config));
            out.flush();
        }
        if (settings.plots()) RunPlots.warmUp();
        Files.createDirectories(dir);
        AtomicFiles.writeString(dir.resolve("config.json"), ConfigJson.toJson(config));
        List<RoundMetrics> rows = new ArrayList<>();
        int[] roundsDone = {0};
        long start = System.nanoTime();
        RoundMetrics last;
        try (MetricsCsv csv = new MetricsCsv(dir.resolve("metrics.csv"));
                ProgressReporter progress = ProgressReporter.start(config.topology(), config.rounds(), settings.quiet(), err)) {
            last = trainer.train(new MetricsListener() {
                @Override
                public void onEval(RoundMetrics m) {
                    try {
                        csv.append(m);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows.add(m);
                    progress.note(" test acc " + RunText.fmt(m.testAccuracy()));
                }

                @Override
                public void onRound(int round, int totalRounds) {
                    roundsDone[0] = round;
                    progress.stepTo(round);
                }
            }, cancelled);
            // A run stopped between evaluation rounds may return metrics it did not report.
            if (last != null && (rows.isEmpty() || last.round() > rows.get(rows.size() - 1).round())) {
                csv.append(last);
                rows.add(last);
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        int done = Math.max(roundsDone[0], rows.isEmpty() ? 0 : rows.get(rows.size() - 1).round());
        RunResult result = new RunResult(config, header, rows, done, done >= config.rounds(), wall);
        AtomicFiles.writeString(dir.resolve("summary.json"), SummaryJson.toJson(result, settings.targetAccuracy()));
        if (settings.plots() && !rows.isEmpty()) RunPlots.writeRun(dir, result);
        out.println(RunText.summaryLine(result));
        out.flush();
        return result;
    }
}
