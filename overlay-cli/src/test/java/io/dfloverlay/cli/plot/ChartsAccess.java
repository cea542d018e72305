package io.dfloverlay.cli.plot;

import java.util.List;
import org.knowm.xchart.XYChart;

/** Test access to the chart {@link Charts} would draw. */
public final class ChartsAccess {
    private ChartsAccess() {}

    /** The chart of {@code series}, unwritten. */
    public static XYChart lineChart(List<Series> series, boolean logY) {
        return Charts.lineChart("t", "x", "y", series, logY);
    }
}
