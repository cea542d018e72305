package io.dfloverlay.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of malformed input gives a GraphFormatException naming file, line and problem. */
class MalformedGraphFileTest {
    @TempDir
    Path dir;

    private GraphFormatException fail(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return assertThrows(GraphFormatException.class, () -> GraphFiles.read(file));
    }

    private String at(String name, int line) {
        return dir.resolve(name) + ":" + line + ": ";
    }

    @Test
    void messageNamesFileLineAndProblem() throws IOException {
        GraphFormatException e = fail("g.mtx", "%%MatrixMarket matrix coordinate pattern symmetric\n3 3 2\nx y z\n2 3\n");
        assertEquals(at("g.mtx", 3) + "expected 2 integers, got 'x y z'", e.getMessage());
        assertEquals(3, e.line());
        assertEquals("expected 2 integers, got 'x y z'", e.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // name | content (\n escaped as ;) | line | problem
        "not integers | 0 1;a b | 2 | expected 2 integers, got 'a b'",
        "three tokens | 0 1 2 | 1 | expected 2 integers, got '0 1 2'",
        "one token | 0 1;;5 | 3 | expected 2 integers, got '5'",
        "decimal | 0 1.5 | 1 | expected 2 integers, got '0 1.5'",
        "negative id | 0 -1 | 1 | node id -1 out of range [0, 2147483646)",
        "huge id | 0 99999999999 | 1 | node id 99999999999 out of range [0, 2147483646)",
        "out of range with header | # nodes: 3;0 1;1 3 | 3 | node id 3 out of range [0, 3)",
        "self-loop | 0 1;2 2 | 2 | self-loop at node 2 is not allowed",
        "duplicate | 0 1;# c;1 2;0 1 | 4 | duplicate edge {0, 1} (first at line 1)",
        "reversed duplicate | 0 1;1 2;1 0 | 3 | duplicate edge {1, 0} (first at line 1)",
        "bad node header | # nodes: many | 1 | node count must be an integer, got 'many'",
        "late node header | 0 1;# nodes: 5 | 2 | 'nodes:' header must come before the first edge",
        "bad seed | # seed: x;0 1 | 1 | seed must be an integer, got 'x'",
    })
    void edgeListErrors(String name, String content, int line, String problem) throws IOException {
        GraphFormatException e = fail("g.edges", content.replace(';', '\n'));
        assertEquals(at("g.edges", line) + problem, e.getMessage(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad banner | %%MatrixMarket matrix array real general;3 3 | 1 | expected '%%MatrixMarket matrix coordinate pattern symmetric', got '%%MatrixMarket matrix array real general'",
        "general, not symmetric | %%MatrixMarket matrix coordinate pattern general;3 3 1;1 2 | 3 | entry (1, 2) has no symmetric entry (2, 1): a 'general' matrix must be symmetric to be an undirected graph",
        "complex field | %%MatrixMarket matrix coordinate complex symmetric;3 3 1;1 2 | 1 | unsupported field 'complex' (expected pattern, integer or real)",
        "not square | %%MatrixMarket matrix coordinate pattern symmetric;3 4 1;2 1 | 2 | adjacency matrix must be square, got 3 x 4",
        "bad size line | %%MatrixMarket matrix coordinate pattern symmetric;3 3 | 2 | expected 3 integers, got '3 3'",
        "index zero | %%MatrixMarket matrix coordinate pattern symmetric;3 3 1;0 1 | 3 | node id 0 out of range [1, 4)",
        "index past n | %%MatrixMarket matrix coordinate pattern symmetric;3 3 1;4 1 | 3 | node id 4 out of range [1, 4)",
        "diagonal | %%MatrixMarket matrix coordinate pattern symmetric;3 3 1;2 2 | 3 | self-loop at node 2 is not allowed",
        "both triangles | %%MatrixMarket matrix coordinate pattern symmetric;3 3 2;2 1;1 2 | 4 | duplicate edge {1, 2} (first at line 3)",
        "too few | %%MatrixMarket matrix coordinate pattern symmetric;3 3 3;2 1;3 2 | 4 | found 2 entries, size line declares 3",
        "too many | %%MatrixMarket matrix coordinate pattern symmetric;3 3 1;2 1;3 2 | 4 | more entries than the 1 declared on the size line",
        "missing value | %%MatrixMarket matrix coordinate real symmetric;3 3 1;2 1 | 3 | expected 2 integers and a value, got '2 1'",
        "no size line | %%MatrixMarket matrix coordinate pattern symmetric;% only comments | 2 | missing size line 'n n entries'",
    })
    void matrixMarketErrors(String name, String content, int line, String problem) throws IOException {
        GraphFormatException e = fail("g.mtx", content.replace(';', '\n'));
        assertEquals(at("g.mtx", line) + problem, e.getMessage(), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad count | n;0 1 | 1 | expected 1 integer, got 'n'",
        "out of range | 3;0 1;1 3 | 3 | node id 3 out of range [0, 3)",
        "exact repeat | 3;0 1;1 0;0 1 | 4 | duplicate edge {0, 1} (first at line 2)",
        "self-loop | 3;1 1 | 2 | self-loop at node 1 is not allowed",
    })
    void decentralizepyErrors(String name, String content, int line, String problem) throws IOException {
        GraphFormatException e = fail("g.dpy", content.replace(';', '\n'));
        assertEquals(at("g.dpy", line) + problem, e.getMessage(), name);
    }

    @Test
    void implausibleSizesAreErrorsNotCrashes() throws IOException {
        assertEquals(dir.resolve("sparse.edges") + ": largest node id 5000000 is far above what 1 edges need; ids must be 0..n-1"
                + " (add a '# nodes: N' header if the graph really has that many isolated nodes)",
                fail("sparse.edges", "0 5000000\n").getMessage());
        // 2^31 - 100 nodes need 8 GiB of offsets, beyond the test JVM's heap
        assertTrue(fail("huge.edges", "# nodes: 2147483547\n0 1\n").getMessage().contains("not enough memory for a graph with n=2147483547"));
    }

    @Test
    void emptyFiles() throws IOException {
        assertEquals(dir.resolve("e.mtx") + ": empty file: expected a '%%MatrixMarket' banner", fail("e.mtx", "").getMessage());
        assertEquals(dir.resolve("e.dpy") + ": empty file: expected the node count on the first line", fail("e.dpy", "\n").getMessage());
        assertEquals(dir.resolve("e.edges") + ": no edges and no '# nodes: N' header (an empty graph file)",
                fail("e.edges", "# nothing\n").getMessage());
        assertEquals(dir.resolve("z.edges") + ": no edges and no '# nodes: N' header (an empty graph file)", fail("z.edges", "").getMessage());
        assertEquals(0, GraphFiles.read(writeFile("zero.edges", "# nodes: 0\n")).numNodes(), "an explicitly empty graph is fine");
    }

    static Stream<Arguments> structuredFormatErrors() {
        return Stream.of(
                Arguments.of("bad.json", "{\"nodes\": [", 1, "malformed JSON: Unexpected end-of-input"),
                Arguments.of("text.json", "[1, 2]", 1, "expected a JSON object with \"nodes\" and \"edges\""),
                Arguments.of("noTarget.json", "{\"edges\":[\n{\"source\":\"0\"}]}", 2, "edge without \"target\""),
                Arguments.of("objectId.json", "{\"nodes\":[{\"id\":{}}]}", 1, "node \"id\" must be a string or an integer"),
                Arguments.of("multi.json", "{\"nodes\":[{\"id\":\"0\"},{\"id\":\"1\"}],\"edges\":[\n{\"source\":\"0\",\"target\":\"1\"},\n"
                        + "{\"source\":1,\"target\":0}]}", 3, "duplicate edge {1, 0} (first at line 2)"),
                Arguments.of("loop.json", "{\"edges\":[{\"source\":\"a\",\"target\":\"a\"}]}", 1, "self-loop at node a is not allowed"),
                Arguments.of("badSeed.json", "{\"seed\":\"x\",\"nodes\":[]}", 1, "seed must be an integer, got 'x'"),
                Arguments.of("bad.dot", "graph G { 0 -- ", 1, "unexpected end of file"),
                Arguments.of("loop.dot", "graph G {\n  0 -- 0;\n}", 2, "self-loop at node 0 is not allowed"),
                Arguments.of("directed.dot", "/* c */ strict digraph G { 0 -> 1; }", 1, "directed graphs (digraph) are not supported; use 'graph' with '--' edges"),
                Arguments.of("arrow.dot", "graph G {\n a -> b }", 2, "directed edge '->' in an undirected graph; use '--'"),
                Arguments.of("twice.dot", "graph {\n a -- b -- c\n c -- b }", 3, "duplicate edge {c, b} (first at line 2)"),
                Arguments.of("unclosed.dot", "graph {\n a -- b\n", 3, "missing '}'"),
                Arguments.of("string.dot", "graph { \"a -- b }", 1, "unterminated quoted string"),
                Arguments.of("bad.graphml", "<graphml><graph edgedefault=\"undirected\"><node id=\"0\"/>", 1, "malformed XML: XML document structures must start and end within the same entity."),
                Arguments.of("directed.graphml", "<graphml>\n<graph edgedefault=\"directed\"><node id=\"0\"/></graph></graphml>", 2,
                        "directed graphs (edgedefault=\"directed\") are not supported"),
                Arguments.of("noSource.graphml", "<graphml><graph>\n<edge target=\"1\"/></graph></graphml>", 2, "<edge> without a 'source' attribute"),
                Arguments.of("twoGraphs.graphml", "<graphml><graph/>\n<graph/></graphml>", 2, "more than one <graph> in the file"),
                Arguments.of("root.graphml", "<?xml version=\"1.0\"?>\n<gml/>", 2, "expected a <graphml> root element, got <gml>"),
                Arguments.of("dupe.graphml", "<graphml><graph>\n<edge source=\"0\" target=\"1\"/>\n<edge source=\"0\" target=\"1\"/></graph></graphml>", 3,
                        "duplicate edge {0, 1} (first at line 2)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void structuredFormatErrors(String name, String content, int line, String problem) throws IOException {
        String message = fail(name, content).getMessage();
        assertTrue(message.startsWith(dir.resolve(name) + ":" + line + ": " + problem) && !message.contains("\n"), message);
    }

    @Test
    void externalEntitiesAreNotResolved() throws IOException {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n"
                + "<graphml><graph><node id=\"&x;\"/></graph></graphml>";
        GraphFormatException e = fail("xxe.graphml", xxe);
        assertTrue(e.getMessage().startsWith(dir.resolve("xxe.graphml") + ":3: malformed XML") && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void emptyStructuredFiles() throws IOException {
        assertEquals(dir.resolve("e.json") + ": empty file: expected a JSON object with \"nodes\" and \"edges\"", fail("e.json", "").getMessage());
        assertEquals(dir.resolve("e.dot") + ": empty file: expected 'graph {'", fail("e.dot", "// nothing\n").getMessage());
        assertTrue(fail("e.graphml", "").getMessage().startsWith(dir.resolve("e.graphml") + ":"), "empty GraphML");
    }

    @Test
    void aDirectoryIsNamed() throws IOException {
        for (String name : new String[] {"d.mtx", "d.json", "d.graphml", "d.dot", "d.edges", "d.dpy"}) {
            Path d = Files.createDirectory(dir.resolve(name));
            GraphFormatException e = assertThrows(GraphFormatException.class, () -> GraphFiles.read(d));
            assertEquals(d + ": is a directory, not a file", e.getMessage());
        }
    }

    @Test
    void generalMatrixMarketMustBeSymmetric() throws IOException {
        String head = "%%MatrixMarket matrix coordinate integer general\n3 3 4\n";
        assertEquals(at("asym.mtx", 5) + "entry (1, 3) has no symmetric entry (3, 1): a 'general' matrix must be symmetric to be an undirected graph",
                fail("asym.mtx", head + "1 2 1\n2 1 1\n1 3 1\n3 2 1\n").getMessage());
        assertEquals(at("dup.mtx", 5) + "duplicate edge {1, 2} (first at line 3)",
                fail("dup.mtx", head + "1 2 1\n2 1 1\n1 2 1\n2 1 1\n").getMessage());
        assertEquals(at("count.mtx", 5) + "found 3 entries, size line declares 4",
                fail("count.mtx", head + "1 2 7\n2 1 -3\n1 3 1\n").getMessage());
        assertEquals(at("skew.mtx", 1) + "an undirected graph needs a 'symmetric' or 'general' matrix, got 'skew-symmetric'",
                fail("skew.mtx", "%%MatrixMarket matrix coordinate real skew-symmetric\n3 3 1\n2 1 1.0\n").getMessage());
    }

    @Test
    void missingFileAndUnknownExtension() {
        assertThrows(NoSuchFileException.class, () -> GraphFiles.read(dir.resolve("none.mtx")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphFiles.read(dir.resolve("g.xyz")));
        assertTrue(e.getMessage().contains("'" + dir.resolve("g.xyz") + "'") && e.getMessage().contains(".mtx"), e.getMessage());
    }

    private Path writeFile(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
