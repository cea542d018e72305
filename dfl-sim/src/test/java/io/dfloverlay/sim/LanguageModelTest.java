package io.dfloverlay.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.ConfigSyntax;
import io.dfloverlay.sim.config.PartitionConfig;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.data.KjvSource;
import io.dfloverlay.sim.data.TextFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageModelTest {
    private static RunConfig.Builder kjvSample(int n, PartitionConfig partition, String model, int rounds) {
        return RunConfig.builder().topology("random-regular").clients(n).degree(4).dataset("kjv-sample").partition(partition)
                .model(ConfigSyntax.model(model)).rounds(rounds).batchSize(32).learningRate(0.5).momentum(0.5).evalEvery(rounds / 2)
                .engine("cpu").seed(7);
    }

    private static List<RoundMetrics> run(RunConfig c) {
        List<RoundMetrics> out = new ArrayList<>();
        Simulation.run(c, out::add);
        return out;
    }

    /** Not a timing: the wall time is the only field that may differ between two runs of one config. */
    private static RoundMetrics withoutWallTime(RoundMetrics m) {
        return new RoundMetrics(m.round(), m.trainLoss(), m.testLoss(), m.testAccuracy(), m.meanClientAccuracy(),
                m.minClientAccuracy(), m.maxClientAccuracy(), m.consensusDistance(), m.generalizationGap(), m.bytesSent(), 0, m.survivors());
    }

    @Test
    void byBookTrainingBeatsTheUnigramPerplexityAndReplaysExactly() {
        RunConfig c = kjvSample(8, new PartitionConfig.ByBook(), "char-mlp:ctx=8,hidden=64", 60).build();
        Simulation sim = new Simulation(c);
        assertTrue(sim.header().dataSource().startsWith("kjv-sample embedded sample: 28 books"), sim.header().dataSource());
        assertTrue(sim.header().partitionSummary().startsWith("by-book over 8 clients"), sim.header().partitionSummary());
        List<RoundMetrics> m = new ArrayList<>();
        sim.run(m::add);
        double unigram = TextFixtures.unigramPerplexity(KjvSource.loadEmbeddedSample().text());
        RoundMetrics first = m.get(0), last = m.get(m.size() - 1);
        assertTrue(last.testLoss() < first.testLoss(), "test loss " + first.testLoss() + " -> " + last.testLoss());
        assertTrue(Math.exp(last.testLoss()) < unigram, "perplexity " + Math.exp(last.testLoss()) + " vs unigram " + unigram);
        assertTrue(last.minClientAccuracy() <= last.maxClientAccuracy() && last.consensusDistance() > 0);
        assertEquals(m.stream().map(LanguageModelTest::withoutWallTime).toList(),
                run(c).stream().map(LanguageModelTest::withoutWallTime).toList(), "same config, same metrics");
    }

    @Test
    void byChapterAndDirichletOverBooksSplitTheSample() {
        for (PartitionConfig p : new PartitionConfig[] {new PartitionConfig.ByChapter(), new PartitionConfig.Dirichlet(0.3)}) {
            Simulation s = new Simulation(kjvSample(30, p, "char-mlp:ctx=4,hidden=8", 2).build());
            assertTrue(s.header().partitionSummary().startsWith(p.syntax() + " over 30 clients"), s.header().partitionSummary());
        }
    }

    @Test
    void aTextFileInTheProgramsLayoutIsRead(@TempDir Path dir) throws IOException {
        var text = TextFixtures.random(new SplittableRandom(3));
        Path file = dir.resolve("t.txt");
        Files.writeString(file, TextFixtures.layout(text));
        Simulation s = new Simulation(kjvSample(2, new PartitionConfig.ByBook(), "char-mlp:ctx=3,hidden=4", 2).topology("complete").degree(null).dataset("kjv")
                .dataPath(file.toString()).build());
        assertEquals("files", s.resolvedConfig().data().identity().copy());
        assertEquals(file.toAbsolutePath().toString(), s.resolvedConfig().data().identity().path());
    }

    @Test
    void mismatchedDataModelAndPartitionAreOneLineErrorsNamingTheKey() {
        expect("data.partition: partition by-book needs a text with books and chapters (dataset kjv or kjv-sample)",
                kjvSample(4, new PartitionConfig.ByBook(), "mlp", 2).dataset("fashion-mnist-sample"));
        expect("model: dataset kjv-sample is a text: it needs the character model, e.g. char-mlp:ctx=16,hidden=256",
                kjvSample(4, new PartitionConfig.Iid(), "mlp", 2));
        expect("model.context: the character model needs a text dataset (kjv or kjv-sample), got gaussian-mixture",
                kjvSample(4, new PartitionConfig.Iid(), "char-mlp", 2).dataset("gaussian-mixture"));
        expect("data.partition: partition by-book: 28 books cannot be split over 40 clients (at most one client per book)",
                kjvSample(40, new PartitionConfig.ByBook(), "char-mlp:ctx=4,hidden=8", 2));
        var e = assertThrows(IllegalArgumentException.class, () -> ConfigSyntax.model("char-mlp:ctx=0"));
        assertEquals("model 'char-mlp:ctx=0': context: must be at least 1, got 0", e.getMessage());
        var f = assertThrows(IllegalArgumentException.class, () -> ConfigSyntax.model("char-mlp:emb=3"));
        assertEquals("model 'char-mlp:emb=3': unknown key 'emb' (keys: ctx, hidden)", f.getMessage());
    }

    private static void expect(String message, RunConfig.Builder b) {
        var e = assertThrows(ConfigException.class, () -> new Simulation(b.build()));
        assertEquals(message, e.getMessage());
    }
}
