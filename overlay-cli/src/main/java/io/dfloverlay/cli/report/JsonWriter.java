package io.dfloverlay.cli.report;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * JSON string literals for the commands that still assemble their one-line JSON themselves
 * ({@code spectrum}, {@code info}); escaping is Jackson's. Everything else writes JSON through
 * {@link ReportJson}.
 */
public final class JsonWriter {
    private JsonWriter() {}

    /**
     * {@code s} as a JSON string literal, quotes included.
     *
     * @param s the text
     * @return the quoted, escaped literal
     */
    public static String quote(String s) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + '"';
    }
}
