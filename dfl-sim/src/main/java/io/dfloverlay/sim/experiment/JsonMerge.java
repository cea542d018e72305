package io.dfloverlay.sim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * Merges partial run-config trees: objects merge key by key, recursively; any other value (number,
 * string, array) replaces the old one; a JSON {@code null} removes the key (e.g. {@code "d": null}).
 * Values whose keys depend on their {@code kind} or name ({@value #REPLACED_DESCRIPTION}) are
 * replaced whole, so that {@code {"kind":"iid"}} does not inherit a Dirichlet {@code alpha}.
 */
final class JsonMerge {
    /** Object-valued keys replaced whole rather than merged. */
    static final Set<String> REPLACED = Set.of("partition", "attackParams", "aggregatorParams");
    /** {@link #REPLACED}, for the documentation. */
    static final String REPLACED_DESCRIPTION = "partition, attackParams, aggregatorParams";

    private JsonMerge() {}

    /**
     * {@code base} with {@code overrides} merged in; neither argument is changed.
     *
     * @param base      the tree to start from
     * @param overrides the partial tree applied on top
     * @return a new tree
     */
    static ObjectNode merge(ObjectNode base, ObjectNode overrides) {
        ObjectNode out = base.deepCopy();
        mergeInto(out, overrides);
        return out;
    }

    private static void mergeInto(ObjectNode target, ObjectNode overrides) {
        for (Map.Entry<String, JsonNode> e : overrides.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            JsonNode old = target.get(key);
            if (v.isNull()) target.remove(key);
            else if (v.isObject() && old != null && old.isObject() && !REPLACED.contains(key)) mergeInto((ObjectNode) old, (ObjectNode) v);
            else target.set(key, v.deepCopy());
        }
    }
}
