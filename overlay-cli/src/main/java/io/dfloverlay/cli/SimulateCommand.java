package io.dfloverlay.cli;

import io.dfloverlay.cli.report.RunResult;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.RunConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code overlay simulate}: trains D-SGD over one topology and writes {@code metrics.csv},
 * {@code summary.json}, {@code config.json} (replay with {@code --config}) and plots into
 * {@code --out}. Everything is validated (the simulation is prepared) before any file is written.
 * Exit status 0, 2 for a bad option or config, or 130 when interrupted (the files then hold the rounds done).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Simulate D-SGD training over a topology.",
        footer = {"%nExamples:",
            "  overlay simulate --topology random-regular --n 100 --d 8 --dataset fashion-mnist --partition dirichlet:0.3 --rounds 300 --out runs/x",
            "  overlay simulate --config runs/x/config.json --out runs/x-again          (replay exactly)",
            "  overlay simulate --config runs/x/config.json --weights mh --out runs/x-mh (change one value)"})
public final class SimulateCommand implements Callable<Integer> {
    /** Exit status of an interrupted run. */
    static final int INTERRUPTED = 130;

    @Option(names = "--topology", paramLabel = "KIND", defaultValue = "random-regular",
            completionCandidates = RegistryNames.TopologyNames.class,
            description = "Topology kind or alias (parameters: 'overlay generate --list'): ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String topology;

    @Mixin
    TrainingOptions training;

    @Option(names = "--target-acc", paramLabel = "ACC", description = "Report the first round reaching this test accuracy.")
    Double targetAccuracy;

    @Mixin
    ReportOptions report;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        RunConfig config = training.toConfig(parsed, topology, parsed.hasMatchedOption("--topology"), targetAccuracy,
                parsed.hasMatchedOption("--target-acc"));
        Simulation sim = prepare(config);
        Path out = report.out();
        SimulationRunner.checkOutputDir(out);
        try (InterruptGuard guard = InterruptGuard.install()) {
            RunResult r = SimulationRunner.run(sim, out, report.settings(), spec.commandLine().getOut(),
                    spec.commandLine().getErr(), guard.cancelled());
            return r.completed() ? 0 : INTERRUPTED;
        }
    }

    /**
     * Prepares a run, reporting a config error in command-line words.
     *
     * @param config the run
     * @return the prepared simulation
     * @throws IllegalArgumentException naming the flag or config key of a bad value
     */
    static Simulation prepare(RunConfig config) {
        try {
            return new Simulation(config);
        } catch (ConfigException e) {
            throw TrainingOptions.flagError(e);
        }
    }
}
