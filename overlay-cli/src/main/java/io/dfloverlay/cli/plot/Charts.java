package io.dfloverlay.cli.plot;

import io.dfloverlay.core.io.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line charts written with XChart as PNG or SVG (chosen by the file extension), atomically. */
public final class Charts {
    /** Fewest decades a log-scale y axis spans. */
    static final int MIN_DECADES = 2;

    private Charts() {}

    /**
     * Writes a line chart of {@code series} to {@code out} ({@code .png} or {@code .svg}).
     *
     * @throws IllegalArgumentException on an unsupported extension
     */
    public static void writeLineChart(Path out, String title, String xLabel, String yLabel, List<Series> series)
            throws IOException {
        writeLineChart(out, title, xLabel, yLabel, series, false);
    }

    /** As {@link #writeLineChart(Path, String, String, String, List)}, with an optional log-scale y axis. */
    public static void writeLineChart(Path out, String title, String xLabel, String yLabel, List<Series> series,
            boolean logY) throws IOException {
        writeChart(lineChart(title, xLabel, yLabel, series, logY), out);
    }

    /**
     * The chart {@link #writeLineChart} draws. A log-scale y axis spans whole decades around the
     * data, at least {@value #MIN_DECADES} of them, so that several decades carry a tick label
     * (XChart labels decades only).
     *
     * @param title  chart title
     * @param xLabel x axis title
     * @param yLabel y axis title
     * @param series the lines
     * @param logY   whether the y axis is logarithmic (non-positive y are drawn at the smallest normal double)
     * @return the chart
     */
    static XYChart lineChart(String title, String xLabel, String yLabel, List<Series> series, boolean logY) {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setXAxisDecimalPattern("#,##0.###");
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (Series s : series) {
            if (s.x().length == 0) continue;
            double[] y = s.y();
            if (logY) {
                y = y.clone();
                for (int i = 0; i < y.length; i++) {
                    if (!(y[i] > 0)) y[i] = Double.MIN_NORMAL;
                    else {
                        lo = Math.min(lo, y[i]);
                        hi = Math.max(hi, y[i]);
                    }
                }
            }
            chart.addSeries(s.name(), s.x(), y).setMarker(SeriesMarkers.NONE);
        }
        if (logY && hi > 0) {
            int top = (int) Math.ceil(Math.log10(hi) - 1e-12);
            int bottom = Math.min((int) Math.floor(Math.log10(lo) + 1e-12), top - MIN_DECADES);
            chart.getStyler().setYAxisMin(Math.pow(10, bottom));
            chart.getStyler().setYAxisMax(Math.pow(10, top));
            chart.getStyler().setYAxisDecimalPattern("0.##E0");
        }
        return chart;
    }

    /**
     * Writes a chart built by the caller to {@code out} ({@code .png} or {@code .svg}), atomically.
     *
     * @param chart the chart
     * @param out   the file
     * @throws IOException when the file cannot be written
     * @throws IllegalArgumentException on an unsupported extension
     */
    public static void writeChart(XYChart chart, Path out) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png"))
            throw new IllegalArgumentException("chart file must end in .png or .svg: " + out);
        write(chart, out, svg);
    }

    private static void write(XYChart chart, Path out, boolean svg) throws IOException {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        // through AtomicFiles, so the file honours the umask (createTempFile would leave it 0600)
        Path tmp = AtomicFiles.tempFileFor(abs);
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                if (svg) VectorGraphicsEncoder.saveVectorGraphic(chart, os, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
                else BitmapEncoder.saveBitmap(chart, os, BitmapEncoder.BitmapFormat.PNG);
            }
            AtomicFiles.moveIntoPlace(tmp, abs);
        } catch (IOException | RuntimeException e) {
            AtomicFiles.discard(tmp);
            throw e;
        }
    }
}
