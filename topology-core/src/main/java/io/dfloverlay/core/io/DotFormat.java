package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Graphviz DOT ({@code .dot}, {@code .gv}), streamed in both directions (no intermediate graph
 * object): {@code graph G { ... }} with one {@code v;} statement per node and one {@code u -- v;}
 * per edge {@code u < v}. {@link GraphMetadata} is kept as top-level graph attributes
 * {@code generator="..."}, {@code "param.NAME"="..."} and {@code seed="..."} (read from
 * {@code ID = ID} statements or {@code graph [...]} lists). Reading follows the DOT grammar
 * (graphviz.org/doc/info/lang.html): {@code strict}, a graph name, node, edge and attribute
 * statements, edge chains {@code a -- b -- c}, ports, attribute lists (ignored), subgraphs (their
 * nodes and edges count), comments; ids {@code 0..n-1} are kept when the file's node names are
 * exactly those, otherwise nodes are numbered in order of appearance (see {@link VertexIds}).
 * {@code digraph}, {@code ->}, subgraphs as edge endpoints, self-loops and repeated edges are
 * one-line errors naming the line. {@code O(n + m)} time; about {@code 16} bytes per edge besides
 * the graph. Stateless and thread-safe.
 */
public final class DotFormat implements GraphCodec {
    /** The shared instance. */
    public static final DotFormat INSTANCE = new DotFormat();

    private DotFormat() {}

    @Override
    public AnnotatedGraph read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            DotTokenizer t = new DotTokenizer(r, file.toString());
            NamedEdges edges = new NamedEdges(t);
            MetadataHeader meta = new MetadataHeader();
            if (t.next() == DotTokenizer.Kind.END) throw t.errorAt(0, "empty file: expected 'graph {'");
            if (t.isKeyword("strict")) t.next();
            if (t.isKeyword("digraph")) throw t.error("directed graphs (digraph) are not supported; use 'graph' with '--' edges");
            if (!t.isKeyword("graph")) throw t.error("expected 'graph', got '" + t.text() + "'");
            t.next();
            if (t.kind() == DotTokenizer.Kind.ID || t.kind() == DotTokenizer.Kind.QUOTED) t.next();
            if (!t.is("{")) throw t.error("expected '{', got '" + t.text() + "'");
            t.next();
            statements(t, edges, meta, true);
            if (t.next() != DotTokenizer.Kind.END) throw t.error("content after the closing '}'");
            return new AnnotatedGraph(edges.build(), meta.result());
        }
    }

    /** Statements up to the matching '}' (the tokenizer is left on it). */
    private static void statements(DotTokenizer t, NamedEdges edges, MetadataHeader meta, boolean top) throws IOException {
        while (!t.is("}")) {
            if (t.kind() == DotTokenizer.Kind.END) throw t.error("missing '}'");
            statement(t, edges, meta, top);
            if (t.is(";")) t.next();
        }
    }

    private static void statement(DotTokenizer t, NamedEdges edges, MetadataHeader meta, boolean top) throws IOException {
        if (t.isKeyword("graph") || t.isKeyword("node") || t.isKeyword("edge")) {
            boolean graphAttrs = top && t.isKeyword("graph");
            t.next();
            attributes(t, graphAttrs ? meta : null);
            return;
        }
        if (t.isKeyword("subgraph") || t.is("{")) {
            if (t.isKeyword("subgraph")) {
                t.next();
                if (t.kind() == DotTokenizer.Kind.ID || t.kind() == DotTokenizer.Kind.QUOTED) t.next();
            }
            if (!t.is("{")) throw t.error("expected '{' after 'subgraph', got '" + t.text() + "'");
            t.next();
            statements(t, edges, meta, false);
            t.next();
            if (t.kind() == DotTokenizer.Kind.EDGE_OP) throw t.error("subgraphs as edge endpoints are not supported");
            return;
        }
        String a = id(t);
        t.next();
        if (t.is("=")) {
            t.next();
            String value = id(t);
            if (top) meta.acceptField(a, value, t);
            t.next();
            return;
        }
        port(t);
        if (t.kind() != DotTokenizer.Kind.EDGE_OP) {
            edges.node(a);
            attributes(t, null);
            return;
        }
        String prev = a;
        while (t.kind() == DotTokenizer.Kind.EDGE_OP) {
            if (t.is("->")) throw t.error("directed edge '->' in an undirected graph; use '--'");
            t.next();
            if (t.is("{") || t.isKeyword("subgraph")) throw t.error("subgraphs as edge endpoints are not supported");
            String b = id(t);
            edges.edge(prev, b);
            t.next();
            port(t);
            prev = b;
        }
        attributes(t, null);
    }

    /** Skips an optional port {@code :id[:compass]}. */
    private static void port(DotTokenizer t) throws IOException {
        for (int k = 0; k < 2 && t.is(":"); k++) {
            t.next();
            id(t);
            t.next();
        }
    }

    /** Reads zero or more {@code [k=v, ...]} lists, passing pairs to {@code meta} if non-null. */
    private static void attributes(DotTokenizer t, MetadataHeader meta) throws IOException {
        while (t.is("[")) {
            t.next();
            while (!t.is("]")) {
                String key = id(t);
                t.next();
                if (t.is("=")) {
                    t.next();
                    String value = id(t);
                    if (meta != null) meta.acceptField(key, value, t);
                    t.next();
                }
                if (t.is(",") || t.is(";")) t.next();
            }
            t.next();
        }
    }

    private static String id(DotTokenizer t) throws GraphFormatException {
        if (t.kind() != DotTokenizer.Kind.ID && t.kind() != DotTokenizer.Kind.QUOTED)
            throw t.error(t.kind() == DotTokenizer.Kind.END ? "unexpected end of file" : "expected an id, got '" + t.text() + "'");
        return t.text();
    }

    @Override
    public void write(Path file, Graph g, GraphMetadata metadata) throws IOException {
        AtomicFiles.writeText(file, w -> {
            w.write("graph G {\n");
            for (Map.Entry<String, String> f : MetadataHeader.fields(metadata))
                w.write("  " + quote(f.getKey()) + "=" + quote(f.getValue()) + ";\n");
            int n = g.numNodes();
            for (int v = 0; v < n; v++) {
                w.write("  ");
                w.write(Integer.toString(v));
                w.write(";\n");
            }
            writeEdges(w, g);
            w.write("}\n");
        });
    }

    private static void writeEdges(Writer w, Graph g) throws IOException {
        for (int u = 0, n = g.numNodes(); u < n; u++) {
            String su = Integer.toString(u);
            for (int i = g.offset(u), end = g.offset(u + 1); i < end; i++) {
                int v = g.neighborAt(i);
                if (v <= u) continue;
                w.write("  ");
                w.write(su);
                w.write(" -- ");
                w.write(Integer.toString(v));
                w.write(";\n");
            }
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "\\\"") + '"';
    }
}
