package io.dfloverlay.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module depend on each other without a cycle, read from the compiled
 * classes by the JDK's {@code jdeps} (so references in code count, Javadoc links do not).
 */
class PackageCycleTest {
    private static final Pattern EDGE = Pattern.compile("^\\s+(io\\.dfloverlay\\.maintenance\\S*)\\s+->\\s+(io\\.dfloverlay\\.maintenance\\S*)\\s");

    @Test
    void maintenancePackagesHaveNoCycle() throws Exception {
        Map<String, Set<String>> deps = packageGraph();
        assertTrue(deps.containsKey("io.dfloverlay.maintenance.strategy"), "jdeps saw no strategy package: " + deps);
        assertTrue(deps.get("io.dfloverlay.maintenance.strategy").contains("io.dfloverlay.maintenance"), deps.toString());
        assertEquals(List.of(), cycle(deps), "package cycle");
    }

    @Test
    void theCycleFinderFindsACycle() {
        Map<String, Set<String>> deps = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
        List<String> found = cycle(deps);
        assertEquals(4, found.size(), found.toString());
        assertEquals(found.get(0), found.get(3), found.toString());
        assertEquals(List.of(), cycle(Map.of("a", Set.of("b"), "b", Set.of())));
    }

    private static Map<String, Set<String>> packageGraph() throws Exception {
        Path classes = Path.of(OverlayMaintainer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("jdeps not available: run the tests on a JDK"));
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none", classes.toString());
        assertEquals(0, rc, out.toString());
        Map<String, Set<String>> deps = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher m = EDGE.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) deps.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
        }
        return deps;
    }

    /** A cycle as a path whose first and last package are the same, or an empty list. */
    private static List<String> cycle(Map<String, Set<String>> deps) {
        Map<String, Integer> state = new TreeMap<>(); // 1 on the stack, 2 done
        for (String start : deps.keySet()) {
            List<String> path = new ArrayList<>();
            if (visit(start, deps, state, path)) return path;
        }
        return List.of();
    }

    private static boolean visit(String p, Map<String, Set<String>> deps, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(p);
        if (s != null && s == 2) return false;
        if (s != null) {
            path.subList(0, path.indexOf(p)).clear();
            path.add(p);
            return true;
        }
        state.put(p, 1);
        path.add(p);
        for (String q : deps.getOrDefault(p, Set.of())) if (visit(q, deps, state, path)) return true;
        path.remove(path.size() - 1);
        state.put(p, 2);
        return false;
    }
}
