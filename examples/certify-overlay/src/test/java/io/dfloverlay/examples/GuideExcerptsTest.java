package io.dfloverlay.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every "// excerpt of FILE" code block of docs/guide.md is made of lines of that compiled file. */
class GuideExcerptsTest {
    private static final String MARK = "// excerpt of ";

    @Test
    void guideExcerptsAreLinesOfTheNamedFiles() throws IOException {
        Path root = RepositoryFiles.root();
        List<String> guide = Files.readAllLines(root.resolve("docs/guide.md"));
        int blocks = 0;
        for (int i = 0; i < guide.size(); i++) {
            if (!guide.get(i).startsWith(MARK)) continue;
            blocks++;
            Path file = root.resolve(guide.get(i).substring(MARK.length()).strip());
            assertTrue(Files.isRegularFile(file), "docs/guide.md line " + (i + 1) + ": no file " + file);
            Set<String> lines = Files.readAllLines(file).stream().map(String::strip).collect(Collectors.toSet());
            for (int j = i + 1; !guide.get(j).startsWith("```"); j++) {
                String line = guide.get(j).strip();
                assertTrue(line.isEmpty() || lines.contains(line),
                        "docs/guide.md line " + (j + 1) + " is not a line of " + file + ": " + line);
            }
        }
        assertTrue(blocks >= 3, "the guide has its excerpts (found " + blocks + ")");
    }
}
