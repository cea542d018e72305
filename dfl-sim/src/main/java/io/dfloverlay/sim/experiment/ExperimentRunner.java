package io.dfloverlay.sim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.data.DataIdentity;
import io.dfloverlay.sim.data.LoadedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Runs an experiment's cells × seeds in this JVM, appending one row per finished run to
 * {@code runs.csv} in the output directory (rewritten atomically after each run), and resumable: a
 * run already in {@code runs.csv} is not run again. The directory also holds {@code spec.json}
 * (the spec and whether it is the smoke version); resuming into a directory of another spec is
 * refused. Runs of a cell are consecutive; data are loaded once and shared by runs with the same
 * dataset, path and model context (and seed, for generated data).
 */
public final class ExperimentRunner {
    /** File name of the per-run table. */
    public static final String RUNS_FILE = "runs.csv";
    /** File name of the recorded spec. */
    public static final String SPEC_FILE = "spec.json";

    /** Receives progress; called on the runner's thread. */
    public interface Progress {
        /**
         * Called before a run starts.
         *
         * @param index runs started or skipped so far, from 0
         * @param total runs in the experiment
         * @param cell  the cell id
         * @param seed  the seed
         */
        default void starting(int index, int total, String cell, long seed) {}

        /**
         * Called once before the first run with how many runs the output directory already holds.
         *
         * @param resumed runs found in {@code runs.csv} and not run again
         * @param total   runs in the experiment
         */
        default void resuming(int resumed, int total) {}
    }

    private final ExperimentSpec spec;
    private final boolean smoke;
    private final int seeds;
    private final List<ExperimentCell> cells;
    private LoadedData data;
    private RunConfig dataConfig;

    /**
     * Expands the spec and validates every run's config (cheaply: no data, no topology yet).
     *
     * @param spec  the experiment
     * @param smoke whether to run the smoke version
     * @param seeds seeds per cell (1..seeds), at least 1; {@code 0} for the spec's (or its smoke's)
     * @throws ConfigException naming the cell and key of an invalid config
     */
    public ExperimentRunner(ExperimentSpec spec, boolean smoke, int seeds) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.smoke = smoke;
        if (seeds < 0) throw new IllegalArgumentException("seeds must be at least 1, got " + seeds);
        this.seeds = seeds > 0 ? seeds : smoke ? spec.smoke().seeds() : spec.seeds();
        this.cells = ExperimentGrid.cells(spec, smoke);
        for (ExperimentCell c : cells) for (long s = 1; s <= this.seeds; s++) ExperimentGrid.config(c, s);
    }

    /**
     * The cells run, in order.
     *
     * @return the cells
     */
    public List<ExperimentCell> cells() {
        return cells;
    }

    /**
     * The seeds run per cell.
     *
     * @return the count (seeds 1..count)
     */
    public int seeds() {
        return seeds;
    }

    /**
     * Runs what {@code out/runs.csv} does not hold yet.
     *
     * @param out       the output directory (created if absent)
     * @param progress  receives progress
     * @param cancelled polled between and during runs; once true, the current run is dropped and the runner returns
     * @return the experiment's runs finished so far (from earlier invocations too), in grid order
     * @throws IOException when a file cannot be read or written
     * @throws IllegalArgumentException when {@code out} holds runs of another spec, or a run's setup fails
     */
    public List<RunRecord> run(Path out, Progress progress, BooleanSupplier cancelled) throws IOException {
        Files.createDirectories(out);
        checkSpec(out.resolve(SPEC_FILE));
        Path runsFile = out.resolve(RUNS_FILE);
        List<RunRecord> done = new ArrayList<>(RunsCsv.read(runsFile, spec.kind()));
        int total = cells.size() * seeds, index = 0;
        int resumed = (int) cells.stream().mapToLong(c -> done.stream().filter(r -> r.cell().equals(c.id()) && r.seed() <= seeds).count()).sum();
        progress.resuming(resumed, total);
        for (ExperimentCell cell : cells) {
            for (long seed = 1; seed <= seeds; seed++) {
                final long s = seed;
                if (done.stream().anyMatch(r -> r.isRun(cell.id(), s))) {
                    index++;
                    continue;
                }
                if (cancelled.getAsBoolean()) return ordered(done);
                progress.starting(index++, total, cell.id(), seed);
                RunRecord r = runOne(cell, seed, cancelled);
                if (r == null) return ordered(done);
                done.add(r);
                RunsCsv.write(runsFile, spec, cells, done);
            }
        }
        data = null;
        return ordered(done);
    }

    private RunRecord runOne(ExperimentCell cell, long seed, BooleanSupplier cancelled) {
        RunConfig config = ExperimentGrid.config(cell, seed);
        if (spec.kind() == ExperimentKind.CONSENSUS) return ConsensusRun.run(cell.id(), config, spec.consensus(), cancelled);
        try {
            return TrainingRun.run(spec.kind(), cell.id(), config, dataFor(config), cancelled);
        } catch (ConfigException e) {
            throw new ConfigException("", "cell " + cell.id() + ", seed " + seed + ": " + e.getMessage());
        }
    }

    /** The data of {@code config}: the copy already loaded when dataset, path, context (and seed of generated data) match. */
    private LoadedData dataFor(RunConfig config) {
        boolean same = data != null && Objects.equals(config.data().dataset(), dataConfig.data().dataset())
                && Objects.equals(config.data().path(), dataConfig.data().path())
                && Objects.equals(config.model().context(), dataConfig.model().context())
                && (!DataIdentity.GENERATED.equals(data.identity().copy()) || config.execution().seed() == dataConfig.execution().seed());
        if (!same) {
            data = null; // let the old copy go before loading the next
            data = Simulation.loadData(config);
            dataConfig = config;
        }
        return data;
    }

    /** The records of this grid's cells and seeds, in grid order. */
    private List<RunRecord> ordered(List<RunRecord> records) {
        List<RunRecord> out = new ArrayList<>();
        for (ExperimentCell c : cells)
            for (long s = 1; s <= seeds; s++) {
                final long seed = s;
                records.stream().filter(r -> r.isRun(c.id(), seed)).findFirst().ifPresent(out::add);
            }
        return out;
    }

    /** Writes {@code spec.json}, or checks that the one there records the same spec and mode. */
    private void checkSpec(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode record = mapper.createObjectNode();
        record.put("smoke", smoke);
        record.set("spec", mapper.valueToTree(spec));
        if (Files.exists(file)) {
            JsonNode old = mapper.readTree(file.toFile());
            if (!record.equals(old))
                throw new IllegalArgumentException(file.getParent() + " holds runs of another spec (or of the "
                        + (smoke ? "full" : "smoke") + " version); choose another output directory or remove it");
            return;
        }
        AtomicFiles.writeString(file, mapper.writeValueAsString(record) + "\n");
    }
}
