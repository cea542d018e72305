package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.jgrapht.JGraphTConverter;
import io.dfloverlay.core.jgrapht.MappedGraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.ImportException;

/**
 * Base of the formats read and written by jgrapht-io. Writing names vertices {@code 0..n-1};
 * reading keeps those ids when the file's vertex ids are exactly {@code 0..n-1} and otherwise
 * numbers vertices in order of appearance. Self-loops and parallel edges are errors. No metadata.
 * Builds a boxed JGraphT graph on the way, so meant for small and medium graphs.
 */
abstract class JGraphTFormat implements GraphCodec {
    /** A fresh exporter naming vertex {@code v} by {@code String.valueOf(v)}. */
    abstract GraphExporter<Integer, DefaultEdge> exporter();

    /** A fresh importer that keeps the file's vertex ids as the vertex strings. */
    abstract GraphImporter<String, DefaultEdge> importer();

    /** Rejects a file that declares a directed graph (the importers would silently read it undirected). */
    void checkUndirected(Path file) throws IOException {}

    /** The first {@code chars} characters of {@code file} (fewer if it is shorter). */
    static String head(Path file, int chars) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[chars];
            int len = 0;
            for (int k; len < chars && (k = r.read(buf, len, chars - len)) > 0; ) len += k;
            return new String(buf, 0, len);
        }
    }

    @Override
    public AnnotatedGraph read(Path file) throws IOException {
        checkUndirected(file);
        Pseudograph<String, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer().importGraph(g, r);
        } catch (ImportException | IllegalArgumentException e) {
            throw new GraphFormatException(file.toString(), 0, oneLine(e.getMessage()), e);
        }
        try {
            MappedGraph<String> m = JGraphTConverter.fromJGraphT(g, order(g));
            return new AnnotatedGraph(m.graph(), GraphMetadata.EMPTY);
        } catch (IllegalArgumentException e) {
            throw new GraphFormatException(file.toString(), 0, e.getMessage(), e);
        }
    }

    /** Vertices sorted by integer id if they are exactly 0..n-1, else in order of appearance. */
    private static List<String> order(Pseudograph<String, DefaultEdge> g) {
        List<String> seen = new ArrayList<>(g.vertexSet());
        String[] byId = new String[seen.size()];
        for (String v : seen) {
            int id;
            try {
                id = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                return seen;
            }
            if (id < 0 || id >= byId.length || byId[id] != null || !String.valueOf(id).equals(v)) return seen;
            byId[id] = v;
        }
        return List.of(byId);
    }

    private static String oneLine(String s) {
        return s == null ? "malformed input" : s.replace('\n', ' ').strip();
    }

    @Override
    public void write(Path file, Graph g, GraphMetadata metadata) throws IOException {
        org.jgrapht.Graph<Integer, DefaultEdge> jg = JGraphTConverter.toJGraphT(g);
        AtomicFiles.writeText(file, w -> exporter().exportGraph(jg, w));
    }
}
