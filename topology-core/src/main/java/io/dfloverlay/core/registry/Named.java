package io.dfloverlay.core.registry;

import java.util.List;
import java.util.Locale;

/**
 * An entry of a {@link NamedRegistry}: a lower-case name, other names it answers to, and a
 * one-line description.
 */
public interface Named {
    /**
     * The entry's name.
     *
     * @return e.g. {@code "random-regular"}
     */
    String name();

    /**
     * Other names the entry answers to.
     *
     * @return e.g. {@code ["static-exponential"]}
     */
    List<String> aliases();

    /**
     * One line: what the entry is.
     *
     * @return the description
     */
    String description();

    /**
     * Whether {@code key} (trimmed, any case) is the name or an alias.
     *
     * @param key a name
     * @return true if this entry answers to it
     */
    default boolean answersTo(String key) {
        String k = normalize(key);
        return name().equals(k) || aliases().contains(k);
    }

    /**
     * A name as registries compare it: trimmed, lower case.
     *
     * @param key a name
     * @return the normalized name ({@code ""} for null)
     */
    static String normalize(String key) {
        return key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    }
}
