package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.topology.TopologyKind;
import io.dfloverlay.core.topology.TopologyRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md's topology table names exactly the registry's kinds, each with exactly its aliases
 * (written {@code `name` (also `alias`, ...)} in the first column; rows that group several kinds
 * list kinds without aliases).
 */
class ReadmeTopologyTableTest {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @Test
    void readmeTableAndRegistryAgreeOnNamesAndAliases() throws Exception {
        Map<String, List<String>> readme = readmeKinds(Files.readAllLines(readme()));
        Map<String, List<String>> registry = new TreeMap<>();
        for (TopologyKind k : TopologyRegistry.kinds()) registry.put(k.name(), k.aliases());
        assertEquals(registry, readme, "README.md's topology table (first column) disagrees with TopologyRegistry");
    }

    @Test
    void theParserReadsGroupedRowsAndAliases() {
        List<String> lines = List.of("### Topologies (x)", "", "| kind | generator |", "| --- | --- |",
                "| `a` (also `b`, `c`) | `A(n)` |", "| `d`, `e` | `D`, `E` |", "", "| `not` | other table |");
        assertEquals(Map.of("a", List.of("b", "c"), "d", List.of(), "e", List.of()), readmeKinds(lines));
    }

    /** kind name → aliases from the first table after the "### Topologies" heading. */
    static Map<String, List<String>> readmeKinds(List<String> lines) {
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("### Topologies")) i++;
        assertTrue(i < lines.size(), "README.md has no '### Topologies' section");
        while (i < lines.size() && !lines.get(i).startsWith("|")) i++;
        Map<String, List<String>> kinds = new TreeMap<>();
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String first = lines.get(i).split("\\|")[1];
            int also = first.indexOf("(also");
            List<String> names = codes(also < 0 ? first : first.substring(0, also));
            List<String> aliases = also < 0 ? List.of() : codes(first.substring(also));
            assertTrue(aliases.isEmpty() || names.size() == 1, "aliases in a row of several kinds: " + lines.get(i));
            for (String n : names) assertEquals(null, kinds.put(n, aliases), "kind listed twice: " + n);
        }
        return kinds;
    }

    private static List<String> codes(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("README.md");
            if (Files.exists(candidate) && Files.exists(dir.resolve("overlay-cli"))) return candidate;
        }
        throw new AssertionError("README.md of the project not found above " + Path.of("").toAbsolutePath());
    }
}
