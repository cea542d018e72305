package io.dfloverlay.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.dfloverlay.core.graph.Graph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * JSON ({@code .json}) in jgrapht-io's layout,
 * {@code {"nodes":[{"id":"0"},...],"edges":[{"source":"0","target":"1"},...]}}, streamed with
 * Jackson's {@code JsonParser}/{@code JsonGenerator} (no tree, no intermediate graph object).
 * {@link GraphMetadata} is kept as top-level fields before the nodes: {@code "generator"},
 * {@code "param.NAME"} (strings) and {@code "seed"} (a number). Reading accepts ids as strings or
 * integers, nodes and edges in either order and ignores other fields; ids {@code 0..n-1} are
 * kept when the file's ids are exactly those, otherwise nodes are numbered in order of appearance
 * (see {@link VertexIds}). Malformed JSON, a missing {@code source}/{@code target}, self-loops and
 * repeated edges are one-line errors naming the line. {@code O(n + m)} time, about {@code 16}
 * bytes per edge besides the graph. Stateless and thread-safe.
 */
public final class JsonFormat implements GraphCodec {
    /** The shared instance. */
    public static final JsonFormat INSTANCE = new JsonFormat();

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonFormat() {}

    @Override
    public AnnotatedGraph read(Path file) throws IOException {
        try (JsonParser p = JSON.createParser(file.toFile())) {
            SourcePosition at = new SourcePosition() {
                @Override
                public String file() {
                    return file.toString();
                }

                @Override
                public long lineNumber() {
                    return Math.max(0, p.currentLocation().getLineNr());
                }
            };
            try {
                return read(p, at);
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? at.lineNumber() : Math.max(0, e.getLocation().getLineNr());
                throw new GraphFormatException(file.toString(), line, "malformed JSON: " + e.getOriginalMessage().replaceAll("\\s+", " ").strip(), e);
            }
        }
    }

    private static AnnotatedGraph read(JsonParser p, SourcePosition at) throws IOException {
        if (p.nextToken() == null) throw at.errorAt(0, "empty file: expected a JSON object with \"nodes\" and \"edges\"");
        if (!p.hasToken(JsonToken.START_OBJECT)) throw at.error("expected a JSON object with \"nodes\" and \"edges\"");
        NamedEdges edges = new NamedEdges(at);
        MetadataHeader meta = new MetadataHeader();
        boolean sawNodesOrEdges = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "nodes" -> {
                    sawNodesOrEdges = true;
                    readArray(p, at, "nodes", () -> edges.node(requiredId(p, at, "node", "id")[0]));
                }
                case "edges" -> {
                    sawNodesOrEdges = true;
                    readArray(p, at, "edges", () -> {
                        String[] st = requiredId(p, at, "edge", "source", "target");
                        edges.edge(st[0], st[1]);
                    });
                }
                default -> {
                    if (value.isScalarValue()) meta.acceptField(field, p.getText(), at);
                    else p.skipChildren();
                }
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT) throw at.error("expected a field name or '}'");
        if (p.nextToken() != null) throw at.error("content after the top-level object");
        if (!sawNodesOrEdges) throw at.errorAt(0, "no \"nodes\" or \"edges\" array");
        return new AnnotatedGraph(edges.build(), meta.result());
    }

    /** An action on one element of an array, with the parser on the element's first token. */
    private interface Element {
        void read() throws IOException;
    }

    private static void readArray(JsonParser p, SourcePosition at, String name, Element each) throws IOException {
        if (!p.hasToken(JsonToken.START_ARRAY)) throw at.error("\"" + name + "\" must be an array");
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!p.hasToken(JsonToken.START_OBJECT)) throw at.error("each of \"" + name + "\" must be an object");
            each.read();
        }
    }

    /** Reads one object (parser on its START_OBJECT) and returns the named id fields, which must be present. */
    private static String[] requiredId(JsonParser p, SourcePosition at, String what, String... names) throws IOException {
        long line = at.lineNumber();
        String[] out = new String[names.length];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            int k = indexOf(names, f);
            if (k < 0) {
                p.skipChildren();
            } else if (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT) {
                out[k] = p.getText();
            } else {
                throw at.error(what + " \"" + f + "\" must be a string or an integer");
            }
        }
        for (int k = 0; k < names.length; k++)
            if (out[k] == null) throw at.errorAt(line, what + " without \"" + names[k] + "\"");
        return out;
    }

    private static int indexOf(String[] names, String f) {
        for (int k = 0; k < names.length; k++) if (names[k].equals(f)) return k;
        return -1;
    }

    /** Puts each array element (a node or an edge) on its own line, so error lines point at it. */
    private static final class OneElementPerLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(values == 0 ? "]" : "\n]");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(':');
        }
    }

    @Override
    public void write(Path file, Graph g, GraphMetadata metadata) throws IOException {
        AtomicFiles.writeText(file, out -> {
            try (JsonGenerator w = JSON.createGenerator(out)) {
                w.setPrettyPrinter(new OneElementPerLine());
                w.writeStartObject();
                for (Map.Entry<String, String> f : MetadataHeader.fields(metadata)) {
                    if (f.getKey().equals(MetadataHeader.SEED)) w.writeNumberField(f.getKey(), Long.parseLong(f.getValue()));
                    else w.writeStringField(f.getKey(), f.getValue());
                }
                int n = g.numNodes();
                w.writeArrayFieldStart("nodes");
                for (int v = 0; v < n; v++) {
                    w.writeStartObject();
                    w.writeStringField("id", Integer.toString(v));
                    w.writeEndObject();
                }
                w.writeEndArray();
                w.writeArrayFieldStart("edges");
                for (int u = 0; u < n; u++) {
                    for (int i = g.offset(u), end = g.offset(u + 1); i < end; i++) {
                        int v = g.neighborAt(i);
                        if (v <= u) continue;
                        w.writeStartObject();
                        w.writeStringField("source", Integer.toString(u));
                        w.writeStringField("target", Integer.toString(v));
                        w.writeEndObject();
                    }
                }
                w.writeEndArray();
                w.writeEndObject();
                w.writeRaw('\n');
            }
        });
    }
}
