package io.dfloverlay.sim.experiment;

import io.dfloverlay.core.io.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code runs.csv}: one row per finished run (Apache Commons CSV, RFC 4180 with {@code \n} line
 * ends). Columns: {@code cell}, one per axis (its label), {@code seed}, {@code rounds}, one per
 * scalar metric of the kind (empty when not reached or not applicable), and one {@code curve:NAME}
 * per series holding {@code round=value} pairs separated by ';'. Written whole and atomically
 * after every run, so an interrupted experiment leaves a complete file of the runs that finished.
 */
public final class RunsCsv {
    /** The dialect of every CSV file the project writes: RFC 4180 with {@code \n} record separators. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final String CURVE = "curve:";

    private RunsCsv() {}

    /**
     * Writes the runs atomically (a temporary file moved into place).
     *
     * @param file    the CSV file
     * @param spec    the experiment (axes and kind give the columns)
     * @param cells   the cells, for the axis labels of each record
     * @param records the runs
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, ExperimentSpec spec, List<ExperimentCell> cells, List<RunRecord> records) throws IOException {
        Map<String, ExperimentCell> byId = new java.util.HashMap<>();
        for (ExperimentCell c : cells) byId.put(c.id(), c);
        List<String> header = new ArrayList<>();
        header.add("cell");
        for (Axis a : spec.axes()) header.add(a.name());
        header.add("seed");
        header.add("rounds");
        for (Metric m : spec.kind().metrics()) header.add(m.key());
        for (Metric m : spec.kind().series()) header.add(CURVE + m.key());
        AtomicFiles.writeText(file, w -> {
            CSVPrinter p = new CSVPrinter(w, FORMAT);
            p.printRecord(header);
            for (RunRecord r : records) {
                List<String> row = new ArrayList<>();
                row.add(r.cell());
                ExperimentCell c = byId.get(r.cell());
                for (Axis a : spec.axes()) row.add(c == null ? "" : c.labels().get(a.name()));
                row.add(Long.toString(r.seed()));
                row.add(Integer.toString(r.rounds()));
                for (Metric m : spec.kind().metrics()) row.add(number(r.value(m)));
                for (Metric m : spec.kind().series()) row.add(curve(r.series().getOrDefault(m, new TreeMap<>())));
                p.printRecord(row);
            }
            p.flush();
        });
    }

    /**
     * Reads the runs of a file written by {@link #write} for an experiment of {@code kind}.
     *
     * @param file the CSV file; absent: no runs
     * @param kind the experiment's kind (which metric columns to read)
     * @return the runs, in file order
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and row when a column is missing or a value malformed
     */
    public static List<RunRecord> read(Path file, ExperimentKind kind) throws IOException {
        if (!Files.exists(file)) return List.of();
        List<RunRecord> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file);
                CSVParser parser = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord row : parser) {
                try {
                    Map<Metric, Double> values = new EnumMap<>(Metric.class);
                    for (Metric m : kind.metrics()) values.put(m, parseNumber(row.get(m.key())));
                    Map<Metric, SortedMap<Integer, Double>> series = new EnumMap<>(Metric.class);
                    for (Metric m : kind.series()) series.put(m, parseCurve(row.get(CURVE + m.key())));
                    out.add(new RunRecord(row.get("cell"), Long.parseLong(row.get("seed")), Integer.parseInt(row.get("rounds")),
                            values, series));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new IllegalArgumentException(file + ": row " + row.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static double parseNumber(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static String curve(SortedMap<Integer, Double> c) {
        StringBuilder sb = new StringBuilder();
        c.forEach((round, v) -> sb.append(sb.isEmpty() ? "" : ";").append(round).append('=').append(number(v)));
        return sb.toString();
    }

    private static SortedMap<Integer, Double> parseCurve(String s) {
        SortedMap<Integer, Double> c = new TreeMap<>();
        if (s.isEmpty()) return c;
        for (String pair : s.split(";")) {
            int eq = pair.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("malformed curve entry '" + pair + "' (expected round=value)");
            c.put(Integer.parseInt(pair.substring(0, eq)), parseNumber(pair.substring(eq + 1)));
        }
        return c;
    }
}
