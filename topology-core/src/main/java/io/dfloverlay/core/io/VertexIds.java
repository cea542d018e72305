package io.dfloverlay.core.io;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The vertex ids of a file whose nodes are named by strings (GraphML, DOT, JSON), numbered in
 * order of first appearance. When the names are exactly the integers {@code 0..n-1} (as this
 * library writes them) the graph keeps those ids; otherwise nodes are numbered in order of
 * appearance. Integer names take a primitive path (an {@code int} array from id to appearance),
 * other names a hash map, so files this library writes are read without boxing. Not thread-safe.
 */
final class VertexIds {
    /** Integer names up to this bound take the array path; beyond, the map (no huge allocation from one stray id). */
    private static final int DIRECT_SLACK = 1 << 20;

    private int count;
    private int[] intName = new int[1024];       // appearance -> integer name, or -1
    private int[] appearanceOfInt = new int[0];  // integer name -> appearance + 1 (0: not seen)
    private final Map<String, Integer> others = new HashMap<>();
    private String[] otherName = new String[0];  // appearance -> name, for non-integer names only
    private boolean allIntegers = true;
    private long maxInt = -1;

    /**
     * The appearance index of {@code name}, registering it if new.
     *
     * @param name the node's name in the file (non-null)
     * @return its 0-based index in order of first appearance
     */
    int indexOf(String name) {
        int asInt = canonicalInt(name);
        if (asInt >= 0 && asInt < (long) count * 4 + DIRECT_SLACK) {
            if (asInt >= appearanceOfInt.length)
                appearanceOfInt = Arrays.copyOf(appearanceOfInt, Math.max(asInt + 1, 2 * appearanceOfInt.length));
            int seen = appearanceOfInt[asInt];
            if (seen > 0) return seen - 1;
            appearanceOfInt[asInt] = count + 1;
            return register(asInt, null);
        }
        Integer seen = others.get(name);
        if (seen != null) return seen;
        others.put(name, count);
        if (asInt < 0) allIntegers = false;
        return register(asInt, name);
    }

    private int register(int asInt, String name) {
        if (count == intName.length) intName = Arrays.copyOf(intName, 2 * count);
        intName[count] = asInt;
        if (name != null) {
            if (count >= otherName.length) otherName = Arrays.copyOf(otherName, Math.max(count + 1, 2 * otherName.length));
            otherName[count] = name;
        }
        maxInt = Math.max(maxInt, asInt);
        return count++;
    }

    /**
     * Number of distinct names seen.
     *
     * @return the node count
     */
    int count() {
        return count;
    }

    /**
     * Whether the names are exactly the integers {@code 0..count()-1}.
     *
     * @return true if the file's own ids are kept
     */
    boolean namesAreIds() {
        return allIntegers && maxInt == count - 1;
    }

    /**
     * The final node id of each appearance index: the integer name when {@link #namesAreIds()},
     * else the appearance index itself.
     *
     * @return a permutation of {@code 0..count()-1}
     */
    int[] finalIds() {
        int[] to = new int[count];
        boolean keep = namesAreIds();
        for (int i = 0; i < count; i++) to[i] = keep ? intName[i] : i;
        return to;
    }

    /**
     * The file's name of the node with final id {@code v}, for error messages.
     *
     * @param v a final id
     * @return its name in the file
     */
    String nameOf(int v) {
        if (namesAreIds()) return String.valueOf(v);
        return intName[v] >= 0 ? String.valueOf(intName[v]) : otherName[v];
    }

    /** The value of a canonical non-negative decimal below 10^9 (no sign, no leading zero), else -1. */
    private static int canonicalInt(String s) {
        int len = s.length();
        if (len == 0 || len > 9 || (len > 1 && s.charAt(0) == '0')) return -1;
        int x = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            x = 10 * x + (c - '0');
        }
        return x;
    }
}
