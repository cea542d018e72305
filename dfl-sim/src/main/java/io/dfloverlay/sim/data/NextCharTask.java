package io.dfloverlay.sim.data;

import io.dfloverlay.core.generate.FisherYates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Next-character prediction on a {@link BibleText}: each example is the {@code context} characters
 * before a target character (as vocabulary indices, stored as floats) and the target's index as
 * its label. Each book is its verses joined by single spaces; positions before the book's start
 * are padded with spaces. The last {@value #HELD_OUT_VERSES} verses of every book are held out:
 * every one of their characters is a test target, none a training target (their text never
 * appears in a training example). Training targets are every {@value #TRAIN_STRIDE}th character of
 * the rest (counted from the book's start; the windows overlap, so all of it is read as context),
 * which bounds memory to {@code 4·context} bytes per {@value #TRAIN_STRIDE} characters. Both sets
 * are in a fixed shuffled order (seed {@value #ORDER_SEED}, independent of the run's seed), so their
 * first rows are a sample of all books. The vocabulary is the text's distinct characters (space
 * included), sorted.
 */
public final class NextCharTask {
    /** Verses held out at the end of every book. */
    public static final int HELD_OUT_VERSES = 2;
    /** Every this many characters of the training text is a training target. */
    public static final int TRAIN_STRIDE = 8;
    /** Seed of the fixed example order. */
    public static final long ORDER_SEED = 0x5EEDL;
    private static final char PAD = ' ';

    private NextCharTask() {}

    /**
     * Builds the task.
     *
     * @param text    the books
     * @param context characters of context, at least 1
     * @param name    dataset name for the sets, e.g. {@code kjv}
     * @param source  where the text came from, for {@link DataSplit#source()}
     * @return train and test sets, with the book and chapter of every training example
     * @throws IllegalArgumentException when {@code context < 1} or a book has too few verses to hold some out
     */
    public static DataSplit build(BibleText text, int context, String name, String source) {
        if (context < 1) throw new IllegalArgumentException("context must be at least 1, got " + context);
        Vocabulary vocab = vocabulary(text);
        List<BookText> books = new ArrayList<>();
        int chapterBase = 0;
        for (BibleBook b : text.books()) {
            books.add(BookText.of(b, chapterBase));
            chapterBase += b.chapters().size();
        }
        Windows train = new Windows(context), test = new Windows(context);
        for (int bi = 0; bi < books.size(); bi++) {
            BookText bt = books.get(bi);
            for (int p = 0; p < bt.trainLength; p += TRAIN_STRIDE) train.add(bt, p, vocab, bi);
            for (int p = bt.heldOutStart; p < bt.text.length(); p++) test.add(bt, p, vocab, bi);
        }
        int[] trainOrder = FisherYates.permutation(train.size(), new SplittableRandom(ORDER_SEED));
        int[] testOrder = FisherYates.permutation(test.size(), new SplittableRandom(ORDER_SEED + 1));
        List<String> names = text.books().stream().map(BibleBook::name).toList();
        ExampleGroups groups = new ExampleGroups(train.permuted(train.book, trainOrder), train.permuted(train.chapter, trainOrder),
                names, chapterBase);
        Baselines base = baselines(books, vocab);
        String desc = String.format(Locale.ROOT, "%s %s: %d books, %d chapters, vocabulary %d, context %d; test = last %d verses"
                + " of each book; test perplexity baselines: unigram %.2f, bigram %.2f",
                name, source, names.size(), chapterBase, vocab.size(), context, HELD_OUT_VERSES, base.unigram(), base.bigram());
        return new DataSplit(train.dataset(name + " train", trainOrder, vocab.size()), test.dataset(name + " test", testOrder, vocab.size()),
                desc, null, groups);
    }

    /**
     * The unigram and bigram perplexities of the held-out text of {@code text} under add-one
     * smoothed character frequencies of its training text (the baselines a model must beat).
     *
     * @param text the books
     * @return the two perplexities
     * @throws IllegalArgumentException when a book has too few verses
     */
    public static Baselines baselines(BibleText text) {
        List<BookText> books = new ArrayList<>();
        for (BibleBook b : text.books()) books.add(BookText.of(b, 0));
        return baselines(books, vocabulary(text));
    }

    /**
     * Perplexities of the test text under two count models.
     *
     * @param unigram exp of the mean −log p(c) under add-one smoothed training character frequencies
     * @param bigram  exp of the mean −log p(c | previous character), add-one smoothed per previous character
     */
    public record Baselines(double unigram, double bigram) {}

    private static Baselines baselines(List<BookText> books, Vocabulary vocab) {
        int v = vocab.size();
        long[] uni = new long[v];
        long[][] bi = new long[v][v];
        long total = 0;
        for (BookText b : books) {
            int prev = vocab.index(PAD);
            for (int p = 0; p < b.trainLength; p++) {
                int c = vocab.index(b.text.charAt(p));
                uni[c]++;
                bi[prev][c]++;
                prev = c;
                total++;
            }
        }
        long[] biRow = new long[v];
        for (int a = 0; a < v; a++) for (int c = 0; c < v; c++) biRow[a] += bi[a][c];
        double nllUni = 0, nllBi = 0;
        long count = 0;
        for (BookText b : books) {
            for (int p = b.heldOutStart; p < b.text.length(); p++) {
                int c = vocab.index(b.text.charAt(p));
                int prev = p == 0 ? vocab.index(PAD) : vocab.index(b.text.charAt(p - 1));
                nllUni -= Math.log((uni[c] + 1.0) / (total + v));
                nllBi -= Math.log((bi[prev][c] + 1.0) / (biRow[prev] + v));
                count++;
            }
        }
        return new Baselines(Math.exp(nllUni / count), Math.exp(nllBi / count));
    }

    private static Vocabulary vocabulary(BibleText text) {
        TreeSet<Character> chars = new TreeSet<>();
        chars.add(PAD);
        for (BibleBook b : text.books())
            for (List<String> ch : b.chapters()) for (String verse : ch) for (char c : verse.toCharArray()) chars.add(c);
        return new Vocabulary(chars);
    }

    /** Characters to indices 0..V-1 in sorted order. */
    private static final class Vocabulary {
        private final int[] index = new int[Character.MAX_VALUE + 1];
        private final int size;

        Vocabulary(TreeSet<Character> chars) {
            java.util.Arrays.fill(index, -1);
            int k = 0;
            for (char c : chars) index[c] = k++;
            size = k;
        }

        int index(char c) {
            return index[c];
        }

        int size() {
            return size;
        }
    }

    /** One book's text: verses joined by spaces, the chapter of each character, where the held-out verses start. */
    private record BookText(String text, int[] chapterOf, int trainLength, int heldOutStart) {
        static BookText of(BibleBook b, int chapterBase) {
            int verses = b.numVerses();
            if (verses <= HELD_OUT_VERSES)
                throw new IllegalArgumentException("book " + b.name() + " has " + verses + " verses; at least " + (HELD_OUT_VERSES + 1)
                        + " are needed (the last " + HELD_OUT_VERSES + " are held out for testing)");
            StringBuilder sb = new StringBuilder();
            List<Integer> chapters = new ArrayList<>();
            int seen = 0, trainLength = -1, heldOut = -1;
            for (int c = 0; c < b.chapters().size(); c++) {
                for (String verse : b.chapters().get(c)) {
                    if (seen == verses - HELD_OUT_VERSES) {
                        trainLength = sb.length();
                        heldOut = sb.length() + 1;
                    }
                    if (seen > 0) {
                        sb.append(' ');
                        chapters.add(chapterBase + c);
                    }
                    sb.append(verse);
                    for (int k = 0; k < verse.length(); k++) chapters.add(chapterBase + c);
                    seen++;
                }
            }
            return new BookText(sb.toString(), chapters.stream().mapToInt(Integer::intValue).toArray(), trainLength, heldOut);
        }
    }

    /** Accumulates windows: context ids, target id, book and chapter. */
    private static final class Windows {
        final int context;
        float[] features = new float[1024];
        int[] labels = new int[64], book = new int[64], chapter = new int[64];
        int size;

        Windows(int context) {
            this.context = context;
        }

        void add(BookText b, int p, Vocabulary vocab, int bookIndex) {
            if (size == labels.length) {
                labels = java.util.Arrays.copyOf(labels, 2 * size);
                book = java.util.Arrays.copyOf(book, 2 * size);
                chapter = java.util.Arrays.copyOf(chapter, 2 * size);
            }
            if ((long) (size + 1) * context > features.length) {
                long grown = Math.max(2L * features.length, (long) (size + 1) * context);
                if (grown > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("text too large for context " + context);
                features = java.util.Arrays.copyOf(features, (int) grown);
            }
            for (int k = 0; k < context; k++) {
                int q = p - context + k;
                features[size * context + k] = vocab.index(q < 0 ? PAD : b.text.charAt(q));
            }
            labels[size] = vocab.index(b.text.charAt(p));
            book[size] = bookIndex;
            chapter[size] = b.chapterOf[p];
            size++;
        }

        int size() {
            return size;
        }

        int[] permuted(int[] values, int[] order) {
            int[] out = new int[order.length];
            for (int i = 0; i < order.length; i++) out[i] = values[order[i]];
            return out;
        }

        Dataset dataset(String name, int[] order, int vocabulary) {
            float[] f = new float[size * context];
            for (int i = 0; i < size; i++) System.arraycopy(features, order[i] * context, f, i * context, context);
            return new Dataset(name, size, context, vocabulary, f, permuted(labels, order), null);
        }
    }
}
