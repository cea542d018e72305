package io.dfloverlay.cli.report;

import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.sim.experiment.RunsCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV dialect of the CLI's outputs (Apache Commons CSV): RFC 4180 quoting (only cells
 * holding a comma, quote or line break are quoted), {@code \n} line ends; doubles in shortest
 * exact form, NaN as an empty cell.
 */
public final class CsvTables {
    /** RFC 4180 with {@code \n} record separators: the dialect of the experiments' {@code runs.csv} ({@link RunsCsv#FORMAT}). */
    public static final CSVFormat FORMAT = RunsCsv.FORMAT;

    private CsvTables() {}

    /**
     * Writes a table atomically.
     *
     * @param file    the CSV file
     * @param columns the header
     * @param rows    the rows, each one cell per column
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, List<String> columns, List<? extends List<?>> rows) throws IOException {
        AtomicFiles.writeText(file, w -> {
            CSVPrinter p = new CSVPrinter(w, FORMAT);
            p.printRecord(columns);
            for (List<?> row : rows) p.printRecord(row);
            p.flush();
        });
    }

    /**
     * A double as CSV text.
     *
     * @param v the value
     * @return its shortest exact decimal form, empty for NaN
     */
    public static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
