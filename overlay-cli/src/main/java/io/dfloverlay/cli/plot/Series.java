package io.dfloverlay.cli.plot;

/** One named line of a chart: x and y of equal length (arrays are copied). */
public record Series(String name, double[] x, double[] y) {
    /** Validates lengths and copies the arrays. */
    public Series {
        if (x.length != y.length) throw new IllegalArgumentException("series '" + name + "': x and y lengths differ");
        x = x.clone();
        y = y.clone();
    }
}
