package io.dfloverlay.core.io;

import io.dfloverlay.core.graph.Graph;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML ({@code .graphml}), streamed with the JDK's StAX in both directions (no intermediate
 * graph object): {@code <node id="v"/>} for every node and {@code <edge source="u" target="v"/>}
 * for every edge {@code u < v}, in an undirected {@code <graph>}. {@link GraphMetadata} is kept as
 * graph-level {@code <data>} elements whose {@code <key>}s are named {@code generator},
 * {@code param.NAME} and {@code seed}. Reading keeps ids {@code 0..n-1} when the file's node ids
 * are exactly those and otherwise numbers nodes in order of appearance (see {@link VertexIds});
 * node and edge data, ports and unknown elements are ignored; directed graphs or edges, nested
 * graphs, hyperedges, self-loops and repeated edges are one-line errors naming the line. DTDs and
 * external entities are refused. Format: graphml.graphdrawing.org (GraphML Primer).
 * {@code O(n + m)} time; memory about {@code 16} bytes per edge besides the graph. Stateless and
 * thread-safe.
 */
public final class GraphMLFormat implements GraphCodec {
    /** The shared instance. */
    public static final GraphMLFormat INSTANCE = new GraphMLFormat();

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMLFormat() {}

    @Override
    public AnnotatedGraph read(Path file) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader x = f.createXMLStreamReader(in);
            try {
                return read(x, file.toString());
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new GraphFormatException(file.toString(), line, xmlProblem(e), e);
        }
    }

    private static AnnotatedGraph read(XMLStreamReader x, String file) throws XMLStreamException, GraphFormatException {
        SourcePosition at = new SourcePosition() {
            @Override
            public String file() {
                return file;
            }

            @Override
            public long lineNumber() {
                return Math.max(0, x.getLocation().getLineNumber());
            }
        };
        NamedEdges edges = new NamedEdges(at);
        MetadataHeader meta = new MetadataHeader();
        Map<String, String> graphKeys = new HashMap<>(); // key id -> attr.name, for keys that may apply to the graph
        int graphs = 0;
        int depthInGraph = 0; // element depth below the <graph> element, -1 outside
        boolean sawGraphml = false;
        while (x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                if (graphs == 1 && depthInGraph >= 0) depthInGraph--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            String el = x.getLocalName();
            if (!sawGraphml) {
                if (!el.equals("graphml")) throw at.error("expected a <graphml> root element, got <" + el + ">");
                sawGraphml = true;
                continue;
            }
            if (graphs == 1 && depthInGraph >= 0) depthInGraph++;
            switch (el) {
                case "key" -> {
                    String forWhat = attr(x, "for");
                    String id = attr(x, "id");
                    String name = attr(x, "attr.name");
                    if (id != null && name != null && (forWhat == null || forWhat.equals("graph") || forWhat.equals("all")))
                        graphKeys.put(id, name);
                }
                case "graph" -> {
                    if (graphs > 0) throw at.error(depthInGraph > 0 ? "nested graphs are not supported" : "more than one <graph> in the file");
                    if ("directed".equals(attr(x, "edgedefault")))
                        throw at.error("directed graphs (edgedefault=\"directed\") are not supported");
                    graphs = 1;
                    depthInGraph = 0;
                }
                case "node" -> {
                    requireInGraph(at, graphs, el);
                    edges.node(required(x, at, "node", "id"));
                }
                case "edge" -> {
                    requireInGraph(at, graphs, el);
                    if ("true".equals(attr(x, "directed"))) throw at.error("directed edges are not supported");
                    edges.edge(required(x, at, "edge", "source"), required(x, at, "edge", "target"));
                }
                case "hyperedge" -> throw at.error("hyperedges are not supported");
                case "data" -> {
                    String name = depthInGraph == 1 ? graphKeys.get(attr(x, "key")) : null;
                    if (name != null) {
                        String value = x.getElementText().strip();
                        depthInGraph--; // getElementText consumed the end tag
                        meta.acceptField(name, value, at);
                    }
                }
                default -> {
                    // desc, default, port, locator, data of nodes/edges and foreign elements: not needed
                }
            }
        }
        if (!sawGraphml) throw at.errorAt(0, "empty file: expected a <graphml> document");
        if (graphs == 0) throw at.errorAt(0, "no <graph> element");
        return new AnnotatedGraph(edges.build(), meta.result());
    }

    private static void requireInGraph(SourcePosition at, int graphs, String el) throws GraphFormatException {
        if (graphs == 0) throw at.error("<" + el + "> outside a <graph>");
    }

    private static String attr(XMLStreamReader x, String name) {
        return x.getAttributeValue(null, name);
    }

    private static String required(XMLStreamReader x, SourcePosition at, String el, String name) throws GraphFormatException {
        String v = attr(x, name);
        if (v == null || v.isEmpty()) throw at.error("<" + el + "> without a '" + name + "' attribute");
        return v;
    }

    /** The StAX message without its "ParseError at [row,col]" preamble, on one line. */
    private static String xmlProblem(XMLStreamException e) {
        String m = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int at = m.indexOf("Message:");
        if (at >= 0) m = m.substring(at + "Message:".length());
        return "malformed XML: " + m.replaceAll("\\s+", " ").strip();
    }

    @Override
    public void write(Path file, Graph g, GraphMetadata metadata) throws IOException {
        AtomicFiles.writeText(file, w -> {
            try {
                write(w, g, metadata);
            } catch (XMLStreamException e) {
                throw new IOException("cannot write GraphML: " + e.getMessage(), e);
            }
        });
    }

    private static void write(Writer out, Graph g, GraphMetadata metadata) throws XMLStreamException, IOException {
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.writeCharacters("\n");
        w.writeStartElement("graphml");
        w.writeDefaultNamespace(NS);
        w.writeCharacters("\n");
        List<Map.Entry<String, String>> fields = MetadataHeader.fields(metadata);
        for (int i = 0; i < fields.size(); i++) {
            w.writeCharacters("  ");
            w.writeEmptyElement("key");
            w.writeAttribute("id", "m" + i);
            w.writeAttribute("for", "graph");
            w.writeAttribute("attr.name", fields.get(i).getKey());
            w.writeAttribute("attr.type", fields.get(i).getKey().equals(MetadataHeader.SEED) ? "long" : "string");
            w.writeCharacters("\n");
        }
        w.writeCharacters("  ");
        w.writeStartElement("graph");
        w.writeAttribute("id", "G");
        w.writeAttribute("edgedefault", "undirected");
        w.writeCharacters("\n");
        for (int i = 0; i < fields.size(); i++) {
            w.writeCharacters("    ");
            w.writeStartElement("data");
            w.writeAttribute("key", "m" + i);
            w.writeCharacters(fields.get(i).getValue());
            w.writeEndElement();
            w.writeCharacters("\n");
        }
        int n = g.numNodes();
        for (int v = 0; v < n; v++) {
            w.writeCharacters("    ");
            w.writeEmptyElement("node");
            w.writeAttribute("id", Integer.toString(v));
            w.writeCharacters("\n");
        }
        for (int u = 0; u < n; u++) {
            for (int i = g.offset(u), end = g.offset(u + 1); i < end; i++) {
                int v = g.neighborAt(i);
                if (v <= u) continue;
                w.writeCharacters("    ");
                w.writeEmptyElement("edge");
                w.writeAttribute("source", Integer.toString(u));
                w.writeAttribute("target", Integer.toString(v));
                w.writeCharacters("\n");
            }
        }
        w.writeCharacters("  ");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
    }
}
