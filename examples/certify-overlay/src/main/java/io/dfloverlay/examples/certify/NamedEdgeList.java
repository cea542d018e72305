package io.dfloverlay.examples.certify;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an overlay as an edge list of node ids: {@code #} comment lines first (whatever the
 * caller passes, e.g. how the overlay was made and its certificate), then one {@code id id} line
 * per edge. The file is written atomically: a temporary file in the same directory, moved into
 * place when complete, so a reader never sees half a file.
 */
public final class NamedEdgeList {
    private NamedEdgeList() {}

    /**
     * Writes {@code g} with node {@code i} named {@code nodes.ids().get(i)}.
     *
     * @param file     the file to create or replace
     * @param g        the overlay, with one node per id
     * @param nodes    the node ids
     * @param comments header lines, written after {@code "# "}
     * @throws IOException if the directory is missing or writing fails (the target is then untouched)
     * @throws IllegalArgumentException if {@code g} and {@code nodes} differ in size
     */
    public static void write(Path file, Graph g, NodeList nodes, List<String> comments) throws IOException {
        if (g.numNodes() != nodes.size())
            throw new IllegalArgumentException("graph has " + g.numNodes() + " nodes but the list has " + nodes.size());
        List<String> ids = nodes.ids();
        AtomicFiles.writeText(file, out -> {
            for (String c : comments) out.write("# " + c + "\n");
            for (int u = 0; u < g.numNodes(); u++) {
                for (int k = 0; k < g.degree(u); k++) {
                    int v = g.neighbor(u, k);
                    if (u < v) out.write(ids.get(u) + " " + ids.get(v) + "\n");
                }
            }
        });
    }
}
