package io.dfloverlay.cli;

import io.dfloverlay.cli.report.ConfigJson;
import io.dfloverlay.cli.report.RunResult;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.SimulationConfig;
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
 * Exit status 0, or 130 when interrupted (the files then hold the rounds done).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Simulate D-SGD training over a topology.",
        footer = "%nExample:%n  overlay simulate --topology random-regular --n 100 --d 8 --dataset fashion-mnist "
                + "--partition dirichlet:0.3 --rounds 300 --out runs/x")
public final class SimulateCommand implements Callable<Integer> {
    /** Exit status of an interrupted run. */
    static final int INTERRUPTED = 130;

    @Option(names = "--topology", paramLabel = "KIND", defaultValue = "random-regular",
            completionCandidates = RegistryNames.TopologyNames.class,
            description = "Topology kind or alias (parameters: 'overlay generate --list'): ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String topology;

    @Mixin
    TrainingOptions training;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Replay exactly the config.json of an earlier run (training options may not be given with it).")
    Path configFile;

    @Option(names = "--target-acc", paramLabel = "ACC", description = "Report the first round reaching this test accuracy.")
    Double targetAccuracy;

    @Mixin
    ReportOptions report;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SimulationConfig config = config();
        Simulation sim = new Simulation(config);
        Path out = report.out();
        SimulationRunner.checkOutputDir(out);
        var settings = report.settings(targetAccuracy == null ? Double.NaN : targetAccuracy);
        try (InterruptGuard guard = InterruptGuard.install()) {
            RunResult r = SimulationRunner.run(sim, config, out, settings, spec.commandLine().getOut(),
                    spec.commandLine().getErr(), guard.cancelled());
            return r.completed() ? 0 : INTERRUPTED;
        }
    }

    private SimulationConfig config() throws IOException {
        if (configFile == null) return training.toConfig(topology);
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        String clash = TrainingOptions.firstMatched(spec.mixins().get("training"), parsed);
        if (clash == null && parsed.hasMatchedOption("--topology")) clash = "--topology";
        if (clash != null)
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--config replays a run exactly and cannot be combined with " + clash);
        return ConfigJson.read(configFile);
    }
}
