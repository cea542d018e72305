package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import java.io.IOException;
import java.io.Writer;

/** Writes {@code u v} lines without per-number string allocation. */
final class EdgeWriting {
    private EdgeWriting() {}

    /**
     * Writes one line per edge, {@code u v} with {@code u < v} (or {@code u > v} for Matrix Market's
     * lower triangle when {@code lowerFirst}), ids shifted by {@code base}.
     */
    static void writePairs(Writer w, Graph g, int base, boolean lowerFirst) throws IOException {
        char[] line = new char[24];
        for (int u = 0, n = g.numNodes(); u < n; u++) {
            for (int i = g.offset(u), end = g.offset(u + 1); i < end; i++) {
                int v = g.neighborAt(i);
                if (v <= u) continue;
                int len = lowerFirst ? pair(line, v + base, u + base) : pair(line, u + base, v + base);
                w.write(line, 0, len);
            }
        }
    }

    /** Writes every adjacency {@code u v} (both orientations), as decentralizepy does. */
    static void writeBothOrientations(Writer w, Graph g) throws IOException {
        char[] line = new char[24];
        for (int u = 0, n = g.numNodes(); u < n; u++) {
            for (int i = g.offset(u), end = g.offset(u + 1); i < end; i++) w.write(line, 0, pair(line, u, g.neighborAt(i)));
        }
    }

    private static int pair(char[] line, int a, int b) {
        int p = digits(line, 0, a);
        line[p++] = ' ';
        p = digits(line, p, b);
        line[p++] = '\n';
        return p;
    }

    private static int digits(char[] out, int at, int x) {
        int len = 1;
        for (int y = x; y >= 10; y /= 10) len++;
        for (int i = at + len - 1; i >= at; i--) {
            out[i] = (char) ('0' + x % 10);
            x /= 10;
        }
        return at + len;
    }
}
