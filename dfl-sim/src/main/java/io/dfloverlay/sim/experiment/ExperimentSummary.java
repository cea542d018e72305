package io.dfloverlay.sim.experiment;

import io.dfloverlay.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * Aggregates an experiment's runs per cell and metric: mean and 95% t interval ({@link MeanInterval})
 * and, where an axis names a reference, the paired comparison with the reference cell on the seeds
 * both ran ({@link PairedComparison}).
 *
 * <p>Censoring rule for rounds-to-threshold metrics ({@link Metric#censored()}): a run that never
 * reaches the threshold has no value. The summary reports "reached k/N"; the mean and interval are
 * given only when all N runs reached it (a mean over the runs that did would flatter the cell),
 * otherwise the table says "&gt;R" with R the rounds run. Paired comparisons of such a metric need
 * every run of both cells to have reached it.
 */
public final class ExperimentSummary {
    private ExperimentSummary() {}

    /**
     * The summary rows: for each cell in order, each reported metric in order.
     *
     * @param spec    the experiment
     * @param cells   its cells
     * @param records the finished runs
     * @return the rows
     */
    public static List<SummaryRow> of(ExperimentSpec spec, List<ExperimentCell> cells, List<RunRecord> records) {
        List<SummaryRow> rows = new ArrayList<>();
        for (ExperimentCell cell : cells) {
            List<RunRecord> mine = runsOf(cell.id(), records);
            ExperimentCell ref = ExperimentGrid.reference(spec, cell, cells).orElse(null);
            List<RunRecord> theirs = ref == null ? List.of() : runsOf(ref.id(), records);
            for (Metric m : spec.reportedMetrics()) {
                double[] values = mine.stream().mapToDouble(r -> r.value(m)).filter(v -> !Double.isNaN(v)).toArray();
                boolean allReached = values.length == mine.size();
                MeanInterval stats = m.censored() && !allReached ? MeanInterval.of(new double[0]) : MeanInterval.of(values);
                int bound = m.censored() && !allReached ? mine.stream().mapToInt(RunRecord::rounds).max().orElse(0) : 0;
                rows.add(new SummaryRow(cell, m, mine.size(), values.length, stats, bound, ref == null ? null : ref.id(),
                        ref == null ? null : paired(m, mine, theirs)));
            }
        }
        return rows;
    }

    private static List<RunRecord> runsOf(String cell, List<RunRecord> records) {
        return records.stream().filter(r -> r.cell().equals(cell)).toList();
    }

    private static PairedComparison paired(Metric m, List<RunRecord> mine, List<RunRecord> theirs) {
        Map<Long, Double> a = bySeed(m, mine), b = bySeed(m, theirs);
        if (m.censored() && (a.size() < mine.size() || b.size() < theirs.size())) return null;
        List<Long> common = a.keySet().stream().filter(b::containsKey).sorted().toList();
        if (common.size() < 2) return null;
        return PairedComparison.of(common.stream().mapToDouble(a::get).toArray(), common.stream().mapToDouble(b::get).toArray());
    }

    private static Map<Long, Double> bySeed(Metric m, List<RunRecord> runs) {
        Map<Long, Double> out = new TreeMap<>();
        for (RunRecord r : runs) if (!Double.isNaN(r.value(m))) out.put(r.seed(), r.value(m));
        return out;
    }

    /**
     * Writes {@code summary.csv} atomically: {@code cell}, the axes, {@code metric}, {@code mean},
     * {@code ci_low}, {@code ci_high}, {@code n} (runs with a value), {@code runs}, {@code reached}
     * (for censored metrics, else empty), {@code bound} (the rounds run when the mean is withheld),
     * {@code reference}, {@code paired_n}, {@code diff_mean}, {@code diff_low}, {@code diff_high}, {@code p_value}.
     *
     * @param file the CSV file
     * @param spec the experiment
     * @param rows the summary rows
     * @throws IOException when the file cannot be written
     */
    public static void writeCsv(Path file, ExperimentSpec spec, List<SummaryRow> rows) throws IOException {
        List<String> header = new ArrayList<>(List.of("cell"));
        for (Axis a : spec.axes()) header.add(a.name());
        header.addAll(List.of("metric", "mean", "ci_low", "ci_high", "n", "runs", "reached", "bound", "reference", "paired_n",
                "diff_mean", "diff_low", "diff_high", "p_value"));
        AtomicFiles.writeText(file, w -> {
            CSVPrinter p = new CSVPrinter(w, RunsCsv.FORMAT);
            p.printRecord(header);
            for (SummaryRow r : rows) {
                List<String> row = new ArrayList<>(List.of(r.cell().id()));
                for (Axis a : spec.axes()) row.add(r.labels().get(a.name()));
                PairedComparison pc = r.paired();
                row.addAll(List.of(r.metric().key(), num(r.stats().mean()), num(r.stats().low()), num(r.stats().high()),
                        Integer.toString(r.stats().n()), Integer.toString(r.runs()),
                        r.metric().censored() ? Integer.toString(r.reached()) : "", r.bound() > 0 ? Integer.toString(r.bound()) : "",
                        r.reference() == null ? "" : r.reference(), pc == null ? "" : Integer.toString(pc.n()),
                        pc == null ? "" : num(pc.difference()), pc == null ? "" : num(pc.interval().low()),
                        pc == null ? "" : num(pc.interval().high()), pc == null ? "" : num(pc.p())));
                p.printRecord(row);
            }
            p.flush();
        });
    }

    /**
     * The summary as a markdown table: one row per cell, the axes' labels, then per reported metric
     * "mean ± half-width" (censored metrics: "&gt;R (k/N)" unless all N runs reached the threshold)
     * and, when the cell has a reference, "Δ ± half-width (p)" against it.
     *
     * @param spec the experiment
     * @param rows the summary rows
     * @return the table, ending in a newline
     */
    public static String markdown(ExperimentSpec spec, List<SummaryRow> rows) {
        boolean refs = rows.stream().anyMatch(r -> r.reference() != null);
        List<String> header = new ArrayList<>();
        for (Axis a : spec.axes()) header.add(a.name());
        for (Metric m : spec.reportedMetrics()) {
            header.add(m.key() + " (mean ± 95% CI)");
            if (refs) header.add("Δ " + m.key() + " vs ref (p)");
        }
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header)).append(" |\n");
        sb.append("|").append(" --- |".repeat(header.size())).append('\n');
        Map<String, List<SummaryRow>> byCell = rows.stream().collect(Collectors.groupingBy(r -> r.cell().id(),
                java.util.LinkedHashMap::new, Collectors.toList()));
        for (List<SummaryRow> cellRows : byCell.values()) {
            List<String> cols = new ArrayList<>();
            for (Axis a : spec.axes()) cols.add(cellRows.get(0).labels().get(a.name()));
            for (SummaryRow r : cellRows) {
                cols.add(meanText(r));
                if (refs) cols.add(r.paired() == null ? (r.reference() == null ? "ref" : "–") : diffText(r.paired()));
            }
            sb.append("| ").append(String.join(" | ", cols)).append(" |\n");
        }
        return sb.toString();
    }

    private static String meanText(SummaryRow r) {
        if (r.censoredOut()) return ">" + r.bound() + " (" + r.reached() + "/" + r.runs() + " reached)";
        if (r.stats().n() == 0) return "–";
        String s = fmt(r.stats().mean()) + (Double.isNaN(r.stats().halfWidth()) ? "" : " ± " + fmt(r.stats().halfWidth()));
        return r.metric().censored() ? s + " (" + r.reached() + "/" + r.runs() + ")" : s;
    }

    private static String diffText(PairedComparison pc) {
        double hw = pc.interval().halfWidth();
        return fmt(pc.difference()) + (Double.isNaN(hw) ? "" : " ± " + fmt(hw))
                + (Double.isNaN(pc.p()) ? "" : " (p=" + String.format(Locale.ROOT, "%.2g", pc.p()) + ")");
    }

    /** Four significant digits, plain notation for moderate magnitudes. */
    static String fmt(double v) {
        if (Double.isNaN(v)) return "–";
        if (Double.isInfinite(v)) return Double.toString(v);
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) return String.format(Locale.ROOT, "%.3e", v);
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
