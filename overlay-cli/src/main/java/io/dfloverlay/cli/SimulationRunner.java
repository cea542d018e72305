package io.dfloverlay.cli;

import io.dfloverlay.cli.report.MetricsCsv;
import io.dfloverlay.cli.report.RunPlots;
import io.dfloverlay.cli.report.RunResult;
import io.dfloverlay.cli.report.RunSummary;
import io.dfloverlay.cli.report.RunText;
import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.sim.MetricsListener;
import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.config.RunConfigJson;
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
 * (before training, with the data's identity, for exact replay), {@code metrics.csv} (one row per
 * evaluation round, complete even when interrupted), {@code summary.json} and the plots. Shared by
 * {@code simulate} and {@code compare}; cancellation (Ctrl-C) stops after the current round and
 * still writes every file.
 */
final class SimulationRunner {
    /**
     * Console and output settings of a run.
     *
     * @param quiet no header and no progress bar
     * @param plots write the PNG/SVG plots
     */
    record Settings(boolean quiet, boolean plots) {}

    /** The training loop of a run ({@link Simulation#run(MetricsListener)}); an interface so tests can script runs. */
    @FunctionalInterface
    interface Trainer {
        /**
         * Trains, reporting to {@code listener}, stopping after the current round once it is cancelled.
         *
         * @param listener receives rounds and metrics, and says when to stop
         * @return the last metrics, or null
         */
        RoundMetrics train(MetricsListener listener);
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
     * Trains {@code sim} writing into {@code dir}; prints the header (unless quiet) and a final
     * summary line to {@code out}, progress to {@code err}.
     */
    static RunResult run(Simulation sim, Path dir, Settings settings, PrintWriter out, PrintWriter err,
            BooleanSupplier cancelled) throws IOException {
        return run(sim.header(), sim::run, sim.resolvedConfig(), dir, settings, out, err, cancelled);
    }

    /** As {@link #run(Simulation, Path, Settings, PrintWriter, PrintWriter, BooleanSupplier)}, for a config that ran as {@code config}. */
    static RunResult run(RunHeader header, Trainer trainer, RunConfig config, Path dir, Settings settings,
            PrintWriter out, PrintWriter err, BooleanSupplier cancelled) throws IOException {
        if (!settings.quiet()) {
            out.print(RunText.header(header, config));
            out.flush();
        }
        if (settings.plots()) RunPlots.warmUp();
        Files.createDirectories(dir);
        AtomicFiles.writeString(dir.resolve("config.json"), RunConfigJson.toJson(config));
        List<RoundMetrics> rows = new ArrayList<>();
        int[] roundsDone = {0};
        int rounds = config.execution().rounds();
        long start = System.nanoTime();
        RoundMetrics last;
        try (MetricsCsv csv = new MetricsCsv(dir.resolve("metrics.csv"), config.adversary() != null);
                ProgressReporter progress = ProgressReporter.start(config.topology().kind(), rounds, settings.quiet(), err)) {
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

                @Override
                public boolean cancelled() {
                    return cancelled.getAsBoolean();
                }
            });
            // A run stopped between evaluation rounds may return metrics it did not report.
            if (last != null && (rows.isEmpty() || last.round() > rows.get(rows.size() - 1).round())) {
                csv.append(last);
                rows.add(last);
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        int done = Math.max(roundsDone[0], rows.isEmpty() ? 0 : rows.get(rows.size() - 1).round());
        RunResult result = new RunResult(config, header, rows, done, done >= rounds, wall);
        AtomicFiles.writeString(dir.resolve("summary.json"), RunSummary.toJson(result));
        if (settings.plots() && !rows.isEmpty()) RunPlots.writeRun(dir, result);
        out.println(RunText.summaryLine(result));
        out.flush();
        return result;
    }
}
