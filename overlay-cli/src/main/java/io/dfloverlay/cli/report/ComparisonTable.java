package io.dfloverlay.cli.report;

import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.config.AdversaryConfig;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.data.DataIdentity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side table of a topology comparison: per run the topology, ρ(W), λ(A), rounds to the
 * target accuracy, final test accuracy, generalization gap, final consensus distance, bytes sent and
 * wall time (with an adversary: the honest clients' accuracy), with the run context (n, d, partition, seed, data, target accuracy, adversary); as CSV
 * (machine-readable, exact numbers, the context in columns) and as Markdown (4 significant digits,
 * the context in a line above the table). The target accuracy is each run's
 * {@code execution.evaluation.targetAccuracy}.
 */
public final class ComparisonTable {
    /** The CSV columns. */
    public static final List<String> COLUMNS = List.of("topology", "rho_W", "lambda_A", "rounds_to_target",
            "final_test_accuracy", "generalization_gap", "consensus_distance", "bytes_sent", "wall_s", "rounds_done",
            "n", "d", "partition", "seed", "data", "data_sha256", "target_accuracy", "honest_test_accuracy",
            "honest_mean_client_accuracy", "adversary");
    private static final List<String> TITLES = List.of("topology", "ρ(W)", "λ(A)", "rounds to %s",
            "final test acc.", "gen. gap", "consensus dist.", "MB sent", "wall s", "rounds");

    private ComparisonTable() {}

    /**
     * Writes the comparison as CSV (header plus one row per run; empty cells for missing values).
     *
     * @param file the CSV file, written atomically
     * @param runs the runs
     * @throws IOException when the file cannot be written
     */
    public static void writeCsv(Path file, List<RunResult> runs) throws IOException {
        CsvTables.write(file, COLUMNS, runs.stream().map(ComparisonTable::csvRow).toList());
    }

    /** The CSV cells of one run. */
    static List<String> csvRow(RunResult r) {
        RoundMetrics m = r.last();
        RunConfig c = r.config();
        Double target = target(r);
        int rt = target == null ? -1 : r.roundsToTarget(target);
        DataIdentity id = c.data().identity();
        return List.of(c.topology().kind(), CsvTables.num(r.header().rho()), CsvTables.num(r.header().lambda()),
                rt < 0 ? "" : Integer.toString(rt),
                m == null ? "" : CsvTables.num(m.testAccuracy()),
                m == null ? "" : CsvTables.num(m.generalizationGap()),
                m == null ? "" : CsvTables.num(m.consensusDistance()),
                m == null ? "" : Long.toString(m.bytesSent()),
                CsvTables.num(r.wallSeconds()), Integer.toString(r.roundsDone()),
                Integer.toString(c.topology().n()), c.topology().d() == null ? "" : c.topology().d().toString(),
                c.data().partition().syntax(), Long.toString(c.execution().seed()), data(c),
                id == null ? "" : id.sha256(), target == null ? "" : CsvTables.num(target),
                m == null || m.honest() == null ? "" : CsvTables.num(m.honest().testAccuracy()),
                m == null || m.honest() == null ? "" : CsvTables.num(m.honest().meanClientAccuracy()), adversary(c));
    }

    /** The adversary in words, e.g. {@code f=0.2 alie/clipped-gossip}; empty for an honest run. */
    static String adversary(RunConfig c) {
        AdversaryConfig a = c.adversary();
        return a == null ? "" : "f=" + CsvTables.num(a.fraction()) + " " + a.attack() + "/" + a.aggregator();
    }

    /**
     * The comparison as Markdown: a context line, then the table; "—" where the target was not
     * reached or a value is missing.
     *
     * @param runs the runs (at least one)
     * @return the Markdown text
     */
    public static String markdown(List<RunResult> runs) {
        Double target = target(runs.get(0));
        List<String> titles = new ArrayList<>(TITLES);
        titles.set(3, String.format(Locale.ROOT, TITLES.get(3), target == null ? "target" : RunText.fmt(target)));
        boolean adversary = runs.get(0).config().adversary() != null;
        if (adversary) titles.add("honest acc. (client mean)");
        StringBuilder b = new StringBuilder(context(runs.get(0).config(), target)).append("\n\n| ")
                .append(String.join(" | ", titles)).append(" |\n|");
        for (int i = 0; i < titles.size(); i++) b.append(i == 0 ? " --- |" : " ---: |");
        b.append('\n');
        for (RunResult r : runs) {
            RoundMetrics m = r.last();
            int rt = target == null ? -1 : r.roundsToTarget(target);
            List<String> cells = new ArrayList<>(List.of(r.config().topology().kind(), cell(r.header().rho()), cell(r.header().lambda()),
                    rt < 0 ? "—" : Integer.toString(rt),
                    m == null ? "—" : cell(m.testAccuracy()), m == null ? "—" : cell(m.generalizationGap()),
                    m == null ? "—" : cell(m.consensusDistance()),
                    m == null ? "—" : String.format(Locale.ROOT, "%.1f", m.bytesSent() / 1e6),
                    String.format(Locale.ROOT, "%.1f", r.wallSeconds()),
                    r.roundsDone() + (r.completed() ? "" : " (interrupted)")));
            if (adversary) cells.add(m == null || m.honest() == null ? "—"
                    : cell(m.honest().testAccuracy()) + " (" + cell(m.honest().meanClientAccuracy()) + ")");
            b.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        return b.toString();
    }

    /** One line of run context: n, d, partition, seed, data, target accuracy. */
    static String context(RunConfig c, Double target) {
        DataIdentity id = c.data().identity();
        return String.format(Locale.ROOT, "n = %d, d = %s, partition %s, seed %d, data %s%s, target accuracy %s%s",
                c.topology().n(), c.topology().d() == null ? "—" : c.topology().d(), c.data().partition().syntax(),
                c.execution().seed(), data(c), id == null ? "" : " (sha256 " + id.sha256().substring(0, 12) + "…)",
                target == null ? "—" : RunText.fmt(target), c.adversary() == null ? "" : ", adversary " + adversary(c));
    }

    /** The data of a run in words: dataset, copy, path and sizes when recorded. */
    private static String data(RunConfig c) {
        DataIdentity id = c.data().identity();
        if (id == null) return c.data().dataset();
        return c.data().dataset() + " " + id.copy() + (id.path() == null ? "" : " " + id.path()) + " "
                + id.trainExamples() + "/" + id.testExamples();
    }

    private static Double target(RunResult r) {
        return r.config().execution().evaluation().targetAccuracy();
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "—" : RunText.fmt(v);
    }
}
