package io.dfloverlay.cli;

import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.cli.report.ComparisonTable;
import io.dfloverlay.cli.report.RunPlots;
import io.dfloverlay.cli.report.RunResult;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.data.LoadedData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code overlay compare}: runs the same D-SGD training (same seed, data, partition and model) over
 * several topologies, each into {@code OUT/<topology>/} exactly as {@code simulate} writes, then a
 * side-by-side table ({@code comparison.csv}, {@code comparison.md}, printed) and combined plots.
 * Every topology is prepared, and so validated, before the first run starts.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Compare topologies by D-SGD convergence and generalization.",
        footer = {"%nExample (about 3 minutes on 2 cores):",
            "  overlay compare \\",
            "    --topologies ring,exponential,random-regular,near-optimal,complete \\",
            "    --n 32 --d 4 --partition dirichlet:0.1 --rounds 300 --eval-every 25 \\",
            "    --out runs/compare",
            "With --config FILE, FILE is the base of every run (its topology kind replaced by each of --topologies)."})
public final class CompareCommand implements Callable<Integer> {
    @Option(names = "--topologies", paramLabel = "KIND", split = ",",
            defaultValue = "ring,torus,exponential,random-regular,near-optimal,complete",
            description = "Topology kinds or aliases to compare (see 'overlay generate --list'; default: ${DEFAULT-VALUE}).")
    List<String> topologies;

    @Mixin
    TrainingOptions training;

    @Option(names = "--target-acc", paramLabel = "ACC", defaultValue = "0.7",
            description = "Target test accuracy for the rounds-to-target column (default: the config's, else ${DEFAULT-VALUE}).")
    double targetAccuracy;

    @Mixin
    ReportOptions report;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<String> kinds = new ArrayList<>(new LinkedHashSet<>(topologies));
        if (kinds.isEmpty() || kinds.stream().anyMatch(String::isBlank))
            throw new IllegalArgumentException("--topologies needs at least one non-empty kind");
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        RunConfig base = training.toConfig(parsed, kinds.get(0), true, targetAccuracy, parsed.hasMatchedOption("--target-acc"));
        if (base.execution().evaluation().targetAccuracy() == null) base = base.toBuilder().targetAccuracy(targetAccuracy).build();
        List<RunConfig> configs = new ArrayList<>();
        for (String kind : kinds) configs.add(base.withTopologyKind(kind));
        if (!report.quiet) {
            spec.commandLine().getOut().println("preparing " + kinds.size() + " runs (data, topologies, spectra)...");
            spec.commandLine().getOut().flush();
        }
        List<Simulation> prepared = prepare(configs);
        SimulationRunner.checkOutputDir(report.out());
        try (InterruptGuard guard = InterruptGuard.install()) {
            List<RunResult> results = runAll(prepared, guard.cancelled());
            return results.size() == kinds.size() && results.get(results.size() - 1).completed()
                    ? 0 : SimulateCommand.INTERRUPTED;
        }
    }

    /**
     * Prepares (and so validates) every run first, so a bad topology name or size fails before any
     * output. Runs with the same dataset, path and seed share one loaded copy of the data.
     */
    private static List<Simulation> prepare(List<RunConfig> configs) {
        List<Simulation> sims = new ArrayList<>();
        Map<List<Object>, LoadedData> loaded = new HashMap<>();
        for (RunConfig c : configs) {
            try {
                LoadedData data = loaded.computeIfAbsent(Arrays.asList(c.data().dataset(), c.data().path(), c.execution().seed()),
                        k -> Simulation.loadData(c));
                sims.add(new Simulation(c, data));
            } catch (ConfigException e) {
                throw new IllegalArgumentException("topology '" + c.topology().kind() + "': " + TrainingOptions.flagError(e).getMessage(), e);
            }
        }
        return sims;
    }

    /** Runs the prepared simulations in order (stopping when cancelled) and writes the comparison. */
    List<RunResult> runAll(List<Simulation> sims, BooleanSupplier cancelled) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Path out = report.out();
        var settings = report.settings();
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < sims.size() && !cancelled.getAsBoolean(); i++) {
            Simulation sim = sims.set(i, null); // let a finished run's memory go
            String kind = sim.resolvedConfig().topology().kind();
            if (!report.quiet) stdout.println("== " + kind + " (" + (i + 1) + "/" + sims.size() + ")");
            RunResult r = SimulationRunner.run(sim, out.resolve(kind), settings, stdout, spec.commandLine().getErr(), cancelled);
            results.add(r);
            if (!r.completed()) break;
        }
        if (results.isEmpty()) return results;
        ComparisonTable.writeCsv(out.resolve("comparison.csv"), results);
        String md = ComparisonTable.markdown(results);
        AtomicFiles.writeString(out.resolve("comparison.md"), md);
        if (!report.noPlots) RunPlots.writeCombined(out, results);
        stdout.println();
        stdout.print(md);
        stdout.println("wrote " + out.resolve("comparison.md") + ", comparison.csv"
                + (report.noPlots ? "" : " and combined plots") + " and one directory per topology");
        stdout.flush();
        return results;
    }
}
