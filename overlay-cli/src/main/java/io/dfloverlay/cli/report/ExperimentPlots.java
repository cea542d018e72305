package io.dfloverlay.cli.report;

import io.dfloverlay.cli.plot.Charts;
import io.dfloverlay.sim.experiment.Axis;
import io.dfloverlay.sim.experiment.ExperimentCell;
import io.dfloverlay.sim.experiment.ExperimentKind;
import io.dfloverlay.sim.experiment.ExperimentSpec;
import io.dfloverlay.sim.experiment.MeanInterval;
import io.dfloverlay.sim.experiment.Metric;
import io.dfloverlay.sim.experiment.RunRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plots of {@code overlay reproduce}: the mean over seeds of a per-round series with its 95% t
 * interval as error bars, one line per cell along the compared axis (the first axis naming a
 * reference, else the last), the other axes held at the first cell's labels. Training and churn:
 * {@code accuracy.png}; churn also {@code lambda.png} (λ of the repaired overlay after each event);
 * consensus: {@code consensus.png}, the error on a log scale with ρ(W)^t dashed for static topologies.
 */
public final class ExperimentPlots {
    private ExperimentPlots() {}

    /**
     * Writes the experiment's plots into {@code dir}.
     *
     * @param dir     the output directory
     * @param spec    the experiment
     * @param cells   its cells
     * @param records the finished runs
     * @param at      labels at which to hold the other axes (axis name to label); axes not named are
     *                held at the first cell's labels
     * @return the files written
     * @throws IOException when a file cannot be written
     * @throws IllegalArgumentException when {@code at} names an unknown axis or label, or the compared axis
     */
    public static List<Path> write(Path dir, ExperimentSpec spec, List<ExperimentCell> cells, List<RunRecord> records,
            Map<String, String> at) throws IOException {
        List<ExperimentCell> shown = shown(spec, cells, at);
        String held = heldLabels(spec, shown);
        List<Path> out = new ArrayList<>();
        if (spec.kind() == ExperimentKind.CONSENSUS) {
            XYChart chart = chart(spec.title() + held, "round t", "‖x_t − x̄‖ / ‖x_0 − x̄‖");
            chart.getStyler().setYAxisLogarithmic(true);
            java.awt.Color[] palette = chart.getStyler().getSeriesColors();
            for (int k = 0; k < shown.size(); k++) {
                ExperimentCell c = shown.get(k);
                java.awt.Color colour = palette[k % palette.length];
                List<RunRecord> runs = runsOf(c, records);
                XYSeries measured = add(chart, c.id(), runs, Metric.ERROR_SERIES, true);
                if (measured != null) measured.setLineColor(colour);
                double rho = runs.stream().mapToDouble(r -> r.value(Metric.RHO)).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
                int rounds = runs.stream().mapToInt(RunRecord::rounds).max().orElse(0);
                if (!Double.isNaN(rho) && rho > 0 && rounds > 0) {
                    double[] t = new double[rounds + 1], y = new double[rounds + 1];
                    for (int i = 0; i <= rounds; i++) {
                        t[i] = i;
                        y[i] = Math.max(Math.pow(rho, i), 1e-300);
                    }
                    XYSeries s = chart.addSeries(c.id() + " ρ^t", t, y);
                    s.setMarker(SeriesMarkers.NONE);
                    s.setLineStyle(SeriesLines.DASH_DASH);
                    s.setLineColor(colour);
                }
            }
            chart.getStyler().setYAxisMin(1e-12);
            out.add(save(chart, dir.resolve("consensus.png")));
            return out;
        }
        XYChart acc = chart(spec.title() + held, "round", "test accuracy of x̄ (mean, 95% CI)");
        for (ExperimentCell c : shown) add(acc, c.id(), runsOf(c, records), Metric.ACCURACY_SERIES, false);
        out.add(save(acc, dir.resolve("accuracy.png")));
        if (spec.kind() == ExperimentKind.CHURN) {
            XYChart lambda = chart(spec.title() + held, "round", "λ(A) of the overlay (mean, 95% CI)");
            for (ExperimentCell c : shown) add(lambda, c.id(), runsOf(c, records), Metric.LAMBDA_SERIES, false);
            out.add(save(lambda, dir.resolve("lambda.png")));
        }
        return out;
    }

    /**
     * Checks labels at which to hold the other axes of the plots, before any run starts.
     *
     * @param spec the experiment
     * @param at   axis name to label
     * @throws IllegalArgumentException naming an unknown axis or label, or the axis the plots compare
     */
    public static void checkPlotAt(ExperimentSpec spec, Map<String, String> at) {
        String along = compared(spec);
        for (var e : at.entrySet()) {
            Axis axis = spec.axes().stream().filter(a -> a.name().equals(e.getKey())).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("--plot-at: no axis '" + e.getKey() + "' (axes: "
                            + String.join(", ", spec.axes().stream().map(Axis::name).toList()) + ")"));
            if (axis.name().equals(along))
                throw new IllegalArgumentException("--plot-at: '" + along + "' is the axis the plots compare; name another");
            if (axis.values().stream().noneMatch(v -> v.label().equals(e.getValue())))
                throw new IllegalArgumentException("--plot-at: '" + e.getValue() + "' is not a label of axis '" + axis.name() + "'");
        }
    }

    /** The axis the plots compare: the first axis naming a reference, else the last. */
    private static String compared(ExperimentSpec spec) {
        return spec.axes().stream().filter(a -> a.reference() != null).map(Axis::name).findFirst()
                .orElse(spec.axes().get(spec.axes().size() - 1).name());
    }

    /** Cells along the compared axis, the other axes held at {@code at}'s labels, else at the first cell's. */
    static List<ExperimentCell> shown(ExperimentSpec spec, List<ExperimentCell> cells, Map<String, String> at) {
        checkPlotAt(spec, at);
        String along = compared(spec);
        Map<String, String> first = new HashMap<>(cells.get(0).labels());
        first.putAll(at);
        return cells.stream().filter(c -> c.labels().entrySet().stream()
                .allMatch(e -> e.getKey().equals(along) || e.getValue().equals(first.get(e.getKey())))).toList();
    }

    private static String heldLabels(ExperimentSpec spec, List<ExperimentCell> shown) {
        if (spec.axes().size() < 2 || shown.size() < 2) return "";
        Map<String, String> a = shown.get(0).labels(), b = shown.get(1).labels();
        String held = a.entrySet().stream().filter(e -> e.getValue().equals(b.get(e.getKey())))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return held.isEmpty() ? "" : " (" + held + ")";
    }

    private static XYChart chart(String title, String x, String y) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(x).yAxisTitle(y).build();
        chart.getStyler().setMarkerSize(4);
        return chart;
    }

    /** Adds the mean over runs of {@code metric}'s series at the rounds every run recorded, with t-interval error bars (null: nothing to draw). */
    private static XYSeries add(XYChart chart, String name, List<RunRecord> runs, Metric metric, boolean logY) {
        if (runs.isEmpty()) return null;
        TreeSet<Integer> rounds = new TreeSet<>(runs.get(0).series().getOrDefault(metric, new java.util.TreeMap<>()).keySet());
        for (RunRecord r : runs) rounds.retainAll(r.series().getOrDefault(metric, new java.util.TreeMap<>()).keySet());
        if (rounds.isEmpty()) return null;
        double[] x = new double[rounds.size()], y = new double[rounds.size()], err = new double[rounds.size()];
        int k = 0;
        for (int round : rounds) {
            double[] v = runs.stream().map(r -> r.series().get(metric)).mapToDouble((SortedMap<Integer, Double> s) -> s.get(round)).toArray();
            MeanInterval mi = MeanInterval.of(java.util.Arrays.stream(v).filter(d -> !Double.isNaN(d)).toArray());
            x[k] = round;
            y[k] = logY ? Math.max(mi.mean(), 1e-300) : mi.mean();
            err[k++] = logY || Double.isNaN(mi.halfWidth()) ? 0 : mi.halfWidth();
        }
        XYSeries s = logY ? chart.addSeries(name, x, y) : chart.addSeries(name, x, y, err);
        s.setMarker(logY ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
        return s;
    }

    private static List<RunRecord> runsOf(ExperimentCell c, List<RunRecord> records) {
        return records.stream().filter(r -> r.cell().equals(c.id())).toList();
    }

    private static Path save(XYChart chart, Path file) throws IOException {
        Charts.writeChart(chart, file);
        return file;
    }
}
