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
