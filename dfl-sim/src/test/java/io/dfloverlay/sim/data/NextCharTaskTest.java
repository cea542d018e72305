package io.dfloverlay.sim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NextCharTaskTest {
    static Stream<Integer> seeds() {
        return Stream.iterate(0, s -> s + 1).limit(40);
    }

    /** Sorted distinct characters plus space, as the task promises, built here from the verses. */
    private static String vocabulary(BibleText text) {
        TreeSet<Character> set = new TreeSet<>();
        set.add(' ');
        for (BibleBook b : text.books()) for (String v : TextFixtures.verses(b)) for (char c : v.toCharArray()) set.add(c);
        StringBuilder sb = new StringBuilder();
        for (char c : set) sb.append(c);
        return sb.toString();
    }

    private static String decode(Dataset d, int row, String vocab) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < d.dim(); k++) sb.append(vocab.charAt((int) d.features()[row * d.dim() + k]));
        return sb.append(vocab.charAt(d.labels()[row])).toString();
    }

    private static String trainText(BibleBook b) {
        List<String> v = TextFixtures.verses(b);
        return String.join(" ", v.subList(0, v.size() - 2));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void windowsComeFromTheirBookAndHeldOutTextIsNeverTrainedOn(int seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        BibleText text = TextFixtures.random(rng);
        int context = 1 + rng.nextInt(12);
        DataSplit split = NextCharTask.build(text, context, "t", "test");
        String vocab = vocabulary(text);
        Dataset train = split.train(), test = split.test();
        assertEquals(vocab.length(), train.numClasses(), "seed " + seed);
        int expectedTrain = 0, expectedTest = 0;
        for (BibleBook b : text.books()) {
            expectedTrain += (trainText(b).length() + NextCharTask.TRAIN_STRIDE - 1) / NextCharTask.TRAIN_STRIDE;
            List<String> v = TextFixtures.verses(b);
            expectedTest += v.get(v.size() - 2).length() + 1 + v.get(v.size() - 1).length();
        }
        assertEquals(expectedTrain, train.numExamples(), "seed " + seed);
        assertEquals(expectedTest, test.numExamples(), "seed " + seed);
        String pad = " ".repeat(context);
        for (int i = 0; i < train.numExamples(); i++) {
            String window = decode(train, i, vocab);
            assertTrue(window.indexOf(TextFixtures.HELD_OUT_MARK) < 0, "seed " + seed + ": held-out text in training window '" + window + "'");
            BibleBook book = text.books().get(split.groups().book()[i]);
            assertTrue((pad + trainText(book)).contains(window), "seed " + seed + ": window '" + window + "' not in " + book.name());
            int chapter = split.groups().chapter()[i], before = 0;
            for (int b = 0; b < split.groups().book()[i]; b++) before += text.books().get(b).chapters().size();
            assertTrue(chapter >= before && chapter < before + book.chapters().size(), "seed " + seed + ": chapter outside its book");
        }
        int marks = 0;
        for (int i = 0; i < test.numExamples(); i++) if (vocab.charAt(test.labels()[i]) == TextFixtures.HELD_OUT_MARK) marks++;
        assertEquals(2 * text.books().size(), marks, "seed " + seed + ": every held-out mark is a test target once");
    }

    /** Add-one unigram and bigram perplexities, counted here with maps of strings. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void baselinesMatchAnIndependentCount(int seed) {
        BibleText text = TextFixtures.random(new SplittableRandom(seed));
        String vocab = vocabulary(text);
        int v = vocab.length();
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (BibleBook b : text.books()) {
            String t = trainText(b);
            for (int p = 0; p < t.length(); p++) {
                counts.merge(t.substring(p, p + 1), 1, Integer::sum);
                counts.merge((p == 0 ? " " : t.substring(p - 1, p)) + "|" + t.charAt(p), 1, Integer::sum);
                counts.merge((p == 0 ? " " : t.substring(p - 1, p)) + "|", 1, Integer::sum);
                total++;
            }
        }
        double uni = 0, bi = 0;
        int targets = 0;
        for (BibleBook b : text.books()) {
            List<String> verses = TextFixtures.verses(b);
            String held = verses.get(verses.size() - 2) + " " + verses.get(verses.size() - 1);
            String before = trainText(b) + " " + held;
            int offset = before.length() - held.length();
            for (int p = offset; p < before.length(); p++) {
                String c = before.substring(p, p + 1), prev = before.substring(p - 1, p);
                uni += Math.log((counts.getOrDefault(c, 0) + 1.0) / (total + v));
                bi += Math.log((counts.getOrDefault(prev + "|" + c, 0) + 1.0) / (counts.getOrDefault(prev + "|", 0) + v));
                targets++;
            }
        }
        NextCharTask.Baselines got = NextCharTask.baselines(text);
        assertEquals(Math.exp(-uni / targets), got.unigram(), 1e-9 * got.unigram(), "seed " + seed);
        assertEquals(Math.exp(-bi / targets), got.bigram(), 1e-9 * got.bigram(), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theLayoutReadsBack(int seed) throws IOException {
        BibleText text = TextFixtures.random(new SplittableRandom(seed));
        assertEquals(text, BibleText.parse(new BufferedReader(new StringReader(TextFixtures.layout(text))), "fixture"), "seed " + seed);
    }

    @Test
    void malformedTextAndContextAreOneLineErrors() {
        var e = assertThrows(IOException.class, () -> BibleText.parse(new BufferedReader(new StringReader("Book 1\nnot a verse\n")), "f.txt"));
        assertEquals("f.txt line 2: expected 'BOOK CHAPTER' or '  VERSE TEXT', got 'not a verse'", e.getMessage());
        var c = assertThrows(IllegalArgumentException.class,
                () -> NextCharTask.build(TextFixtures.random(new SplittableRandom(1)), 0, "t", "test"));
        assertEquals("context must be at least 1, got 0", c.getMessage());
    }

    @Test
    void theEmbeddedSampleHas28BooksAndBeatsNoBaselineByConstruction() {
        KjvSource.Loaded s = KjvSource.loadEmbeddedSample();
        assertEquals(28, s.text().books().size());
        assertEquals("Genesis", s.text().books().get(0).name());
        assertEquals("Revelation", s.text().books().get(27).name());
        assertEquals(DataIdentity.EMBEDDED_SAMPLE, s.copy());
        NextCharTask.Baselines b = NextCharTask.baselines(s.text());
        assertTrue(b.bigram() < b.unigram(), "bigram " + b.bigram() + " vs unigram " + b.unigram());
        LoadedData a = Datasets.loadIdentified(Datasets.KJV_SAMPLE, null, new SplittableRandom(1), 8);
        LoadedData other = Datasets.loadIdentified(Datasets.KJV_SAMPLE, null, new SplittableRandom(2), 9);
        assertEquals(DataIdentity.EMBEDDED_SAMPLE, a.identity().copy());
        assertNotEquals(a.identity().sha256(), other.identity().sha256(), "the windows depend on the context");
    }
}
