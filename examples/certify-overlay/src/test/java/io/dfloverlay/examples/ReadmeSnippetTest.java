package io.dfloverlay.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.io.AnnotatedGraph;
import io.dfloverlay.core.io.GraphFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README.md's library snippet is {@link ReadmeSnippet}'s marked region, and it runs. */
class ReadmeSnippetTest {
    private static final String START = "// README snippet start";
    private static final String END = "// README snippet end";

    @Test
    void readmeCodeBlockIsTheCompiledSnippet() throws IOException {
        Path readmeFile = RepositoryFiles.root().resolve("README.md");
        List<String> source = Files.readAllLines(Path.of("src/main/java/io/dfloverlay/examples/ReadmeSnippet.java"));
        List<String> snippet = source.subList(source.indexOf(START) + 1, source.indexOf(END));
        List<String> readme = Files.readAllLines(readmeFile);
        int block = -1;
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).equals("```java") && i + 1 < readme.size() && readme.get(i + 1).equals(snippet.get(0))) block = i + 1;
        }
        assertTrue(block > 0, "README.md has no ```java block starting with '" + snippet.get(0) + "'");
        int close = readme.subList(block, readme.size()).indexOf("```") + block;
        assertEquals(String.join("\n", snippet), String.join("\n", readme.subList(block, close)),
                "README.md's snippet and ReadmeSnippet.java differ: copy the file's marked region into the README");
    }

    @Test
    void snippetRunsAndWritesTheGraphWithItsHeader(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("overlay.mtx");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            ReadmeSnippet.main(new String[] {file.toString()});
        } finally {
            System.setOut(old);
        }
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains(" vs 2√7 = " + 2 * Math.sqrt(7)), lines.get(0));
        assertTrue(lines.get(2).startsWith("node 17 failed: add ["), lines.get(2));
        AnnotatedGraph back = GraphFiles.readAnnotated(file, null);
        assertEquals(1000, back.graph().numNodes());
        assertEquals(4000, back.graph().numEdges());
        assertTrue(back.graph().isRegular() && Connectivity.isConnected(back.graph()));
        assertEquals("random-regular", back.metadata().generator());
        assertEquals(Map.of("n", "1000", "d", "8"), back.metadata().parameters());
        assertEquals(1L, back.metadata().seed());
        assertTrue(Files.readAllLines(file).contains("% generator: random-regular"), "the header is written");
    }
}
