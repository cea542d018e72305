package io.dfloverlay.core.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fixed list of {@link Named} entries looked up by name or alias, trimmed and
 * case-insensitively: the shape shared by the topology, mixing-weight and repair-strategy
 * registries. Immutable and thread-safe.
 *
 * @param <E> the entry type
 */
public final class NamedRegistry<E extends Named> {
    private final String what;
    private final List<E> entries;
    private final Map<String, E> byName = new HashMap<>();

    /**
     * A registry of {@code entries}.
     *
     * @param what what an entry is, for errors, e.g. {@code "mixing scheme"}
     * @param entries the entries in listing order
     * @throws IllegalArgumentException if a name or alias is blank, not lower case or used twice, or
     *     a description is blank or not one line
     */
    public NamedRegistry(String what, List<E> entries) {
        this.what = what;
        this.entries = List.copyOf(entries);
        for (E e : this.entries) {
            if (e.description() == null || e.description().isBlank() || e.description().contains("\n"))
                throw new IllegalArgumentException(what + " " + e.name() + ": description must be one non-blank line");
            List<String> keys = new java.util.ArrayList<>(e.aliases());
            keys.add(0, e.name());
            for (String key : keys) {
                if (key == null || key.isBlank() || !key.equals(Named.normalize(key)))
                    throw new IllegalArgumentException(what + " name must be non-blank lower case, got '" + key + "'");
                E before = byName.putIfAbsent(key, e);
                if (before != null) throw new IllegalArgumentException(what + " name '" + key + "' used by " + before.name() + " and " + e.name());
            }
        }
    }

    /**
     * The entries in listing order.
     *
     * @return the entries, unmodifiable
     */
    public List<E> all() {
        return entries;
    }

    /**
     * The entries' names (without aliases) in listing order.
     *
     * @return the names
     */
    public List<String> names() {
        return entries.stream().map(Named::name).toList();
    }

    /**
     * The entry with this name or alias, if any.
     *
     * @param name a name (any case, surrounding blanks ignored)
     * @return the entry or empty
     */
    public Optional<E> find(String name) {
        return Optional.ofNullable(byName.get(Named.normalize(name)));
    }

    /**
     * The entry with this name or alias.
     *
     * @param name a name (any case, surrounding blanks ignored)
     * @return the entry
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public E get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + what + " '" + name + "'; known: " + String.join(", ", names())));
    }
}
