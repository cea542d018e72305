package io.dfloverlay.core.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The graph file formats, their command-line names and file extensions. A format's codec is
 * loaded when first asked for, so reading a Matrix Market file loads no XML or JSON classes.
 */
public enum GraphFormat {
    /** {@link EdgeListFormat}: {@code u v} per line. */
    EDGE_LIST(List.of("edgelist", "edge-list", "edges"), List.of("edges", "txt", "el")),
    /** {@link DecentralizepyFormat}: node count, then {@code u v} per line. */
    DECENTRALIZEPY(List.of("decentralizepy", "dpy"), List.of("dpy")),
    /** {@link MatrixMarketGraphFormat}: coordinate pattern symmetric with metadata header. */
    MATRIX_MARKET(List.of("mtx", "matrix-market", "matrixmarket"), List.of("mtx")),
    /** {@link GraphMLFormat}. */
    GRAPHML(List.of("graphml"), List.of("graphml")),
    /** {@link DotFormat}: Graphviz. */
    DOT(List.of("dot", "graphviz"), List.of("dot", "gv")),
    /** {@link JsonFormat}: jgrapht-io's JSON layout plus metadata fields. */
    JSON(List.of("json"), List.of("json"));

    private final List<String> names;
    private final List<String> extensions;

    GraphFormat(List<String> names, List<String> extensions) {
        this.names = names;
        this.extensions = extensions;
    }

    /** {@return the reader/writer of this format} */
    public GraphCodec codec() {
        return switch (this) {
            case EDGE_LIST -> EdgeListFormat.INSTANCE;
            case DECENTRALIZEPY -> DecentralizepyFormat.INSTANCE;
            case MATRIX_MARKET -> MatrixMarketGraphFormat.INSTANCE;
            case GRAPHML -> GraphMLFormat.INSTANCE;
            case DOT -> DotFormat.INSTANCE;
            case JSON -> JsonFormat.INSTANCE;
        };
    }

    /** {@return the main command-line name, e.g. {@code mtx}} */
    public String cliName() {
        return names.get(0);
    }

    /** {@return the file extensions (without dot) that select this format} */
    public List<String> extensions() {
        return extensions;
    }

    /** {@return whether files of this format keep {@link GraphMetadata} (all but decentralizepy's bare edge list)} */
    public boolean keepsMetadata() {
        return this != DECENTRALIZEPY;
    }

    /**
     * The format selected by a file name's extension (case-insensitive).
     *
     * @param fileName a file name or path, e.g. {@code overlay.mtx}
     * @return the format whose extensions include the name's
     * @throws IllegalArgumentException for an unknown or missing extension, listing the known ones
     */
    public static GraphFormat fromFileName(String fileName) {
        String name = Path.of(fileName).getFileName() == null ? fileName : Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (GraphFormat f : values()) if (f.extensions.contains(ext)) return f;
        throw new IllegalArgumentException("cannot tell the format of '" + fileName + "' from its extension (known: "
                + Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).collect(Collectors.joining(", "))
                + "); name the format explicitly");
    }

    /**
     * As {@link #fromFileName(String)} for a path.
     *
     * @param file the file
     * @return the format selected by the file's extension
     * @throws IllegalArgumentException for an unknown or missing extension, listing the known ones
     */
    public static GraphFormat fromPath(Path file) {
        return fromFileName(file.toString());
    }

    /**
     * The format called {@code name} (case-insensitive; e.g. {@code mtx}, {@code edgelist},
     * {@code decentralizepy}, {@code graphml}, {@code dot}, {@code json}).
     *
     * @param name a main name or alias; null and surrounding blanks are tolerated
     * @return the format of that name
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static GraphFormat byName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (GraphFormat f : values()) if (f.names.contains(key)) return f;
        throw new IllegalArgumentException("unknown graph format '" + name + "' (known: " + knownNames() + ")");
    }

    /** {@return the main names of all formats, comma-separated} */
    public static String knownNames() {
        return Arrays.stream(values()).map(GraphFormat::cliName).collect(Collectors.joining(", "));
    }
}
