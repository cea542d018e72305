package io.dfloverlay.sim.data;

import java.util.List;

/**
 * The natural groups of a text's training examples: the book and the chapter each example's target
 * character comes from (chapters numbered over the whole text, 0-based, in order), for the
 * {@code by-book} and {@code by-chapter} partitions.
 *
 * @param book      book index of each training example (not copied)
 * @param chapter   chapter index of each training example, over all books (not copied)
 * @param bookNames the books' names, by index (copied)
 * @param chapters  the number of chapters
 */
public record ExampleGroups(int[] book, int[] chapter, List<String> bookNames, int chapters) {
    /**
     * Validates shapes.
     *
     * @throws IllegalArgumentException when the arrays differ in length or an index is out of range
     */
    public ExampleGroups {
        bookNames = List.copyOf(bookNames);
        if (book.length != chapter.length) throw new IllegalArgumentException("book and chapter arrays differ in length");
        for (int i = 0; i < book.length; i++) {
            if (book[i] < 0 || book[i] >= bookNames.size() || chapter[i] < 0 || chapter[i] >= chapters)
                throw new IllegalArgumentException("example " + i + " has book " + book[i] + ", chapter " + chapter[i]
                        + " out of range (" + bookNames.size() + " books, " + chapters + " chapters)");
        }
    }

    /**
     * The number of books.
     *
     * @return books
     */
    public int books() {
        return bookNames.size();
    }
}
