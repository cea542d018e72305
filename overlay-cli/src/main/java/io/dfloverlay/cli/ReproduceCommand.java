package io.dfloverlay.cli;

import io.dfloverlay.cli.report.ExperimentPlots;
import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.experiment.ExperimentRunner;
import io.dfloverlay.sim.experiment.ExperimentSpec;
import io.dfloverlay.sim.experiment.ExperimentSummary;
import io.dfloverlay.sim.experiment.RunRecord;
import io.dfloverlay.sim.experiment.SummaryRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code overlay reproduce SPEC.json}: reruns an experiment from its spec (see {@code docs/reproduce.md})
 * and aggregates it: {@code runs.csv} (one row per run, resumable), {@code summary.csv} (mean, 95% t
 * interval, paired comparison with the reference cell), {@code table.md} (printed) and plots.
 */
@Command(name = "reproduce", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Rerun an experiment from a JSON spec (docs/results/*.json) with confidence intervals.",
        footer = {"%nExamples:",
            "  overlay reproduce docs/results/consensus.json --smoke     # seconds",
            "  overlay reproduce docs/results/fmnist-topologies.json      # resumes into runs/fmnist-topologies",
            "Rerunning with the same --out skips the runs already in its runs.csv."})
public final class ReproduceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC.json", description = "The experiment spec.")
    Path specFile;

    @Option(names = "--smoke", description = "Run the spec's small smoke version (what CI runs).")
    boolean smoke;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: runs/NAME, runs/NAME-smoke with --smoke).")
    Path out;

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per cell, 1..N (default: the spec's).")
    Integer seeds;

    @Option(names = "--plot-at", paramLabel = "AXIS=LABEL", description = "Hold AXIS at LABEL in the plots (repeatable; "
            + "default: the first cell's labels), e.g. --plot-at partition=dirichlet0.1 --plot-at n=256.")
    Map<String, String> plotAt = new LinkedHashMap<>();

    @Option(names = "--no-plots", description = "Do not write the PNG plots.")
    boolean noPlots;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (seeds != null && seeds < 1) throw new IllegalArgumentException("--seeds must be at least 1, got " + seeds);
        ExperimentSpec experiment;
        ExperimentRunner runner;
        try {
            experiment = ExperimentSpec.read(specFile);
            runner = new ExperimentRunner(experiment, smoke, seeds == null ? 0 : seeds);
        } catch (ConfigException e) {
            throw new IllegalArgumentException(specFile + ": " + e.getMessage(), e);
        }
        ExperimentPlots.checkPlotAt(experiment, plotAt);
        Path dir = out != null ? out : Path.of("runs", experiment.name() + (smoke ? "-smoke" : ""));
        PrintWriter stdout = spec.commandLine().getOut(), stderr = spec.commandLine().getErr();
        List<RunRecord> records;
        long start = System.nanoTime();
        try (InterruptGuard guard = InterruptGuard.install()) {
            records = runner.run(dir, progress(stderr, start), guard.cancelled());
        }
        int total = runner.cells().size() * runner.seeds();
        List<SummaryRow> rows = ExperimentSummary.of(experiment, runner.cells(), records);
        ExperimentSummary.writeCsv(dir.resolve("summary.csv"), experiment, rows);
        String table = "# " + experiment.title() + (smoke ? " (smoke)" : "") + "\n\n" + ExperimentSummary.markdown(experiment, rows);
        AtomicFiles.writeString(dir.resolve("table.md"), table);
        List<Path> plots = noPlots || records.isEmpty() ? List.of() : ExperimentPlots.write(dir, experiment, runner.cells(), records, plotAt);
        stdout.print(table);
        stdout.println("wrote " + dir.resolve("runs.csv") + " (" + records.size() + "/" + total + " runs), summary.csv, table.md"
                + (plots.isEmpty() ? "" : ", " + String.join(", ", plots.stream().map(p -> p.getFileName().toString()).toList())));
        stdout.flush();
        return records.size() == total ? 0 : SimulateCommand.INTERRUPTED;
    }

    private ExperimentRunner.Progress progress(PrintWriter err, long start) {
        return new ExperimentRunner.Progress() {
            @Override
            public void resuming(int resumed, int total) {
                if (!quiet && resumed > 0) {
                    err.println("resuming: " + resumed + " of " + total + " runs already in runs.csv");
                    err.flush();
                }
            }

            @Override
            public void starting(int index, int total, String cell, long seed) {
                if (quiet) return;
                err.printf("[%d/%d] %s seed %d (%.0f s elapsed)%n", index + 1, total, cell, seed, (System.nanoTime() - start) / 1e9);
                err.flush();
            }
        };
    }
}
