package io.dfloverlay.examples.certify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The node ids of an overlay, read from a text file with one id per line (surrounding blanks
 * trimmed; blank lines and lines starting with {@code #} skipped). Node {@code i} of the overlay is
 * {@code ids().get(i)}.
 *
 * @param ids the distinct node ids, in file order
 */
public record NodeList(List<String> ids) {
    /**
     * Validates and copies the ids.
     *
     * @throws IllegalArgumentException if an id is repeated, blank or contains whitespace
     */
    public NodeList {
        ids = List.copyOf(ids);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace))
                throw new IllegalArgumentException("node id '" + id + "' is blank or contains whitespace");
            Integer before = seen.put(id, i);
            if (before != null) throw new IllegalArgumentException("node id '" + id + "' is listed twice");
        }
    }

    /**
     * Reads a node list file.
     *
     * @param file the file, one node id per line
     * @return the node list
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a repeated or malformed id
     */
    public static NodeList read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> ids = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i).strip();
            if (id.isEmpty() || id.startsWith("#")) continue;
            if (id.chars().anyMatch(Character::isWhitespace))
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": node id '" + id + "' contains whitespace");
            Integer first = lineOf.putIfAbsent(id, i + 1);
            if (first != null)
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": node id '" + id + "' already listed on line " + first);
            ids.add(id);
        }
        return new NodeList(ids);
    }

    /** {@return the number of nodes} */
    public int size() {
        return ids.size();
    }
}
