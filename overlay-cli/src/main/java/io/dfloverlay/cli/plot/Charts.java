package io.dfloverlay.cli.plot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line charts written with XChart as PNG or SVG (chosen by the file extension), atomically. */
public final class Charts {
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
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png"))
            throw new IllegalArgumentException("chart file must end in .png or .svg: " + out);
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setXAxisDecimalPattern("#,##0.###");
        for (Series s : series) {
            if (s.x().length == 0) continue;
            double[] y = s.y();
            if (logY) {
                y = y.clone();
                for (int i = 0; i < y.length; i++) if (!(y[i] > 0)) y[i] = Double.MIN_NORMAL;
            }
            chart.addSeries(s.name(), s.x(), y).setMarker(SeriesMarkers.NONE);
        }
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) Files.createDirectories(dir);
        String base = abs.getFileName().toString();
        String stem = base.substring(0, base.length() - 4);
        Path tmp = Files.createTempFile(dir, "." + stem + "-", svg ? ".svg" : ".png");
        try {
            String tmpNoExt = tmp.toString().substring(0, tmp.toString().length() - 4);
            if (svg) VectorGraphicsEncoder.saveVectorGraphic(chart, tmpNoExt, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            else BitmapEncoder.saveBitmap(chart, tmpNoExt, BitmapEncoder.BitmapFormat.PNG);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
