package io.dfloverlay.sim.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small random texts in books, chapters and verses, and an independent reading of their layout. */
public final class TextFixtures {
    /** The character that only held-out verses (the last two of each book) contain. */
    public static final char HELD_OUT_MARK = 'Z';

    private TextFixtures() {}

    /**
     * A random text: 2-6 books of 1-4 chapters of 2-6 verses of 1-8 words over {@code a b c d e .};
     * only the last two verses of each book contain {@link #HELD_OUT_MARK}.
     *
     * @param rng the draws
     * @return the text
     */
    public static BibleText random(SplittableRandom rng) {
        List<BibleBook> books = new ArrayList<>();
        int numBooks = 2 + rng.nextInt(5);
        for (int b = 0; b < numBooks; b++) {
            List<List<String>> chapters = new ArrayList<>();
            int numChapters = 1 + rng.nextInt(4);
            for (int c = 0; c < numChapters; c++) {
                List<String> verses = new ArrayList<>();
                for (int v = 2 + rng.nextInt(5); v > 0; v--) verses.add(sentence(rng, false));
                chapters.add(verses);
            }
            List<String> last = chapters.get(numChapters - 1);
            if (last.size() < 3) last.add(0, sentence(rng, false)); // at least three verses per book
            last.set(last.size() - 1, sentence(rng, true));
            last.set(last.size() - 2, sentence(rng, true));
            books.add(new BibleBook("Book " + (char) ('A' + b), chapters));
        }
        return new BibleText(books);
    }

    private static String sentence(SplittableRandom rng, boolean heldOut) {
        StringBuilder sb = new StringBuilder();
        for (int w = 1 + rng.nextInt(8); w > 0; w--) {
            if (sb.length() > 0) sb.append(' ');
            for (int k = 1 + rng.nextInt(5); k > 0; k--) sb.append("abcde".charAt(rng.nextInt(5)));
        }
        if (heldOut) sb.insert(rng.nextInt(sb.length() + 1), HELD_OUT_MARK);
        return sb.append('.').toString();
    }

    /**
     * The text in the {@code bible} program's layout.
     *
     * @param text the text
     * @return headings and numbered verses
     */
    public static String layout(BibleText text) {
        StringBuilder sb = new StringBuilder("\n");
        for (BibleBook b : text.books()) {
            for (int c = 0; c < b.chapters().size(); c++) {
                sb.append(b.name()).append(' ').append(c + 1).append("\n\n");
                List<String> verses = b.chapters().get(c);
                for (int v = 0; v < verses.size(); v++) sb.append("  ").append(v + 1).append(' ').append(verses.get(v)).append('\n');
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * The add-one smoothed unigram perplexity of the held-out text (the last two verses of each
     * book, joined by a space) under the character counts of the rest (verses joined by spaces),
     * counted with a map of strings, independently of the simulator's code.
     *
     * @param text the books
     * @return the perplexity
     */
    public static double unigramPerplexity(BibleText text) {
        java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
        java.util.Set<Character> vocab = new java.util.HashSet<>(List.of(' '));
        int total = 0;
        StringBuilder held = new StringBuilder();
        for (BibleBook b : text.books()) {
            List<String> v = verses(b);
            for (String verse : v) for (char c : verse.toCharArray()) vocab.add(c);
            String train = String.join(" ", v.subList(0, v.size() - 2));
            for (char c : train.toCharArray()) counts.merge(c, 1, Integer::sum);
            total += train.length();
            held.append(v.get(v.size() - 2)).append(' ').append(v.get(v.size() - 1));
        }
        double nll = 0;
        for (char c : held.toString().toCharArray()) nll -= Math.log((counts.getOrDefault(c, 0) + 1.0) / (total + vocab.size()));
        return Math.exp(nll / held.length());
    }

    /**
     * All verses of a book in order.
     *
     * @param b the book
     * @return its verses
     */
    public static List<String> verses(BibleBook b) {
        return b.chapters().stream().flatMap(List::stream).toList();
    }
}
