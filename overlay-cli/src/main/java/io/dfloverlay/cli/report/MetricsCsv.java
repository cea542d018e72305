package io.dfloverlay.cli.report;

import io.dfloverlay.core.io.AtomicFiles;

import io.dfloverlay.sim.RoundMetrics;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams {@link RoundMetrics} rows to a CSV file. Rows go to a hidden temp file next to the target,
 * flushed after each row; {@link #close()} moves it atomically into place, so the target is only ever
 * absent or complete (header plus whole rows). Doubles are written in shortest exact form, so two
 * runs with the same config give the same file except for the {@code wall_s} column. Not thread-safe.
 */
public final class MetricsCsv implements Closeable {
    /** The header line (column names, snake_case, in {@link RoundMetrics} component order). */
    public static final String HEADER = "round,train_loss,test_loss,test_accuracy,mean_client_accuracy,"
            + "min_client_accuracy,max_client_accuracy,consensus_distance,generalization_gap,bytes_sent,wall_s,survivors";

    private final Path target;
    private final Path tmp;
    private final BufferedWriter out;
    private boolean closed;

    /** Starts a CSV at {@code target} (written on {@link #close()}); the header is written at once. */
    public MetricsCsv(Path target) throws IOException {
        this.target = target;
        this.tmp = AtomicFiles.tempFileFor(target);
        this.out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        out.write(HEADER);
        out.write('\n');
        out.flush();
    }

    /** Appends one row and flushes it. */
    public void append(RoundMetrics m) throws IOException {
        if (closed) throw new IllegalStateException("metrics CSV already closed: " + target);
        out.write(row(m));
        out.write('\n');
        out.flush();
    }

    /** The CSV row of {@code m} (no newline). */
    public static String row(RoundMetrics m) {
        return m.round() + "," + num(m.trainLoss()) + "," + num(m.testLoss()) + "," + num(m.testAccuracy()) + ","
                + num(m.meanClientAccuracy()) + "," + num(m.minClientAccuracy()) + "," + num(m.maxClientAccuracy()) + ","
                + num(m.consensusDistance()) + "," + num(m.generalizationGap()) + "," + m.bytesSent() + ","
                + num(m.wallSeconds()) + "," + m.survivors();
    }

    /** A double as CSV text: shortest exact decimal, empty for NaN. */
    static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** Closes the file and moves it into place (idempotent). */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            out.close();
            AtomicFiles.moveIntoPlace(tmp, target);
        } finally {
            AtomicFiles.discard(tmp);
        }
    }
}
