package io.dfloverlay.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedRegistryTest {
    record Entry(String name, List<String> aliases, String description) implements Named {}

    @Test
    void looksUpByNameOrAliasInAnyCase() {
        Entry a = new Entry("alpha", List.of("a", "first"), "the first");
        Entry b = new Entry("beta", List.of(), "the second");
        NamedRegistry<Entry> r = new NamedRegistry<>("thing", List.of(a, b));
        assertEquals(List.of("alpha", "beta"), r.names());
        assertSame(a, r.get(" FIRST "));
        assertSame(b, r.get("Beta"));
        assertTrue(r.find("gamma").isEmpty());
        assertEquals("unknown thing 'gamma'; known: alpha, beta", assertThrows(IllegalArgumentException.class, () -> r.get("gamma")).getMessage());
    }

    @Test
    void rejectsClashingOrMalformedNames() {
        Entry a = new Entry("alpha", List.of("x"), "one");
        assertThrows(IllegalArgumentException.class, () -> new NamedRegistry<>("thing", List.of(a, new Entry("x", List.of(), "two"))));
        assertThrows(IllegalArgumentException.class, () -> new NamedRegistry<>("thing", List.of(new Entry("Alpha", List.of(), "one"))));
        assertThrows(IllegalArgumentException.class, () -> new NamedRegistry<>("thing", List.of(new Entry("alpha", List.of(), " "))));
        assertThrows(IllegalArgumentException.class, () -> new NamedRegistry<>("thing", List.of(new Entry("alpha", List.of(""), "one"))));
    }
}
