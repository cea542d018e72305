package io.dfloverlay.cli;

import io.dfloverlay.cli.report.CsvTables;
import io.dfloverlay.core.labelskew.LabelHistograms;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads label histograms from CSV ({@code --histograms FILE}): one row per node, one column per
 * class, counts or proportions; a first row that is not all numbers is a header and skipped.
 */
final class HistogramCsv {
    private HistogramCsv() {}

    /**
     * Reads and validates the file.
     *
     * @param file the CSV file
     * @return the histograms
     * @throws IllegalArgumentException {@code FILE: problem} (line numbers for malformed cells)
     * @throws IOException if the file cannot be read
     */
    static LabelHistograms read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": not a readable file");
        List<double[]> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file); CSVParser p = CSVParser.parse(r, CsvTables.FORMAT)) {
            for (CSVRecord rec : p) {
                if (rec.size() == 1 && rec.get(0).isBlank()) continue;
                double[] row = new double[rec.size()];
                boolean numeric = true;
                for (int c = 0; c < rec.size() && numeric; c++) {
                    try {
                        row[c] = Double.parseDouble(rec.get(c).strip());
                    } catch (NumberFormatException e) {
                        numeric = false;
                    }
                }
                if (!numeric && rows.isEmpty() && rec.getRecordNumber() == 1) continue;
                if (!numeric) throw new IllegalArgumentException(file + ":" + rec.getRecordNumber() + ": not a number in " + rec.values().length + " cells");
                rows.add(row);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": " + e.getCause().getMessage());
        }
        if (rows.isEmpty()) throw new IllegalArgumentException(file + ": no histogram rows");
        try {
            return new LabelHistograms(rows.toArray(new double[0][]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }
}
