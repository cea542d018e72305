package io.dfloverlay.cli.report;

import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.sim.HonestMetrics;
import io.dfloverlay.sim.RoundMetrics;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams {@link RoundMetrics} rows to a CSV file (Apache Commons CSV, RFC 4180). Rows go to a
 * hidden temp file next to the target, flushed after each row; {@link #close()} moves it
 * atomically into place, so the target is only ever absent or complete (header plus whole rows).
 * Doubles are written in shortest exact form (NaN as an empty cell), so two runs with the same
 * config give the same file except for the {@code wall_s} column. Not thread-safe.
 */
public final class MetricsCsv implements Closeable {
    /** The column names (snake_case, in {@link RoundMetrics} component order). */
    public static final List<String> COLUMNS = List.of("round", "train_loss", "test_loss", "test_accuracy",
            "mean_client_accuracy", "min_client_accuracy", "max_client_accuracy", "consensus_distance",
            "generalization_gap", "bytes_sent", "wall_s", "survivors");
    /** The columns added after {@link #COLUMNS} when an adversary is configured ({@link HonestMetrics}, honest clients only). */
    public static final List<String> HONEST_COLUMNS = List.of("honest_clients", "byzantine_clients", "honest_test_loss",
            "honest_test_accuracy", "honest_mean_client_accuracy", "honest_min_client_accuracy", "honest_max_client_accuracy",
            "honest_consensus_distance");

    private final Path target;
    private final Path tmp;
    private final CSVPrinter out;
    private boolean closed;

    /**
     * Starts a CSV at {@code target} (written on {@link #close()}); the header is written at once.
     *
     * @param target the file to create
     * @throws IOException when the temp file cannot be written
     */
    public MetricsCsv(Path target) throws IOException {
        this(target, false);
    }

    /**
     * Starts a CSV at {@code target} (written on {@link #close()}); the header is written at once.
     *
     * @param target the file to create
     * @param honest whether to add the {@link #HONEST_COLUMNS} (a run with an adversary)
     * @throws IOException when the temp file cannot be written
     */
    public MetricsCsv(Path target, boolean honest) throws IOException {
        this.target = target;
        this.tmp = AtomicFiles.tempFileFor(target);
        this.out = new CSVPrinter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), CsvTables.FORMAT);
        List<String> header = new ArrayList<>(COLUMNS);
        if (honest) header.addAll(HONEST_COLUMNS);
        out.printRecord(header);
        out.flush();
    }

    /**
     * Appends one row and flushes it.
     *
     * @param m the round's metrics
     * @throws IOException when the row cannot be written
     */
    public void append(RoundMetrics m) throws IOException {
        if (closed) throw new IllegalStateException("metrics CSV already closed: " + target);
        out.printRecord(cells(m));
        out.flush();
    }

    /**
     * The CSV cells of {@code m}, one per column (with the honest columns when {@code m} has them).
     *
     * @param m the round's metrics
     * @return the cells as text
     */
    public static List<String> cells(RoundMetrics m) {
        List<String> cells = new ArrayList<>(COLUMNS.size() + HONEST_COLUMNS.size());
        for (int i = 0; i < COLUMNS.size(); i++) cells.add(text(value(m, i)));
        if (m.honest() != null) for (int i = 0; i < HONEST_COLUMNS.size(); i++) cells.add(text(honestValue(m.honest(), i)));
        return cells;
    }

    private static String text(Object v) {
        return v instanceof Double d ? CsvTables.num(d) : String.valueOf(v);
    }

    /** The value of honest column {@code i} of {@code h}. */
    static Object honestValue(HonestMetrics h, int i) {
        return switch (i) {
            case 0 -> h.honestClients();
            case 1 -> h.byzantineClients();
            case 2 -> h.testLoss();
            case 3 -> h.testAccuracy();
            case 4 -> h.meanClientAccuracy();
            case 5 -> h.minClientAccuracy();
            case 6 -> h.maxClientAccuracy();
            case 7 -> h.consensusDistance();
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    /** The value of column {@code i} of {@code m}. */
    static Object value(RoundMetrics m, int i) {
        return switch (i) {
            case 0 -> m.round();
            case 1 -> m.trainLoss();
            case 2 -> m.testLoss();
            case 3 -> m.testAccuracy();
            case 4 -> m.meanClientAccuracy();
            case 5 -> m.minClientAccuracy();
            case 6 -> m.maxClientAccuracy();
            case 7 -> m.consensusDistance();
            case 8 -> m.generalizationGap();
            case 9 -> m.bytesSent();
            case 10 -> m.wallSeconds();
            case 11 -> m.survivors();
            default -> throw new IndexOutOfBoundsException(i);
        };
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
