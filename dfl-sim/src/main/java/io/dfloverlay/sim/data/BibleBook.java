package io.dfloverlay.sim.data;

import java.util.List;

/**
 * One book of a {@link BibleText}: its name and its chapters, each a list of verse texts (without
 * verse numbers).
 *
 * @param name     e.g. {@code Genesis} or {@code 1 Samuel}
 * @param chapters chapters in order, each a non-empty list of verses (deep-copied)
 */
public record BibleBook(String name, List<List<String>> chapters) {
    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException when the name is blank, a chapter is empty or a verse is blank
     */
    public BibleBook {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a book needs a name");
        if (chapters == null || chapters.isEmpty()) throw new IllegalArgumentException("book " + name + " has no chapters");
        chapters = chapters.stream().map(List::copyOf).toList();
        for (int c = 0; c < chapters.size(); c++) {
            if (chapters.get(c).isEmpty()) throw new IllegalArgumentException("book " + name + " chapter " + (c + 1) + " has no verses");
            for (String v : chapters.get(c))
                if (v.isBlank()) throw new IllegalArgumentException("book " + name + " chapter " + (c + 1) + " has a blank verse");
        }
    }

    /**
     * The number of verses.
     *
     * @return verses over all chapters
     */
    public int numVerses() {
        return chapters.stream().mapToInt(List::size).sum();
    }
}
