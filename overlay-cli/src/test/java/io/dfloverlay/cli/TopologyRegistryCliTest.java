package io.dfloverlay.cli;

import static io.dfloverlay.cli.CliHarness.assertOneLineError;
import static io.dfloverlay.cli.CliHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.AnnotatedGraph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.topology.ParamSpec;
import io.dfloverlay.core.topology.TopologyKind;
import io.dfloverlay.core.topology.TopologyRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's topology names, aliases, parameter flags and parameter errors all come from the registry. */
class TopologyRegistryCliTest {
    @TempDir
    Path dir;

    @Test
    void generateListShowsEveryKindAliasAndParameterWithARealFlag() {
        var r = run("generate", "--list");
        assertEquals(0, r.exit(), r.err());
        CommandLine generate = new CommandLine(new GenerateCommand());
        List<String> lines = r.out().lines().toList();
        for (TopologyKind k : TopologyRegistry.kinds()) {
            String header = lines.stream().filter(l -> l.startsWith(k.name() + " ") || l.startsWith(k.name() + ":")).findFirst().orElse(null);
            assertNotNull(header, "no line for " + k.name() + " in\n" + r.out());
            for (String alias : k.aliases()) assertTrue(header.contains(alias), header + " lacks alias " + alias);
            int at = lines.indexOf(header);
            for (int i = 0; i < k.params().size(); i++) {
                ParamSpec p = k.params().get(i);
                String line = lines.get(at + 1 + i).strip();
                String flag = line.split("\\s+")[0];
                assertNotNull(generate.getCommandSpec().findOption(flag), "'" + flag + "' listed for " + k.name() + " is not an option of generate");
                if (flag.equals("--param")) assertTrue(line.startsWith("--param " + p.name() + "=VALUE"), line);
                else assertEquals("--" + p.name(), flag, line);
                assertTrue(line.contains(p.help()), line);
            }
        }
        assertFalse(r.out().contains("--connected"), "no such flag: " + r.out());
        assertTrue(r.out().contains("--param connected=VALUE"), r.out());
    }

    @Test
    void generateTakesAliasesAndRecordsTheKindsName() throws Exception {
        Path viaAlias = dir.resolve("alias.mtx"), viaName = dir.resolve("name.mtx");
        assertEquals(0, run("generate", "--kind", "static-exponential", "--n", "16", "--out", viaAlias.toString()).exit());
        assertEquals(0, run("generate", "--kind", "exponential", "--n", "16", "--out", viaName.toString()).exit());
        assertEquals(Files.readString(viaName), Files.readString(viaAlias));
        AnnotatedGraph a = GraphFiles.readAnnotated(viaAlias, null);
        assertEquals("exponential", a.metadata().generator());
        // i ~ i +- 1, 2, 4, 8 mod 16: seven distinct neighbours
        assertTrue(a.graph().isRegular() && a.graph().maxDegree() == 7);

        Path base = dir.resolve("base.edges");
        var r = run("generate", "--kind", "Base-(k+1)", "--n", "9", "--d", "2", "--round", "1", "--out", base.toString());
        assertEquals(0, r.exit(), r.err());
        Graph g = GraphFiles.read(base);
        assertEquals(9, g.numNodes());
        assertTrue(g.maxDegree() <= 2);
    }

    @Test
    void parameterErrorsNameTheFlagTheUserTyped() {
        Path x = dir.resolve("x.mtx");
        String err = assertOneLineError(run("generate", "--kind", "near-optimal", "--n", "16", "--d", "2", "--out", x.toString()));
        assertEquals("overlay generate: near-optimal: --d must be at least 3, got 2", err);
        err = assertOneLineError(run("generate", "--kind", "near-optimal", "--n", "16", "--d", "4", "--param", "swaps=many", "--out", x.toString()));
        assertEquals("overlay generate: near-optimal: --param swaps must be an integer, got 'many'", err);
        err = assertOneLineError(run("generate", "--kind", "ring", "--n", "16", "--param", "connected=true", "--out", x.toString()));
        assertTrue(err.startsWith("overlay generate: ring: --param connected is not a parameter (parameters: n)"), err);
        assertFalse(Files.exists(x));
    }

    @Test
    void simulateTakesAnAliasAndGivesTheSameRunAsTheName() throws Exception {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        var r = SimulateCommandTest.run(a, SimulateCommandTest.concat(new String[] {"simulate", "--no-plots", "--topology", "static-exponential"},
                SimulateCommandTest.SMALL));
        assertEquals(0, r.exit(), r.err());
        var r2 = SimulateCommandTest.run(b, SimulateCommandTest.concat(new String[] {"simulate", "--no-plots", "--topology", "exponential"},
                SimulateCommandTest.SMALL));
        assertEquals(0, r2.exit(), r2.err());
        assertEquals(SimulateCommandTest.withoutWallTime(b.resolve("metrics.csv")), SimulateCommandTest.withoutWallTime(a.resolve("metrics.csv")));
    }

    @Test
    void simulateMapsParameterErrorsToItsFlags() {
        String[] args = SimulateCommandTest.concat(new String[] {"simulate", "--no-plots", "--topology", "near-optimal"}, SimulateCommandTest.SMALL);
        String err = assertOneLineError(SimulateCommandTest.run(dir.resolve("s"), args));
        assertTrue(err.contains("--d: must be at least 3, got 2 (near-optimal)"), err);
    }

    @Test
    void churnStartsFromAnyStaticKind() {
        var r = run("churn", "--topology", "hamiltonian-cycles", "--n", "40", "--d", "4", "--steps", "2", "--fail", "0.2", "--strategy", "pairing");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("strategy pairing (hamiltonian-cycles, n=40, d=4"), r.out());
        String err = assertOneLineError(run("churn", "--topology", "one-peer-exponential", "--n", "16", "--d", "4", "--steps", "1"));
        assertTrue(err.contains("time-varying"), err);
    }

    @Test
    void optionHelpListsTheRegistries() {
        var r = run("simulate", "--help");
        List<String> missing = new ArrayList<>();
        String help = r.out().replaceAll("\\s+", " ");
        for (String k : TopologyRegistry.names()) if (!help.contains(k)) missing.add(k);
        for (String w : io.dfloverlay.core.mixing.MixingSchemes.names()) if (!help.contains(w)) missing.add(w);
        for (String s : io.dfloverlay.maintenance.strategy.RepairStrategies.names()) if (!help.contains(s)) missing.add(s);
        assertEquals(List.of(), missing, help);
    }
}
