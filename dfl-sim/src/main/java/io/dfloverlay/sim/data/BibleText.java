package io.dfloverlay.sim.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text split into books, chapters and verses, as printed by Debian's {@code bible} program
 * ({@code bible-kjv}): a heading line {@code BOOK CHAPTER} (e.g. {@code 1 Samuel 3}) opens each
 * chapter, then one line per verse, {@code   VERSE TEXT} (indented, verse number first); blank
 * lines are ignored. Any text laid out this way can be read, e.g. a small synthetic one in tests.
 *
 * @param books the books in order (copied), at least one
 */
public record BibleText(List<BibleBook> books) {
    private static final Pattern HEADING = Pattern.compile("(\\S.*?) (\\d+)");
    private static final Pattern VERSE = Pattern.compile("\\s+\\d+ (.*\\S)\\s*");

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException when there is no book or two books share a name
     */
    public BibleText {
        if (books == null || books.isEmpty()) throw new IllegalArgumentException("the text has no books");
        books = List.copyOf(books);
        if (books.stream().map(BibleBook::name).distinct().count() != books.size())
            throw new IllegalArgumentException("the text names a book twice (its chapters must be contiguous)");
    }

    /**
     * Reads the layout above.
     *
     * @param in   the text (not closed)
     * @param what names the source in errors
     * @return the text
     * @throws IOException on a read error, or naming the line number of a line that is neither a
     *                     heading nor a verse, or a verse before the first heading
     */
    public static BibleText parse(BufferedReader in, String what) throws IOException {
        List<BibleBook> books = new ArrayList<>();
        String book = null;
        List<List<String>> chapters = new ArrayList<>();
        List<String> verses = null;
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            Matcher v = VERSE.matcher(line);
            if (v.matches()) {
                if (verses == null) throw new IOException(what + " line " + number + ": a verse before the first 'BOOK CHAPTER' heading");
                verses.add(v.group(1));
                continue;
            }
            Matcher h = HEADING.matcher(line.strip());
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || !h.matches())
                throw new IOException(what + " line " + number + ": expected 'BOOK CHAPTER' or '  VERSE TEXT', got '"
                        + (line.length() > 40 ? line.substring(0, 40) + "…" : line) + "'");
            if (!h.group(1).equals(book)) {
                if (book != null) books.add(book(book, chapters, what));
                book = h.group(1);
                chapters = new ArrayList<>();
            }
            verses = new ArrayList<>();
            chapters.add(verses);
        }
        if (book == null) throw new IOException(what + ": no 'BOOK CHAPTER' heading found (not a text in the bible program's layout)");
        books.add(book(book, chapters, what));
        try {
            return new BibleText(books);
        } catch (IllegalArgumentException e) {
            throw new IOException(what + ": " + e.getMessage(), e);
        }
    }

    private static BibleBook book(String name, List<List<String>> chapters, String what) throws IOException {
        try {
            return new BibleBook(name, chapters);
        } catch (IllegalArgumentException e) {
            throw new IOException(what + ": " + e.getMessage(), e);
        }
    }

    /**
     * The number of chapters over all books.
     *
     * @return chapters
     */
    public int numChapters() {
        return books.stream().mapToInt(b -> b.chapters().size()).sum();
    }
}
