package io.dfloverlay.cli;

import static io.dfloverlay.cli.CliHarness.assertOneLineError;
import static io.dfloverlay.cli.CliHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.AnnotatedGraph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.topology.TopologyKind;
import io.dfloverlay.core.topology.TopologyRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesRandomRegularWithHeaderMetadata() throws Exception {
        Path out = dir.resolve("g.mtx");
        var r = run("generate", "--kind", "random-regular", "--n", "100", "--d", "8", "--seed", "3", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        AnnotatedGraph a = GraphFiles.readAnnotated(out, null);
        Graph g = a.graph();
        assertEquals(100, g.numNodes());
        assertEquals(400, g.numEdges());
        assertTrue(g.isRegular() && g.maxDegree() == 8);
        assertEquals("random-regular", a.metadata().generator());
        assertEquals(3L, a.metadata().seed());
        assertEquals("8", a.metadata().parameters().get("d"));
    }

    @Test
    void sameSeedSameFile() throws Exception {
        Path a = dir.resolve("a.edges"), b = dir.resolve("b.edges");
        run("generate", "--kind", "random-regular", "--n", "50", "--d", "4", "--seed", "9", "--out", a.toString());
        run("generate", "--kind", "random-regular", "--n", "50", "--d", "4", "--seed", "9", "--out", b.toString());
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void everyRegisteredKindGeneratesWithSmallParameters() {
        for (TopologyKind k : TopologyRegistry.kinds()) {
            String[] params = switch (k.name()) {
                case "lps" -> new String[] {"--param", "p=5", "--param", "q=13"};
                case "margulis" -> new String[] {"--param", "m=5"};
                case "paley" -> new String[] {"--param", "q=13"};
                case "chordal-cycle" -> new String[] {"--param", "p=13"};
                case "torus" -> new String[] {"--param", "rows=4", "--param", "cols=5"};
                case "hypercube" -> new String[] {"--param", "dim=4"};
                case "watts-strogatz" -> new String[] {"--n", "20", "--param", "k=4", "--param", "beta=0.2"};
                case "erdos-renyi" -> new String[] {"--n", "20", "--param", "p=0.3"};
                case "random-lift" -> new String[] {"--n", "10", "--d", "3", "--param", "k=3"};
                case "base-k-plus-one" -> new String[] {"--n", "9", "--param", "k=2"};
                case "near-optimal" -> new String[] {"--n", "16", "--d", "4", "--param", "swaps=20", "--quiet"};
                case "d-cliques" -> new String[] {"--n", "16", "--param", "clique-size=4", "--histograms", histograms(16).toString()};
                case "stl-fw" -> new String[] {"--n", "16", "--d", "4", "--param", "iterations=5", "--histograms", histograms(16).toString()};
                case "label-aware" -> new String[] {"--n", "16", "--d", "4", "--param", "swaps=20", "--param", "start-swaps=10", "--quiet",
                        "--histograms", histograms(16).toString()};
                default -> k.param("d").isPresent() ? new String[] {"--n", "16", "--d", "4"} : new String[] {"--n", "16"};
            };
            Path out = dir.resolve(k.name() + ".mtx");
            String[] args = new String[params.length + 5];
            args[0] = "generate";
            args[1] = "--kind";
            args[2] = k.name();
            System.arraycopy(params, 0, args, 3, params.length);
            args[params.length + 3] = "--out";
            args[params.length + 4] = out.toString();
            var r = run(args);
            assertEquals(0, r.exit(), k.name() + ": " + r.err());
            assertTrue(Files.exists(out), k.name());
        }
    }

    /** A CSV with a header: node i holds 5 examples of class i mod 4. */
    private Path histograms(int n) {
        StringBuilder csv = new StringBuilder("c0,c1,c2,c3\n");
        for (int i = 0; i < n; i++) {
            int[] row = new int[4];
            row[i % 4] = 5;
            csv.append(row[0]).append(',').append(row[1]).append(',').append(row[2]).append(',').append(row[3]).append('\n');
        }
        Path f = dir.resolve("hist-" + n + ".csv");
        try {
            Files.writeString(f, csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return f;
    }

    @Test
    void dataAwareKindsSayWhatIsWrongInOneLine() throws Exception {
        Path out = dir.resolve("dc.mtx");
        String line = assertOneLineError(run("generate", "--kind", "d-cliques", "--n", "16", "--out", out.toString()));
        assertTrue(line.contains("d-cliques needs the clients' label histograms") && line.contains("--histograms FILE"), line);
        line = assertOneLineError(run("generate", "--kind", "d-cliques", "--n", "20", "--histograms", histograms(16).toString(), "--out", out.toString()));
        assertTrue(line.contains("label histograms have 16 rows, expected n = 20"), line);
        Path negative = dir.resolve("negative.csv");
        Files.writeString(negative, "3,1\n2,-1\n");
        line = assertOneLineError(run("generate", "--kind", "stl-fw", "--n", "2", "--d", "1", "--histograms", negative.toString(), "--out", out.toString()));
        assertTrue(line.contains("row 1, class 1") && line.contains(">= 0"), line);
        line = assertOneLineError(run("generate", "--kind", "label-aware", "--n", "15", "--d", "3", "--quiet", "--histograms", histograms(15).toString(),
                "--out", out.toString()));
        assertTrue(line.contains("n*d must be even"), line);
        line = assertOneLineError(run("generate", "--kind", "stl-fw", "--n", "16", "--d", "16", "--histograms", histograms(16).toString(), "--out", out.toString()));
        assertTrue(line.contains("must be below n = 16"), line);
        line = assertOneLineError(run("generate", "--kind", "d-cliques", "--n", "16", "--param", "inter=star", "--histograms", histograms(16).toString(),
                "--out", out.toString()));
        assertTrue(line.contains("inter") && line.contains("ring, fractal, small-world, fully-connected"), line);
        assertFalse(Files.exists(out));
    }

    @Test
    void nearOptimalWithSmallBudget() throws Exception {
        Path out = dir.resolve("no.mtx");
        var r = run("generate", "--kind", "near-optimal", "--n", "32", "--d", "4", "--budget", "300ms", "--quiet", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        Graph g = GraphFiles.read(out);
        assertTrue(g.isRegular() && g.maxDegree() == 4 && g.numNodes() == 32);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "generate --kind random-regular --n 5 --d 3 --out X",
        "generate --kind random-regular --n 5 --d 8 --out X",
        "generate --kind no-such-kind --n 5 --out X",
        "generate --kind random-regular --n 10 --d 4",
        "generate --n 10 --d 4 --out X",
        "generate --kind random-regular --n 10 --d 4 --out X --bogus",
        "generate --kind random-regular --n ten --d 4 --out X",
        "generate --kind random-regular --n 10 --d 4 --out X --format nosuch",
        "generate --kind near-optimal --n 10 --d 4 --budget soon --out X",
        "generate --kind lps --param p=7 --param q=13 --out X",
        "generate --kind random-regular --n 10 --d 4 --out Y"
    })
    void badInputIsOneLineAndNothingWritten(String line) throws Exception {
        Path x = dir.resolve("x.mtx");
        Path y = dir.resolve("y.unknownext");
        String[] args = line.replace(" X", " " + x).replace(" Y", " " + y).split(" ");
        String err = assertOneLineError(run(args));
        assertTrue(err.startsWith("overlay generate"), err);
        assertFalse(Files.exists(x) || Files.exists(y), "nothing may be written on error");
    }
}
